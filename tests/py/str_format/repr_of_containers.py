print([1, "a", 2.5, None, True, (1,), {"k": [1]}])
print(repr([1, "it's"]), str(("a",)), repr({1: "x", "y": 2}), repr(set()), repr(frozenset()))
print(repr({1, 2, 3}), repr(frozenset([1])), repr(b"\x01a"), repr(bytearray(b"ab")))
print(repr(range(5)), repr(range(1, 10, 2)), repr(slice(1, 2)), repr(slice(None)))
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
print(repr([[]] * 2), [[1, 2], [3]], str([0.1, 1e100, -0.0]))
print(repr(type), repr(int), repr(ValueError("m")), repr(KeyError("k")), str(KeyError("k")))
print(repr(Ellipsis), repr(NotImplemented), repr(None))
