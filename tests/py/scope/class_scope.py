x = "module"
class A:
    x = "class"
    y = x
    def method(self):
        return x
    z = [x for _ in range(1)]
print(A.y, A().method(), A.z)
def f():
    x = "function"
    class B:
        print("B sees", x)
        x = "B attr"
        print("B now", x)
    return B.x
print(f())
def g():
    v = "enclosing"
    class C:
        w = v
        def m(self):
            return v
    return C.w, C().m()
print(g())
class Counter:
    count = 0
    def inc(self):
        self.count += 1
c = Counter()
c.inc(); c.inc()
print(c.count, Counter.count)
def h():
    y = 1
    class D:
        try:
            nonlocal_test = y
        except NameError as e:
            nonlocal_test = "NameError: " + str(e)
        y = 2
    return D.nonlocal_test, D.y, y
print(h())
