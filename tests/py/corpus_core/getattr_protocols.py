class Log:
    def __init__(self): object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.log.append(("missing", name))
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
o = Log()
o.a = 1
print(o.a, o.dyn_xyz, hasattr(o, "nope"), getattr(o, "nope", "default"))
del o.a
try:
    o.b
except AttributeError as e:
    print(e)
print(o.log)
class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, name): return getattr(self._t, name)
p = Proxy([3, 1, 2]); p.sort(); print(p._t, p.count(1), len(p._t))
try:
    len(p)
except TypeError as e:
    print(e)
class Raiser:
    @property
    def bad(self): raise KeyError("not attribute error")
try:
    hasattr(Raiser(), "bad")
except KeyError as e:
    print("KeyError propagates", e)
print(getattr(Raiser, "bad").__class__.__name__)
class Slotted:
    __slots__ = ("x",)
    def __getattr__(self, n): return "ga-" + n
s = Slotted(); print(s.x, s.y); s.x = 1; print(s.x)
class ClsAttr:
    def __getattr__(self, n): return n
print(ClsAttr().anything)
try:
    ClsAttr.anything
except AttributeError as e:
    print(e)
class Meta(type):
    def __getattr__(cls, n): return f"meta-{n}"
class WithMeta(metaclass=Meta): pass
print(WithMeta.foo, hasattr(WithMeta(), "foo"))
print(getattr(1, "__class__"), getattr("s", "upper")(), getattr([], "append").__name__)
for bad in [lambda: getattr(1, 2), lambda: setattr(1, "x", 1), lambda: delattr(1, "real"), lambda: getattr(), lambda: object.__getattribute__(1, "nope")]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
