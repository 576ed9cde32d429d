print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 6), hash(2 ** 61 - 2), hash(-(2 ** 61)), hash(2 ** 64))
print(hash(1.0), hash(1.5), hash(-0.5), hash(1e100), hash(0.1))
print(hash(True), hash(None) == hash(None), hash((1, 2)), hash(()), hash((1, (2, 3))), hash(frozenset()))
print(hash("") == 0, hash("a") == hash("a"), hash(b"") == 0)
a = object()
b = object()
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(a) > 0 or id(a) < 0)
x = [1]
y = x
print(id(x) == id(y), x is y, id(x) == id([1]) if False else "skip")
s = "same"
print(id(s) == id(s), hash(s) == hash("sa" + "me"))
class H:
    pass
h = H()
print(hash(h) == hash(h), isinstance(hash(h), int))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
