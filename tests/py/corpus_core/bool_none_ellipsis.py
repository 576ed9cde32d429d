print(True, False, None, ..., True + True, True * 10, False - 1, True / 2, True // 1, -True, +False, ~True, abs(False), int(True), float(False), str(True), repr(None), bool(None), bool(...), bool(NotImplemented) if False else "")
print(True == 1, False == 0, True and 5, 0 or None, None or 0, not None, not ..., [] or "x", "a" and "b", 0 and 1 / 0)
print(type(True).__mro__, bool.__base__, isinstance(False, int), issubclass(bool, int), bool(0.0), bool(-0.0), bool(0j), bool(" "), bool(""), bool([0]), bool({}), bool(range(0)))
print(hash(True) == 1, hash(None) == hash(None), hash(...) == hash(...), {True: "t", 1: "one"}, {None: 1}[None], [None] * 2)
try:
    bool.__new__(bool, 1) is True or print("no")
    print(bool(2), bool("False"), bool(0.1))
except Exception as e:
    print(type(e).__name__, e)
try:
    class B(bool): pass
except TypeError as e:
    print(e)
try:
    n = None
    n()
except TypeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    e = ...
    e[0]
except TypeError as e:
    print(e)
print(True.real, True.imag, True.numerator, True.bit_length(), (5 > 3) + (2 > 1), sum([True, True, False]), f"{True}", f"{True:d}", f"{False:>6}", "%d %s" % (True, False), format(True, "b"))
print(None.__class__, type(None)(), NotImplemented.__class__.__name__, Ellipsis is ..., repr(Ellipsis), str(...))
