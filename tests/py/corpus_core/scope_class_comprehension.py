class A:
    x = 10
    y = [x for _ in range(2)] if False else None
    z = (lambda: 5)()
    items = [i * 2 for i in range(3)]
    try:
        w = [x for _ in range(1)]
    except NameError as e:
        w = "NameError: " + str(e)
    v = [i for i in range(3) if i != 1]
    u = {k: len(k) for k in ["a", "bb"]}
print(A.x, A.z, A.items, A.w, A.v, A.u)
class B:
    n = 3
    g = list(range(n))
    def m(self):
        try:
            return n
        except NameError as e:
            return "NameError " + str(e)
print(B.g, B().m())
i = "global i"
r = [i for i in range(3)]
print(i, r)
print([j for j in range(3)], "j" in dir())
nested = [[x * y for y in range(3)] for x in range(3)]
print(nested, [(a, b) for a in range(3) for b in range(a)], [c for c in "hello" if c not in "l"])
def f():
    a = 1
    return [a + k for k in range(3)], {a * k for k in range(3)}, {k: a for k in "xy"}, list(a + k for k in range(2))
print(f())
total = 0
print([total := total + v for v in [1, 2, 3]], total)
def g():
    [inner := 5 for _ in range(1)]
    return inner
print(g())
try:
    exec("[k := 1 for k in range(3)]")
except SyntaxError as e:
    print("SyntaxError", e.msg)
class C:
    def method(self):
        return [self.x * n for n in range(2)]
    x = 7
print(C().method())
