import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(isinstance(gc.collect(), int), gc.collect() >= 0)
class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None
    def __del__(self):
        print("del", self.name)
a = Node("a")
b = Node("b")
a.ref = b
b.ref = a
del a, b
print("before collect")
n = gc.collect()
print("after collect", n >= 2)
print(type(gc.get_threshold()).__name__, len(gc.get_threshold()))
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked({}))
