def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long starting {first}, {len(rest)} more"
        case [first, *mid, last]:
            return f"first {first} mid {mid} last {last}"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(8)), "ab", range(3)]:
    print(repr(v), "->", seq(v))
def mp(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", **rest}:
            return f"circle extra keys {sorted(rest)}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "c": 0}, {"type": 7}, {"a": 1}, [1]]:
    print(mp(v))
match [1, [2, 3], {"k": (4, 5)}]:
    case [a, [b, c], {"k": (d, e)}]:
        print("nested", a, b, c, d, e)
match (1, 2):
    case [x, y]:
        print("tuple matches list pattern", x, y)
match {"a": 1}:
    case {"a": 1 | 2 as v}:
        print("or + as", v)
