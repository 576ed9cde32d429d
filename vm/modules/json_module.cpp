// The _json module: make_encoder (the one-shot encoder json.encoder uses when indent is None,
// with the C encoder's error messages). The scanner and string helpers come from Lib/json's
// pure-Python fallbacks. Written as embedded Python.
#include "modules/embedded_py_module.h"
#include "modules/modules.h"

namespace krait {

namespace {

const char kJsonSource[] = R"PY(
_INFINITY = float('inf')

class make_encoder:
    __slots__ = ('markers', 'default', 'encoder', 'indent', 'key_separator',
                 'item_separator', 'sort_keys', 'skipkeys', 'allow_nan')

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan, /):
        if markers is not None and not isinstance(markers, dict):
            raise TypeError("make_encoder() argument 1 must be dict or None, not %s"
                            % type(markers).__name__)
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def __call__(self, obj, _current_indent_level):
        out = []
        self._encode(obj, out)
        return tuple(out)

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def _encode(self, o, out):
        if o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, str):
            out.append(self.encoder(o))
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._list(o, out)
        elif isinstance(o, dict):
            self._dict(o, out)
        else:
            markers = self.markers
            if markers is not None:
                key = id(o)
                if key in markers:
                    raise ValueError("Circular reference detected")
                markers[key] = o
            new = self.default(o)
            self._encode(new, out)
            if markers is not None:
                del markers[key]

    def _list(self, seq, out):
        if not seq:
            out.append('[]')
            return
        markers = self.markers
        if markers is not None:
            key = id(seq)
            if key in markers:
                raise ValueError("Circular reference detected")
            markers[key] = seq
        out.append('[')
        first = True
        for v in seq:
            if not first:
                out.append(self.item_separator)
            first = False
            self._encode(v, out)
        out.append(']')
        if markers is not None:
            del markers[key]

    def _dict(self, dct, out):
        if not dct:
            out.append('{}')
            return
        markers = self.markers
        if markers is not None:
            key = id(dct)
            if key in markers:
                raise ValueError("Circular reference detected")
            markers[key] = dct
        out.append('{')
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = self._float(k)
            elif k is True:
                k = 'true'
            elif k is False:
                k = 'false'
            elif k is None:
                k = 'null'
            elif isinstance(k, int):
                k = int.__repr__(k)
            elif self.skipkeys:
                continue
            else:
                raise TypeError("keys must be str, int, float, bool or None, not %s"
                                % type(k).__name__)
            if not first:
                out.append(self.item_separator)
            first = False
            out.append(self.encoder(k))
            out.append(self.key_separator)
            self._encode(v, out)
        out.append('}')
        if markers is not None:
            del markers[key]

make_encoder.__module__ = '_json'
make_encoder.__name__ = make_encoder.__qualname__ = 'Encoder'

# scanstring: CPython's C string scanner, whose error messages and positions differ from
# Lib/json's py_scanstring ("Invalid \\escape" at the backslash, no repr of the character).
import re as _re
_PLAIN = _re.compile(r'[^"\\\x00-\x1f]*')
del _re
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
            't': '\t'}
_HEX = frozenset('0123456789abcdefABCDEF')

def _error(msg, doc, pos):
    from json.decoder import JSONDecodeError
    return JSONDecodeError(msg, doc, pos)

def scanstring(string, end, strict=True, /):
    if not isinstance(string, str):
        raise TypeError("first argument must be a string, not %.80s" % type(string).__name__)
    s = string
    n = len(s)
    if end < 0 or n < end:
        raise ValueError("end is out of bounds")
    begin = end - 1
    chunks = []
    append = chunks.append
    match = _PLAIN.match
    while True:
        nxt = match(s, end).end()
        if nxt > end:
            append(s[end:nxt])
        if nxt == n:
            raise _error("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c == '"':
            return ''.join(chunks), nxt + 1
        if c != '\\':
            if strict:
                raise _error("Invalid control character at", s, nxt)
            append(c)
            end = nxt + 1
            continue
        nxt += 1
        if nxt == n:
            raise _error("Unterminated string starting at", s, begin)
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            esc = _ESCAPES.get(c)
            if esc is None:
                raise _error("Invalid \\escape", s, end - 2)
            append(esc)
            continue
        nxt += 1
        end = nxt + 4
        if end >= n:
            raise _error("Invalid \\uXXXX escape", s, nxt - 1)
        digits = s[nxt:end]
        for d in digits:
            if d not in _HEX:
                raise _error("Invalid \\uXXXX escape", s, end - 5)
        uni = int(digits, 16)
        if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            digits = s[end + 2:end + 6]
            for d in digits:
                if d not in _HEX:
                    raise _error("Invalid \\uXXXX escape", s, end + 1)
            uni2 = int(digits, 16)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        append(chr(uni))
)PY";

}  // namespace

Object* createJsonModule(InterpState*) {
    return moduleFromEmbeddedSource("_json", kJsonSource);
}

}  // namespace krait
