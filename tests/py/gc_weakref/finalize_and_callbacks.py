import weakref
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)
order = []
r = R(1)
weakref.ref(r, lambda ref: print("weakref callback 1"))
keep = weakref.ref(r, lambda ref: print("weakref callback 2"))
del r
print("after del r")
obj = R(2)
f = weakref.finalize(obj, print, "finalizer ran", 2)
print(f.alive)
del obj
print(f.alive)
obj3 = R(3)
f3 = weakref.finalize(obj3, lambda: "result")
print(f3(), f3.alive, f3())
del obj3
class Parent:
    def __init__(self):
        self.children = []
    def __del__(self):
        print("Parent __del__, children:", len(self.children))
class Child:
    def __init__(self, parent):
        self.parent = weakref.ref(parent)
        parent.children.append(self)
    def __del__(self):
        print("Child __del__")
p = Parent()
Child(p)
Child(p)
del p
print("end")
