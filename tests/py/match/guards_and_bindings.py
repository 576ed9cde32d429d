def classify(pt):
    match pt:
        case (0, 0):
            return "origin"
        case (x, 0) if x > 0:
            return "positive x-axis"
        case (x, 0):
            return "negative x-axis"
        case (0, y):
            return f"y-axis {y}"
        case (x, y) if x == y:
            return "diagonal"
        case (x, y) if x == -y:
            return "anti-diagonal"
        case (x, y, *rest):
            return f"general {x},{y} extra={rest}"
for p in [(0, 0), (3, 0), (-3, 0), (0, 7), (2, 2), (2, -2), (1, 5), [1, 2, 3, 4]]:
    print(p, classify(p))
evaluated = []
def g(v):
    evaluated.append(v)
    return False
match 1:
    case 1 if g("first"):
        pass
    case 1 if g("second"):
        pass
    case _:
        print("fell through; guards evaluated:", evaluated)
match [1, 2]:
    case [a, b] if a > b:
        print("not this")
    case [a, b]:
        print("bound after failed guard:", a, b)
