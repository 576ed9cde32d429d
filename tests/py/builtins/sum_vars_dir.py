print(sum([]), sum([1, 2, 3]), sum([1.5, 2.5]), sum([1, 2], 10), sum([[1], [2]], []), sum(range(10), start=5))
print(sum([0.1] * 10), sum([1, 2.5, 3j]), sum(x * x for x in range(4)), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
class P:
    cls = 1
    def __init__(self):
        self.a = 1
        self.b = 2
print(vars(P()), "cls" in vars(P), type(vars(P)).__name__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir(P()) if not n.startswith("__")], "__init__" in dir(P))
print([n for n in dir([]) if not n.startswith("_")])
print(sorted(n for n in dir(1) if not n.startswith("_")))
x = 1
def f():
    y = 2
    return sorted(dir())
print(f())
