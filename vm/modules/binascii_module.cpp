// The binascii module: hex, base64 and CRC conversions (what base64, zipfile-less code and
// uuid need). Written as embedded Python.
#include "modules/embedded_py_module.h"
#include "modules/modules.h"

namespace krait {

namespace {

const char kBinasciiSource[] = R"PY(
class Error(ValueError):
    pass

class Incomplete(Exception):
    pass

Error.__module__ = Incomplete.__module__ = 'binascii'

def _data(data, allow_str=False):
    if isinstance(data, str):
        if not allow_str:
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, (bytes, bytearray)):
        return data
    try:
        return bytes(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None

def hexlify(data, sep=None, bytes_per_sep=1):
    data = _data(data)
    if sep is None:
        return bytes(data).hex().encode('ascii')
    return bytes(data).hex(sep, bytes_per_sep).encode('ascii')

b2a_hex = hexlify

def unhexlify(hexstr):
    data = _data(hexstr, True)
    if len(data) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(data), 2):
        try:
            out.append(int(bytes(data[i:i + 2]).decode('ascii'), 16))
        except (ValueError, UnicodeDecodeError):
            raise Error("Non-hexadecimal digit found") from None
        if not all(chr(c) in '0123456789abcdefABCDEF' for c in data[i:i + 2]):
            raise Error("Non-hexadecimal digit found")
    return bytes(out)

a2b_hex = unhexlify

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64REV = {c: i for i, c in enumerate(_B64)}

def b2a_base64(data, /, *, newline=True):
    data = _data(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[n - 1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[n - 2] << 16) | (data[n - 1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)

def a2b_base64(data, /, *, strict_mode=False):
    data = _data(data, True)
    if strict_mode and data[:1] == b'=':
        raise Error("Leading padding not allowed")
    acc = 0
    bits = 0
    out = bytearray()
    pads = 0
    quad = 0
    for idx, c in enumerate(data):
        if c == 61:
            if quad >= 2 and quad + pads + 1 >= 4:
                # padding completes the group
                pads += 1
                if quad + pads >= 4:
                    quad = 0
                    pads = 0
                    acc = 0
                    bits = 0
                    if strict_mode and idx + 1 < len(data):
                        raise Error("Excess data after padding")
            elif quad >= 2:
                pads += 1
            elif strict_mode:
                raise Error("Discontinuous padding not allowed")
            continue
        v = _B64REV.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if pads:
            if strict_mode:
                raise Error("Discontinuous padding not allowed")
            pads = 0
        acc = (acc << 6) | v
        bits += 6
        quad = (quad + 1) % 4
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
            acc &= (1 << bits) - 1
    if quad != 0:
        if quad == 1:
            raise Error("Invalid base64-encoded string: number of data characters (%d) "
                        "cannot be 1 more than a multiple of 4"
                        % (sum(1 for c in data if c in _B64REV)))
        if pads == 0 or quad + pads < 4:
            raise Error("Incorrect padding")
    return bytes(out)

def _make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xedb88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    return table

_CRC_TABLE = _make_crc_table()

def crc32(data, crc=0, /):
    data = _data(data)
    crc = ~crc & 0xffffffff
    t = _CRC_TABLE
    for b in data:
        crc = t[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff

def crc_hqx(data, crc, /):
    data = _data(data)
    crc &= 0xffff
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc

def b2a_qp(data, quotetabs=False, istext=True, header=False):
    data = _data(data)
    out = bytearray()
    for c in data:
        if (c > 126 or c == 61 or (c < 32 and c not in (10, 13)) or
                (quotetabs and c in (9, 32)) or (header and c == 95)):
            out += b'=%02X' % c
        elif header and c == 32:
            out += b'_'
        else:
            out.append(c)
    return bytes(out)

def a2b_qp(data, header=False):
    data = _data(data, True)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 61:
            if i + 1 < n and data[i + 1] in (10, 13):
                i += 2 if data[i + 1] == 13 and i + 2 < n and data[i + 2] == 10 else 1
                i += 1
                continue
            try:
                out.append(int(bytes(data[i + 1:i + 3]).decode('ascii'), 16))
                i += 3
                continue
            except ValueError:
                out.append(c)
        elif header and c == 95:
            out.append(32)
        else:
            out.append(c)
        i += 1
    return bytes(out)
)PY";

}  // namespace

Object* createBinasciiModule(InterpState*) {
    return moduleFromEmbeddedSource("binascii", kBinasciiSource);
}

}  // namespace krait
