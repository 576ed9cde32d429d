Base = type("Base", (), {"greet": lambda self: "hi from " + type(self).__name__})
Derived = type("Derived", (Base,), {"x": 1, "__init__": lambda self, v=0: setattr(self, "v", v)})
d = Derived(5)
print(Derived.__name__, Derived.__bases__[0].__name__, d.greet(), d.v, d.x, isinstance(d, Base), Derived.__mro__[-1])
Meta = type("Meta", (type,), {"tag": "meta"})
WithMeta = Meta("WithMeta", (), {})
print(type(WithMeta).__name__, WithMeta.tag)
print(type(type("Q", (), {})).__name__, type("N", (int,), {})(7) + 1, type("S", (str,), {"shout": lambda s: s.upper()})("hey").shout())
for bad in [lambda: type("X", "notatuple", {}), lambda: type("X", (), []), lambda: type(1, (), {}), lambda: type("X", (1,), {}), lambda: type("X", (), {}, 1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
