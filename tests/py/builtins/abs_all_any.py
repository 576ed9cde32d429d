print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 70), abs(3 + 4j), abs(True), abs(-False))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all([[]]), all(x > 0 for x in [1, -1]))
print(any([]), any([0, None, ""]), any([0, 1]), any(iter([False, True])), any(x for x in ""))
seen = []
def check(v):
    seen.append(v)
    return v
print(any(check(v) for v in [0, 0, 1, 1, 1]), seen)
seen.clear()
print(all(check(v) for v in [1, 0, 1]), seen)
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
