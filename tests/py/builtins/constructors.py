print(int(), float(), complex(), str(), bytes(), bytearray(), list(), tuple(), dict(), set(), frozenset(), bool(), object().__class__.__name__)
print(int("12"), float("1.5"), complex("2j"), str(5), bytes(2), list("ab"), tuple([1]), dict(a=1), set("aa"), frozenset([1, 1]))
print(int(x=5) if False else int("5", base=8), float(x="2") if False else float("2"), dict([("k", "v")], z=1))
for t in (int, float, complex, str, bytes, list, tuple, dict, set, frozenset, bool, bytearray):
    print(t.__name__, type(t()).__name__, t() == t(), isinstance(t(), t))
try:
    list(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
