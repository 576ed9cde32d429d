class Color:
    RED = "red"
    GREEN = "green"
def f(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "?"
print(f("red"), f("green"), f("blue"))
def g(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items]:
            return f"dropping {items}"
        case _:
            return "unknown command"
for c in ["go north", "go east", "pick up key", "take lamp", "drop a b c", ""]:
    print(repr(c), g(c))
x = 3
match 3:
    case x:
        pass
print(x)
match 10:
    case 1 | 2:
        print("no")
    case (10 | 20) as m:
        print("matched", m)
