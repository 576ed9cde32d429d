for v in [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, True, None, 2j, bytearray(b"x"), frozenset([1])]:
    match v:
        case bool(b):
            r = f"bool {b}"
        case int(i):
            r = f"int {i}"
        case float(f):
            r = f"float {f}"
        case str(s):
            r = f"str {s}"
        case bytes(bb):
            r = f"bytes {bb}"
        case list([x]):
            r = f"list of one {x}"
        case tuple((x,)):
            r = f"tuple of one {x}"
        case dict():
            r = "dict"
        case set() | frozenset():
            r = "some set"
        case complex():
            r = "complex"
        case bytearray():
            r = "bytearray"
        case _:
            r = "other"
    print(repr(v), "->", r)
class P:
    def __init__(self):
        self.a = 1
match P():
    case P(a=1, b=2):
        print("no")
    case P(a=1):
        print("keyword-only class pattern")
try:
    match P():
        case P(1):
            pass
except TypeError as e:
    print("TypeError:", e)
