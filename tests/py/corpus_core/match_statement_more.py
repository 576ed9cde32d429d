def describe(x):
    match x:
        case 0 | 1 | 2: return "small int"
        case int(n) if n < 0: return f"negative {n}"
        case int(): return "int"
        case float(f) if f != f: return "nan"
        case float(): return "float"
        case "": return "empty str"
        case str(s) if len(s) == 1: return f"char {s}"
        case str(): return "str"
        case []: return "empty list"
        case [x]: return f"singleton {x}"
        case [x, y]: return f"pair {x},{y}"
        case [x, *rest] if len(rest) > 2: return f"long list head {x}"
        case (x, *_, y): return f"seq {x}..{y}"
        case {"type": "point", "x": px, "y": py}: return f"point {px},{py}"
        case {"type": t, **rest}: return f"typed {t} {sorted(rest)}"
        case {}: return "mapping"
        case None: return "none"
        case True: return "true?"
        case _: return f"other {type(x).__name__}"
for v in [0, 2, -5, 99, float("nan"), 1.5, "", "a", "abc", [], [1], [1, 2], [1, 2, 3, 4], (1, 2, 3), {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3}, {"k": 1}, None, True, {1, 2}, b"x"]:
    print(repr(v), "->", describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x=0): return "on y axis"
        case Point(0 | 1 as a, b): return f"near x axis a={a} b={b}"
        case Point(x, y) if x == y: return "diagonal"
        case Point(): return "somewhere"
print([where(p) for p in [Point(0, 0), Point(0, 5), Point(1, 7), Point(3, 3), Point(4, 5)]])
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def col(c):
    match c:
        case Color.RED: return "red"
        case Color.GREEN: return "green"
print(col(Color.RED), col(Color.GREEN), col(3))
match (1, [2, 3]):
    case (a, [b, c]) as whole:
        print(a, b, c, whole)
match "text":
    case str() as s if s.startswith("t"):
        print("starts with t")
