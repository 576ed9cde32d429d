print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in "abc"], [len(w) for w in "a bb ccc".split()])
print([x if x % 2 else -x for x in range(6)])
x = "outer"
print([x for x in "inner"], x)
print([i for i in []], [None for _ in range(3)])
print([a + b for a, b in [(1, 2), (3, 4)]], [first for first, *_ in [(1, 2, 3), (4, 5)]])
m = [[1, 2], [3, 4], [5, 6]]
print([v for row in m for v in row], [row[1] for row in m])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
