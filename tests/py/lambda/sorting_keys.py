people = [("Ann", 30), ("bob", 25), ("Cid", 35), ("dee", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0].lower())))
print(max(people, key=lambda p: len(p[0]) * p[1]))
print(sorted("Hello World".split(), key=lambda s: s.lower()))
print(list(map(lambda p: p[0].upper(), filter(lambda p: p[1] < 30, people))))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
expr = [(3, "+", 4), (10, "-", 7), (6, "*", 7)]
print([ops[o](a, b) for a, o, b in expr])
print(sorted(range(-5, 6), key=lambda x: (abs(x), x)))
