# marshal in C++ (CPython's format, version 4, with references): every value type at every
# version, bad data, references and self-reference, nesting limit, dump/load on a file.
import marshal, sys
vals = [None, True, False, StopIteration, ..., 0, 1, -1, 2**31-1, -2**31, 2**31, -2**31-1, 2**63, -(2**100)+7, 12345678901234567890123,
        1.5, -0.0, float('inf'), 1e300, 3+4j, complex(-0.0, 2.5), b'', b'abc\x00\xff', 'abc', 'x'*300, 'héllo', '\U0001f600', '\udc80',
        (), (1, 2), tuple(range(300)), [], [1, [2, [3]]], {}, {'a': 1, 2: [3]}, set(), {1, 2, 3}, frozenset(), frozenset({'a'}),
        bytearray(b'xy'), memoryview(b'mv')]
for v in vals:
    for version in range(5):
        try:
            d = marshal.dumps(v, version)
        except ValueError as e:
            print("dumps error", version, e); continue
        back = marshal.loads(d)
        ok = back == v or (v != v)
        if type(v) in (bytearray, memoryview):
            ok = back == bytes(v) and type(back) is bytes
        print(version, type(v).__name__, ok, type(back).__name__, d[:40] if version < 3 else len(d))
print(marshal.version)
print(marshal.loads(marshal.dumps(True)) is True, marshal.loads(marshal.dumps(False)) is False)
for bad in [b'', b'i\x01', b'l\x02\x00\x00\x00\x01\x00', b'l\x01\x00\x00\x00\x00\x80', b'l\x01\x00\x00\x00\x00\x00', b'r\x00\x00\x00\x00', b'Q', b'0', b'(\x01\x00\x00\x000', b'{N0', b'[\x02\x00\x00\x00N']:
    try:
        print(marshal.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
class Sub(int): pass
for bad in [Sub(3), object(), [object()], lambda: 0]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print("ValueError", e)
l = []
l.append(l)
d = marshal.dumps(l)
back = marshal.loads(d)
print(back[0] is back, d)
x = [1, 2]
t = (x, x)
back = marshal.loads(marshal.dumps(t))
print(back, back[0] is back[1], marshal.dumps(t, 2) == marshal.dumps(t, 2))
nested = []
cur = nested
for i in range(3000):
    cur.append([]); cur = cur[0]
try:
    marshal.dumps(nested)
except ValueError as e:
    print(e)
print(marshal.loads(b'\xe9\x05\x00\x00\x00extra'))
import io
f = io.BytesIO()
marshal.dump([1, 'a'], f); marshal.dump({'k': 2.5}, f, 2)
f.seek(0)
print(marshal.load(f), marshal.load(f))
try:
    marshal.load(f)
except EOFError as e:
    print("EOFError", e)
try:
    marshal.loads('str')
except TypeError as e:
    print("TypeError", e)
print(marshal.loads(b'g\x00\x00\x00\x00\x00\x00\xf8?'), marshal.loads(b'f\x031.5'), marshal.loads(b'x\x011\x012'))
print(marshal.loads(b'I\x01\x00\x00\x00\x01\x00\x00\x00'))
print(marshal.dumps([2**40, 'abc', (1,)], 4))
