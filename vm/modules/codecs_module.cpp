// The _codecs module: the codec registry (register/lookup/lookup_error) and the builtin
// encoders/decoders that Lib/encodings/* wrap, written as embedded Python over str.encode()
// and bytes.decode() (whose codecs live in vm/objects/codecs.cpp).
#include "modules/embedded_py_module.h"
#include "modules/modules.h"

namespace krait {

namespace {

const char kCodecsSource[] = R"PY(
_search_functions = []
_cache = {}
_error_handlers = {}

def register(search_function, /):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)

def unregister(search_function, /):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()

def _normalize(encoding):
    return encoding.lower().replace(' ', '_')

def lookup(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    try:
        return _cache[key]
    except KeyError:
        pass
    if not _search_functions:
        import encodings
    for f in _search_functions:
        r = f(key)
        if r is not None:
            if not isinstance(r, tuple) or len(r) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = r
            return r
    raise LookupError("unknown encoding: %s" % encoding)

def _forget_codec(encoding, /):
    _cache.pop(_normalize(encoding), None)

def encode(obj, encoding='utf-8', errors='strict'):
    r = lookup(encoding).encode(obj, errors)
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return r[0]

def decode(obj, encoding='utf-8', errors='strict'):
    r = lookup(encoding).decode(obj, errors)
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return r[0]

def register_error(errors, handler, /):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler

def _strict(exc):
    raise exc

def _ignore(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)

def _replace(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)

def _backslashreplace(exc):
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        out = []
        for c in exc.object[exc.start:exc.end]:
            n = ord(c)
            if n < 0x100:
                out.append('\\x%02x' % n)
            elif n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                out.append('\\U%08x' % n)
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)

def _xmlcharrefreplace(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)

def _namereplace(exc):
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            try:
                out.append('\\N{%s}' % unicodedata.name(c))
            except (ValueError, KeyError):
                n = ord(c)
                out.append('\\x%02x' % n if n < 0x100 else
                           '\\u%04x' % n if n < 0x10000 else '\\U%08x' % n)
        return (''.join(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)

_error_handlers.update(strict=_strict, ignore=_ignore, replace=_replace,
                       backslashreplace=_backslashreplace,
                       xmlcharrefreplace=_xmlcharrefreplace, namereplace=_namereplace)

def lookup_error(name, /):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None

def _enc(name):
    def encoder(str, errors=None, /):
        if not isinstance(str, type('')):
            raise TypeError("%s_encode() argument 1 must be str, not %s"
                            % (name.replace('-', '_'), type(str).__name__))
        return (str.encode(name, errors or 'strict'), len(str))
    return encoder

def _incomplete(name, data):
    # Bytes at the end of data that start a character not complete yet (kept for the next
    # call of an incremental decoder when final is false).
    n = len(data)
    if name == 'utf-8':
        for k in range(1, min(3, n) + 1):
            b = data[n - k]
            if b & 0xC0 == 0x80:
                continue
            need = (2 if 0xC2 <= b <= 0xDF else 3 if 0xE0 <= b <= 0xEF else
                    4 if 0xF0 <= b <= 0xF4 else 0)
            if need <= k:
                return 0
            if k >= 2:
                c = data[n - k + 1]
                lo, hi = {0xE0: (0xA0, 0xBF), 0xED: (0x80, 0x9F), 0xF0: (0x90, 0xBF),
                          0xF4: (0x80, 0x8F)}.get(b, (0x80, 0xBF))
                if not lo <= c <= hi:
                    return 0
            return k
        return 0
    if name in ('utf-16-le', 'utf-16-be'):
        odd = n % 2
        if n - odd >= 2:
            i = n - odd - 2
            unit = (data[i] | data[i + 1] << 8) if name == 'utf-16-le' else (data[i] << 8 | data[i + 1])
            if 0xD800 <= unit <= 0xDBFF:
                return odd + 2
        return odd
    if name in ('utf-32-le', 'utf-32-be'):
        return n % 4
    return 0

def _dec(name):
    def decoder(data, errors=None, final=False, /):
        data = bytes(data)
        n = len(data)
        if not final:
            n -= _incomplete(name, data)
            data = data[:n]
        return (data.decode(name, errors or 'strict'), n)
    return decoder

utf_8_encode = _enc('utf-8')
utf_8_decode = _dec('utf-8')
ascii_encode = _enc('ascii')
ascii_decode = _dec('ascii')
latin_1_encode = _enc('latin-1')
latin_1_decode = _dec('latin-1')
utf_16_encode = _enc('utf-16')
utf_16_le_encode = _enc('utf-16-le')
utf_16_be_encode = _enc('utf-16-be')
utf_16_le_decode = _dec('utf-16-le')
utf_16_be_decode = _dec('utf-16-be')
utf_32_encode = _enc('utf-32')
utf_32_le_encode = _enc('utf-32-le')
utf_32_be_encode = _enc('utf-32-be')
utf_32_le_decode = _dec('utf-32-le')
utf_32_be_decode = _dec('utf-32-be')

def utf_16_decode(data, errors=None, final=False, /):
    data = bytes(data)
    return (data.decode('utf-16', errors or 'strict'), len(data))

def utf_32_decode(data, errors=None, final=False, /):
    data = bytes(data)
    return (data.decode('utf-32', errors or 'strict'), len(data))

def utf_16_ex_decode(data, errors=None, byteorder=0, final=False, /):
    data = bytes(data)
    if data[:2] == b'\xff\xfe':
        return (data[2:].decode('utf-16-le', errors or 'strict'), len(data), -1)
    if data[:2] == b'\xfe\xff':
        return (data[2:].decode('utf-16-be', errors or 'strict'), len(data), 1)
    name = 'utf-16-be' if byteorder > 0 else 'utf-16-le'
    return (data.decode(name, errors or 'strict'), len(data), byteorder)

def utf_32_ex_decode(data, errors=None, byteorder=0, final=False, /):
    data = bytes(data)
    if data[:4] == b'\xff\xfe\x00\x00':
        return (data[4:].decode('utf-32-le', errors or 'strict'), len(data), -1)
    if data[:4] == b'\x00\x00\xfe\xff':
        return (data[4:].decode('utf-32-be', errors or 'strict'), len(data), 1)
    name = 'utf-32-be' if byteorder > 0 else 'utf-32-le'
    return (data.decode(name, errors or 'strict'), len(data), byteorder)

def _escape_char(n, quote_backslash=True):
    if n == 92:
        return '\\\\'
    if n == 9: return '\\t'
    if n == 10: return '\\n'
    if n == 13: return '\\r'
    if 32 <= n < 127:
        return chr(n)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n

def unicode_escape_encode(str, errors=None, /):
    return (''.join(_escape_char(ord(c)) for c in str).encode('ascii'), len(str))

def raw_unicode_escape_encode(str, errors=None, /):
    out = []
    for c in str:
        n = ord(c)
        if n < 0x100:
            out.append(c)
        elif n < 0x10000:
            out.append('\\u%04x' % n)
        else:
            out.append('\\U%08x' % n)
    return (''.join(out).encode('latin-1'), len(str))

def _unescape(data, raw, errors):
    s = bytes(data).decode('latin-1')
    out = []
    i = 0
    n = len(s)
    simple = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'", '"': '"', 'a': '\a',
              'b': '\b', 'f': '\f', 'v': '\v', '\n': ''}
    while i < n:
        c = s[i]
        if c != '\\' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = s[i + 1]
        if raw and e not in 'uU':
            out.append(c)
            i += 1
            continue
        if not raw and e in simple:
            out.append(simple[e])
            i += 2
            continue
        width = {'x': 2, 'u': 4, 'U': 8}.get(e)
        if width and not (raw and e == 'x'):
            h = s[i + 2:i + 2 + width]
            try:
                if len(h) != width:
                    raise ValueError
                code = int(h, 16)
            except ValueError:
                # The escape ends at the first non-hex digit (as CPython reports it).
                k = 0
                while k < len(h) and h[k] in '0123456789abcdefABCDEF':
                    k += 1
                raise UnicodeDecodeError('unicodeescape' if not raw else 'rawunicodeescape',
                                         bytes(data), i, i + 2 + k,
                                         'truncated \\%s%s escape' % (e, 'X' * width)) from None
            if code > 0x10FFFF:
                raise UnicodeDecodeError('unicodeescape' if not raw else 'rawunicodeescape',
                                         bytes(data), i, i + 2 + width,
                                         'illegal Unicode character')
            out.append(chr(code))
            i += 2 + width
            continue
        if not raw and e == 'N':
            # \N{name}: a character name or alias (named sequences are not allowed).
            p = i + 2
            reason = 'malformed \\N character escape'
            if p < n and s[p] == '{':
                start = p = p + 1
                while p < n and s[p] != '}':
                    p += 1
                if p > start and p < n:
                    p += 1
                    import unicodedata
                    try:
                        r = unicodedata.lookup(s[start:p - 1])
                    except KeyError:
                        r = ''
                    if len(r) == 1:
                        out.append(r)
                        i = p
                        continue
                    reason = 'unknown Unicode character name'
            exc = UnicodeDecodeError('unicodeescape', bytes(data), i, p, reason)
            if errors is None or errors == 'strict':
                raise exc
            rep, i = lookup_error(errors)(exc)
            out.append(rep)
            continue
        if not raw and e in '01234567':
            j = i + 1
            while j < n and j < i + 4 and s[j] in '01234567':
                j += 1
            out.append(chr(int(s[i + 1:j], 8)))
            i = j
            continue
        out.append(c)
        i += 1
    return ''.join(out)

def unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = data.encode('latin-1')
    return (_unescape(data, False, errors), len(data))

def raw_unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = data.encode('latin-1')
    return (_unescape(data, True, errors), len(data))

def escape_encode(data, errors=None, /):
    r = repr(bytes(data))[2:-1]
    return (r.encode('latin-1'), len(data))

def escape_decode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode('latin-1')
    return (_unescape(data, False, errors).encode('latin-1'), len(data))

def charmap_build(map, /):
    return {ord(c): i for i, c in enumerate(map)}

def _call_handler(errors, exc, length):
    r = lookup_error(errors)(exc)
    if not isinstance(r, tuple) or len(r) != 2 or not isinstance(r[1], int):
        kind = 'encoding' if isinstance(exc, UnicodeEncodeError) else 'decoding'
        raise TypeError("%s error handler must return (str/bytes, int) tuple" % kind)
    rep, pos = r
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError("position %d from error handler out of bounds" % pos)
    return rep, pos

def charmap_decode(data, errors=None, mapping=None, /):
    data = bytes(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    errors = errors or 'strict'
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        try:
            c = mapping[b]
        except (IndexError, KeyError, LookupError):
            c = None
        if isinstance(c, int):
            c = chr(c)
        if c is None or c == '\ufffe':
            exc = UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>')
            if errors == 'strict':
                raise exc
            rep, i = _call_handler(errors, exc, n)
            out.append(rep)
            continue
        out.append(c)
        i += 1
    return (''.join(out), n)

def charmap_encode(str, errors=None, mapping=None, /):
    if mapping is None:
        return latin_1_encode(str, errors)
    errors = errors or 'strict'
    def look(ch):
        try:
            return mapping[ord(ch)]
        except (KeyError, IndexError, LookupError):
            return None
    out = bytearray()
    i = 0
    n = len(str)
    while i < n:
        v = look(str[i])
        if v is not None:
            if isinstance(v, int):
                out.append(v)
            else:
                out += v
            i += 1
            continue
        j = i + 1
        while j < n and look(str[j]) is None:
            j += 1
        exc = UnicodeEncodeError('charmap', str, i, j, 'character maps to <undefined>')
        if errors == 'strict':
            raise exc
        rep, pos = _call_handler(errors, exc, n)
        if isinstance(rep, (bytes, bytearray)):
            out += rep
        else:
            for ch in rep:
                v = look(ch)
                if v is None:
                    raise exc
                if isinstance(v, int):
                    out.append(v)
                else:
                    out += v
        i = pos
    return (bytes(out), n)

# str.encode / bytes.decode with an error handler the native codecs do not know (one given to
# register_error): encode/decode strictly, and hand each failing span to the handler.
def _handler_encode(s, encoding, errors):
    out = bytearray()
    i = 0
    n = len(s)
    while True:
        try:
            out += s[i:].encode(encoding)
            return bytes(out)
        except UnicodeEncodeError as e:
            start, end = i + e.start, i + e.end
            out += s[i:start].encode(encoding)
            exc = UnicodeEncodeError(e.encoding, s, start, end, e.reason)
            rep, i = _call_handler(errors, exc, n)
            out += rep if isinstance(rep, (bytes, bytearray)) else rep.encode(encoding)

def _handler_decode(data, encoding, errors):
    data = bytes(data)
    out = []
    i = 0
    n = len(data)
    while True:
        try:
            out.append(data[i:].decode(encoding))
            return ''.join(out)
        except UnicodeDecodeError as e:
            start, end = i + e.start, i + e.end
            out.append(data[i:start].decode(encoding))
            exc = UnicodeDecodeError(e.encoding, data, start, end, e.reason)
            rep, i = _call_handler(errors, exc, n)
            out.append(rep)

def readbuffer_encode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = bytes(data)
    return (data, len(data))

def _no_binding():
    # CPython's codec functions are builtins, which do not bind as methods: Lib stores them
    # as class attributes (encodings.utf_8.IncrementalDecoder._buffer_decode = utf_8_decode).
    # staticmethod objects are callable and behave the same in a class body.
    g = globals()
    for k, v in list(g.items()):
        if (not k.startswith('_') and (k.endswith('_encode') or k.endswith('_decode'))
                and type(v) is type(_no_binding)):
            g[k] = staticmethod(v)

_no_binding()
del _no_binding
)PY";

}  // namespace

Object* createCodecsModule(InterpState*) {
    return moduleFromEmbeddedSource("_codecs", kCodecsSource);
}

}  // namespace krait
