x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
data = [1, 2, 3]
g2 = (d for d in data)
data = [9]
print(list(g2))
def f():
    y = 5
    return list(y + i for i in range(2)), list((lambda: y)() for _ in range(1))
print(f())
g3 = (i for i in range(3))
print(sum(g3), sum(g3))
print(list(x for x in range(3) if x), list((a, b) for a in range(2) for b in "ab"), max(len(w) for w in ["a", "abc"]), sorted((v for v in [3, 1, 2]), reverse=True))
try:
    list(1 / i for i in [1, 0])
except ZeroDivisionError as e:
    print(e)
try:
    (i for i in 5)
except TypeError as e:
    print(e)
g4 = (i for i in range(2))
print(g4.__name__, g4.__qualname__, type(g4).__name__, iter(g4) is g4, next(g4), list(g4))
print(list(zip((i for i in "ab"), (j for j in range(5)))), dict((k, v) for k, v in [("a", 1)]), set(c for c in "hello"), tuple(i for i in range(0)))
class C:
    vals = [1, 2]
    doubled = list(v * 2 for v in vals)
print(C.doubled)
