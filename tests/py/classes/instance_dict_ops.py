class Obj:
    def __init__(self):
        self.a = 1
o = Obj()
o.__dict__["b"] = 2
print(o.b, vars(o), sorted(o.__dict__))
o.__dict__.clear()
print(hasattr(o, "a"), vars(o))
o.__dict__ = {"replaced": True}
print(o.replaced, vars(o))
try:
    o.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
for i in range(5):
    setattr(o, f"attr{i}", i * i)
print(sorted(k for k in vars(o) if k.startswith("attr")), getattr(o, "attr3"))
del o.attr0
print("attr0" in vars(o), len(vars(o)))
class WithClassVar:
    shared = []
x, y = WithClassVar(), WithClassVar()
x.shared.append(1)
y.shared = ["own"]
print(x.shared, y.shared, WithClassVar.shared)
