# io.BytesIO.getbuffer() (read through a memoryview) and the pure-Python pickle that uses it
# for framing: round trips of containers and their iterators at every protocol.
import io
import pickle

b = io.BytesIO(b"hello world")
v = b.getbuffer()
print(type(v).__name__, len(v), bytes(v[:5]), v[0], v.tobytes())
v.release()
b.write(b"!")
print(bytes(b.getbuffer()))
b.close()
try:
    b.getbuffer()
except ValueError as e:
    print("ValueError", e)

data = [1, 2.5, "three", (4, 5), {"six": [7]}, {8, 9}, b"ten", None, True, 10**30]
# Protocol 0 needs the raw-unicode-escape codec (not part of this test).
for proto in range(1, pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.dumps(data, proto)
    print(proto, pickle.loads(s) == data)
it = iter([1, 2, 3, 4])
next(it)
print(list(pickle.loads(pickle.dumps(it))))
r = reversed([1, 2, 3])
next(r)
print(list(pickle.loads(pickle.dumps(r))))
t = iter((5, 6, 7))
print(list(pickle.loads(pickle.dumps(t, 2))))
