class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Default(name="Ann")))
print("{0}{1}{0}".format("ab", "cd"), "{x}-{y}".format(x=1, y=2), "{}".format([1, 2]))
print("{0[1]} {1[k]} {2.real}".format([7, 8], {"k": "v"}, 3 + 4j))
print("{{literal}} {}".format("x"), "{!r} {!s} {!a}".format("é", "é", "é"))
for bad in ["{", "}", "{0} {}", "{1}"]:
    try:
        bad.format("x")
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
print("{:>{w}}|".format("r", w=5), "{:{f}}".format(3.14159, f=".2f"))
