print(True, False, type(True), True == 1, False == 0)
print(True + 1, True * 3, -True, ~True, True / 2, True // 1, True & False, True | False, True ^ True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool({}), bool(None))
print(bool(0j), bool(range(0)), bool(range(1)), bool(b""), bool(set()), bool(frozenset([1])))
print(str(True), repr(False), int(True), float(False), hash(True), hash(False))
print(isinstance(False, int), bool.__bases__, bool.__mro__)
try:
    class Sub(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(True and "x", False or "y", not "", not "a", True and 0)
print(sum([True, True, False]), max(False, True), sorted([True, False, True]))
print(format(True, "d"), format(True, ""), f"{False}", "%s %d" % (True, True))
print(True == 1.0, {True: "a", 1: "b"}, [True, False].count(1))
print(bool("False"), bool(), bool.__name__)
