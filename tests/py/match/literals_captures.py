def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1j:
            return "imaginary"
        case b"raw":
            return "bytes"
        case other:
            return f"other: {other!r}"
for v in [0, 2, "hello", True, None, -1, 2.5, 1j, b"raw", 1.0, False, "x", [1]]:
    print(repr(v), "->", describe(v))
def wildcard(x):
    match x:
        case _:
            return "always"
print(wildcard(object) is not None, wildcard(5))
match 5:
    case n if n > 10:
        print("big")
    case n if n > 3:
        print("medium", n)
    case _:
        print("small")
