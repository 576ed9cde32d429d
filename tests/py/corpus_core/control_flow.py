for i in range(3):
    pass
else:
    print("for else", i)
for i in range(3):
    if i == 1: break
else:
    print("no")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    break
else:
    print("no")
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1.0 == True, 3 > 2 == 2, "a" < "b" < "c" < "a")
print(1 if 0 else 2, 0 or "x", 1 and "y", None or 0, [] or {}, 0 and 1/0, not [], not 0.0)
print(None is None, [] is not [], type(None) is type(None))
x = 5
print(-x ** 2, (-x) ** 2, 2 ** -1, 2 ** 3 ** 2, not x == 5, ~x + 1, -~x, x & 3 | 8, x << 1 + 1, 10 - 3 - 2, 2 * 3 % 4, 7 // 2 * 2)
match x:
    case 1: print("one")
    case 5 if x > 4: print("five")
    case _: print("other")
for v in [[1, 2], (1, 2, 3), {"k": 1}, 5, "s", None, 3.0, [1, [2, 3]], {"k": 1, "e": 2}]:
    match v:
        case [a, b]: print("pair", a, b)
        case [a, *rest]: print("seq", a, rest)
        case {"k": val, **others}: print("map", val, others)
        case int() | float() as num: print("num", num)
        case str(s): print("str", s)
        case None: print("none")
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match Pt(1, 2):
    case Pt(1, y=yy): print("pt", yy)
match Pt(0, 5):
    case Pt(x=0, y=0): print("origin")
    case Pt(0, y): print("on y", y)
try:
    match Pt(1, 2):
        case Pt(1, 2, 3): pass
except TypeError as e:
    print(e)
def f(v):
    match v:
        case {"a": 1} | {"b": 2}: return "ab"
        case [1, 2] | [3]: return "list"
        case (1 | 2) as z: return f"small {z}"
        case _: return "default"
print(f({"a": 1}), f({"b": 2, "c": 0}), f([3]), f(2), f(9))
i = 0
while i < 10:
    i += 1
    if i % 2: continue
    if i > 6: break
print(i)
def early(v):
    if v: return "yes"
    return
print(early(0), early(1))
assert True, "never"
try:
    assert 1 == 2, "assert msg"
except AssertionError as e:
    print(e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e))
