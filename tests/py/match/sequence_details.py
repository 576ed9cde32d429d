def m(x):
    match x:
        case "abc":
            return "literal str"
        case [*_] if isinstance(x, str):
            return "unreachable: str is not sequence pattern"
        case (a, b, c):
            return f"three: {a} {b} {c}"
        case [[x1, y1], [x2, y2]]:
            return f"nested pairs {x1}{y1}{x2}{y2}"
        case [*head, 0]:
            return f"ends with zero after {head}"
        case [_, _, *_]:
            return "two or more"
        case _:
            return "other"
for v in ["abc", "xyz", (1, 2, 3), [[1, 2], [3, 4]], [5, 6, 7, 0], [9, 9, 9, 9], b"ab", bytearray(b"xy"), range(2), [1]]:
    print(repr(v), m(v))
match (1, [2, 3]):
    case (1, [2, *r]):
        print("mixed", r)
match iter([1, 2]):
    case [a, b]:
        print("iterator matched")
    case _:
        print("iterators are not sequences")
