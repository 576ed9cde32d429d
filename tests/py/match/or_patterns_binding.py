def f(v):
    match v:
        case [x, 0] | [0, x]:
            return f"one zero, other {x}"
        case {"a": x} | {"b": x}:
            return f"a-or-b {x}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case str() | bytes() as s:
            return f"text {s!r}"
        case _:
            return "none"
for v in [[5, 0], [0, 7], [0, 0], {"b": 2}, {"a": 1, "b": 2}, 2, "s", b"b", 4.0]:
    print(v, f(v))
try:
    exec("match 1:\n    case x | 2:\n        pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("match 1:\n    case [x] | [y]:\n        pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
