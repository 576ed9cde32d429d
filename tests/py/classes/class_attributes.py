class Counter:
    instances = 0
    registry = []
    def __init__(self):
        Counter.instances += 1
        self.registry.append(self.instances)
for _ in range(3):
    Counter()
print(Counter.instances, Counter.registry)
class A:
    x = 1
    def get(self):
        return self.x
a = A()
print(a.get())
A.x = 2
print(a.get())
a.x = 3
print(a.get(), A.x)
A.new_method = lambda self: "added later"
print(a.new_method())
setattr(A, "y", 10)
print(a.y, getattr(A, "y"), delattr(A, "y"), hasattr(a, "y"))
class B:
    items = []
b1, b2 = B(), B()
b1.items.append(1)
print(b2.items)
class Nested:
    class Inner:
        val = "inner"
    ref = Inner
print(Nested.Inner.val, Nested.ref.__qualname__, Nested().Inner.val)
