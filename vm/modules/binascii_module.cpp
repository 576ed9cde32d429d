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
        return bytes(memoryview(data))
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
    # CPython's state machine: a pad sequence after two or three data characters of a
    # quad ends the input; other '=' and non-alphabet bytes are skipped (errors in strict
    # mode).
    data = _data(data, True)
    if strict_mode and data[:1] == b'=':
        raise Error("Leading padding not allowed")
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    for idx in range(n):
        c = data[idx]
        if c == 61:
            padding_started = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and idx + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = _B64REV.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            quad = 1
            left = v
        elif quad == 1:
            quad = 2
            out.append(((left << 2) | (v >> 4)) & 0xff)
            left = v & 0x0f
        elif quad == 2:
            quad = 3
            out.append(((left << 4) | (v >> 2)) & 0xff)
            left = v & 0x03
        else:
            quad = 0
            out.append(((left << 6) | v) & 0xff)
            left = 0
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) "
                    "cannot be 1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad != 0:
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
    # CPython's encoder: 76-column lines with '=' soft breaks, line ends kept in text mode
    # (CRLF if the first line end is CRLF), trailing blanks before a line end encoded.
    data = _data(data)
    n = len(data)
    nl = data.find(b'\n')
    crlf = nl > 0 and data[nl - 1] == 13
    eol = b'\r\n' if crlf else b'\n'
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        if (c > 126 or c == 61 or (header and c == 95) or
                (c == 46 and linelen == 0 and (i + 1 == n or data[i + 1] in (10, 13, 0))) or
                (not istext and c in (10, 13)) or
                (c in (9, 32) and i + 1 == n) or
                (c < 33 and c not in (10, 13) and (quotetabs or c not in (9, 32)))):
            if linelen + 3 >= 76:
                out += b'=' + eol
                linelen = 0
            out += b'=%02X' % c
            i += 1
            linelen += 3
        elif istext and (c == 10 or (c == 13 and i + 1 < n and data[i + 1] == 10)):
            linelen = 0
            if out and out[-1] in (9, 32):
                out[-1:] = b'=%02X' % out[-1]
            out += eol
            i += 2 if c == 13 else 1
        else:
            if i + 1 != n and data[i + 1] != 10 and linelen + 1 >= 76:
                out += b'=' + eol
                linelen = 0
            linelen += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)

_HEXDIGITS = b'0123456789ABCDEFabcdef'

def a2b_qp(data, header=False):
    data = _data(data, True)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 61:
            i += 1
            if i >= n:
                break
            d = data[i]
            if d in (10, 13):
                if d != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif d == 61:
                out.append(61)
                i += 1
            elif i + 1 < n and d in _HEXDIGITS and data[i + 1] in _HEXDIGITS:
                out.append(int(bytes(data[i:i + 2]), 16))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)

def b2a_uu(data, /, *, backtick=False):
    data = _data(data)
    n = len(data)
    if n > 45:
        raise Error("At most 45 bytes at once")
    out = bytearray()
    out.append(96 if backtick and n == 0 else 32 + n)
    padded = bytes(data) + b'\0' * (-n % 3)
    for i in range(0, len(padded), 3):
        v = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        for shift in (18, 12, 6, 0):
            ch = (v >> shift) & 0x3f
            out.append(96 if backtick and ch == 0 else ch + 32)
    out.append(10)
    return bytes(out)

def a2b_uu(data, /):
    data = _data(data, True)
    n = len(data)
    length = ((data[0] if n else 0) - 32) & 0o77
    out = bytearray()
    acc = 0
    bits = 0
    i = 1
    while length > 0:
        c = data[i] if i < n else 0
        if c in (10, 13) or i >= n:
            c = 0
        else:
            if c < 32 or c > 96:
                raise Error("Illegal char")
            c = (c - 32) & 0o77
        acc = (acc << 6) | c
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xff)
            acc &= (1 << bits) - 1
            length -= 1
        i += 1
    while i < n:
        c = data[i]
        if c not in (32, 96, 10, 13):
            raise Error("Trailing garbage")
        i += 1
    return bytes(out)
)PY";

}  // namespace

Object* createBinasciiModule(InterpState*) {
    return moduleFromEmbeddedSource("binascii", kBinasciiSource);
}

}  // namespace krait
