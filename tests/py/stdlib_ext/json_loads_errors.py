# json.loads: values, hooks, parse_float/int/constant, strict, and JSONDecodeError messages.
import json
from collections import OrderedDict
from decimal import Decimal

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "x\\u00e9\\ud83d\\ude00"}'))
print(json.loads('  [ ]  '), json.loads('{}'), json.loads('"str"'), json.loads('-0'), json.loads('-0.0'))
print(json.loads('123456789012345678901234567890'), json.loads('1E400'), json.loads('-1e-400'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2}'))
print(repr(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"')))
print(json.loads(b'{"bytes": "ok"}'), json.loads(bytearray(b'[1]')))
print(json.loads('"\\ud800"') == '\ud800', json.loads('"\\udc00\\ud800"') == '\udc00\ud800')
print(json.loads('\ufeff[1]'.encode('utf-8')), json.loads('[2]'.encode('utf-16')))
print(json.loads('{"x": 1.0}', parse_float=Decimal))
print(json.loads('{"x": 10}', parse_int=float))
print(json.loads('[NaN]', parse_constant=lambda s: "const:" + s))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"__complex__": true, "real": 1, "imag": 2}',
                 object_hook=lambda d: complex(d["real"], d["imag"]) if "__complex__" in d else d))
print(json.loads('"tab\there"', strict=False) == 'tab\there')

dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('[1, 2]   ', 0))

bad = [
    '', ' ', '[', '[1,', '[1,]', '{"a" 1}', '{"a": 1,}', '{a: 1}', '{"a": 1', '"unterminated',
    '[1] x', 'tru', 'nul', '01', '1.', '-', '.5', '"\\x"', '"\\u12"', '"\t"', '[1 2]',
    '{"a": 1 "b": 2}', '\ufeff[1]', 'NaN1', '[-]', '{"a":}', '[,1]', '{,}', '"\\ud800\\u"',
    '{"a": [}', '1e', '[1e+]', 'True', 'None', "'single'", '{"a":1}}', '\n\n  [1,\n  2,,]',
]
for s in bad:
    try:
        json.loads(s)
        print("no error for", repr(s))
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

try:
    json.loads(123)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads(b'\xff')
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
print(issubclass(json.JSONDecodeError, ValueError))
e = json.JSONDecodeError("msg", "ab\ncd", 4)
print(str(e), e.args, e.doc, e.pos, e.lineno, e.colno)
try:
    json.loads('{"a": 1}', cls=json.JSONDecoder, bogus=1)
except TypeError as e:
    print("TypeError:", e)

# round trips
for value in [0.1, 1 / 3, 1e16, 2 ** 70, -2 ** 63, "ü\n\x00", [None, {"k": [True]}], 5e-324, 1.7976931348623157e308]:
    s = json.dumps(value)
    print(s, json.loads(s) == value)
import io
print(json.load(io.StringIO('{"from": "file"}')))
