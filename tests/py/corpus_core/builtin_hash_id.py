for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**64, -(2**64), 1.0, 0.5, -0.5, 1e100, True, False, None, (), (1,), (1, (2, 3)), frozenset(), frozenset([1]), "", b"", 1+0j, 2j]:
    h = hash(v)
    print(repr(v), type(h).__name__, h == hash(v), (h == v) if isinstance(v, int) and abs(v) < 2**61 - 1 and v != -1 else "")
print(hash(-1) == -2, hash(-2) == -2, hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), hash("x") == hash("x"))
for bad in [[], {}, set(), bytearray(), {1: 2}.keys() if False else [1]]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
a = object(); b = object()
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(None) == id(None), hash(a) == hash(a))
