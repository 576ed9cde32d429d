import json, _json
print(_json.make_scanner, _json.make_encoder, json.scanner.make_scanner is _json.make_scanner)
data = {"a": [1, 2.5, None, True, False, "x\u00e9\u4e2d\U0001f600\n\"\\"], "b": {"c": -0.0, "d": 1e300, "e": 10**30}, 3: "int key", 1.5: "f", None: 1, True: 2}
s = json.dumps(data); print(s)
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, sort_keys=False, separators=(',', ':')))
print(json.loads(json.dumps(data)))
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\ud83d\\ude00 \\u00e9", "d": -1.5e10, "e": 123456789012345678901234567890}'))
for bad in ['[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"\\x"', '"\\u12"', '"\\u12zz"', '{1:2}', '', '   ', 'nul', '[', '{', '-', '--1', '1.', '"a\x01b"', '[1,2,3', '{"a":', '"\\ud800\\uzzzz"', 'tru', 'NaN1', '[-]']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos)
print(json.loads('[NaN, Infinity, -Infinity, 1E5, 1e-5, 0, -0, 1.0e+2, 12e]'[:-6] + ']'))
print(json.loads('"a\x01b"', strict=False))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('{"a": 1.5}', parse_float=str, parse_int=str))
print(json.loads('[1, 2]', parse_int=float))
import decimal
print(json.loads('1.1', parse_float=decimal.Decimal))
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e: print(e)
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
try: json.dumps({(1,2): 3})
except TypeError as e: print(e)
print(json.dumps({(1,2): 3, "a": 1}, skipkeys=True))
try: json.dumps(object())
except TypeError as e: print(e)
class E(json.JSONEncoder):
    def default(self, o): return list(o)
print(json.dumps({1, 2}, cls=E))
print(json.dumps({"b": 1, "a": [1, {"z": 2, "y": 3}]}, sort_keys=True, indent=2))
print(_json.encode_basestring_ascii("a\u20ac\U0001f600\x7f\x1f"), _json.encode_basestring("a\u20ac\x7f\x1f\""))
print(_json.scanstring('"abc\\n" x', 1), _json.scanstring('abc"', 0, False))
try: _json.scanstring('abc', 10)
except ValueError as e: print(e)
try: _json.encode_basestring(1)
except TypeError as e: print(e)
try: _json.make_encoder([], None, None, None, ':', ',', 1, 1, 1)
except TypeError as e: print(e)
sc = _json.make_scanner(json.JSONDecoder())
print(sc('[1, 2] x', 0), sc.strict, sc.parse_float)
try: sc('  ', 1)
except StopIteration as e: print('stop', e.value)
try: print(json.loads('[' * 100000))
except RecursionError as e: print('RecursionError')
class F(float): pass
class I(int): pass
print(json.dumps([F(1.5), I(7), True]))
print(json.dumps("\u00e9"), json.dumps("\u00e9", ensure_ascii=False))
big = {"k%d" % i: [i, str(i) * 3, i / 7, {"n": None}] for i in range(2000)}
assert json.loads(json.dumps(big)) == big
print(len(json.dumps(big)))
# Keys are shared through the scanner's memo within one document.
docs = json.loads('[{"key": 1}, {"key": 2}]')
k1, = docs[0]; k2, = docs[1]
print(k1 is k2)
print(json.loads('{"a": {"b": [1]}}', object_hook=lambda d: sorted(d.items())))
# Deeply nested and unicode round trips.
nested = []
cur = nested
for i in range(200):
    nxt = [i, {"k\u00e9%d" % i: "\U0001f600" * (i % 3)}]
    cur.append(nxt)
    cur = nxt
for ascii_only in (True, False):
    text = json.dumps(nested, ensure_ascii=ascii_only)
    print(len(text), json.loads(text) == nested)
wide = "".join(chr(c) for c in range(0x20, 0x3000, 7)) + "\U00010000\U0010ffff"
for ea in (True, False):
    t = json.dumps({"w": wide, wide: [wide]}, ensure_ascii=ea)
    print(len(t), json.loads(t) == {"w": wide, wide: [wide]})
print(json.loads('"\\ud83d"'), json.loads('"\\ud83dx"') == "\ud83dx", json.loads('"\\ude00\\ud83d"') == "\ude00\ud83d")
print(json.loads(' \t\n\r[ 1 , { "a" : "b" } ] \n'))
print(json.decoder.JSONDecoder().raw_decode('[1] tail'))
for doc in ['{"a": 1} extra', '[1, 2] ]', '"x" "y"']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(e.msg, e.lineno, e.colno, e.pos)
try:
    json.loads('{\n  "a": [1,\n   2,,\n  ]\n}')
except json.JSONDecodeError as e:
    print(e, e.lineno, e.colno)
print(json.dumps([1, [2, (3, 4)], {"x": ()}], separators=(";", "=")))
print(json.dumps(data, default=str, sort_keys=False))
try:
    json.dumps({"b": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print(e)
class D(dict):
    def items(self):
        return [("z", 1), ("a", 2)]
print(json.dumps(D(x=1)))
