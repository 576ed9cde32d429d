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
)PY";

}  // namespace

Object* createJsonModule(InterpState*) {
    return moduleFromEmbeddedSource("_json", kJsonSource);
}

}  // namespace krait
