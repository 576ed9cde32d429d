# Specialized attribute loads/stores and method loads must see class changes made mid-loop
# (type version tags are invalidated for the class and all its subclasses).


class Base:
    kind = "base"

    def greet(self):
        return "base-greet"


class Child(Base):
    def __init__(self, v):
        self.v = v


class Other:
    kind = "other"

    def greet(self):
        return "other-greet"


def run(n, objs):
    out = []
    for i in range(n):
        o = objs[i % len(objs)]
        out.append((o.kind, o.greet(), o.v))
    return out


c = Child(1)
print(run(200, [c])[-1])
Base.kind = "changed"                     # class attribute on a base
print(run(200, [c])[-1])
Base.greet = lambda self: "patched"       # method replaced on a base
print(run(200, [c])[-1])
Child.greet = lambda self: "child-own"    # method added on the subclass
print(run(200, [c])[-1])
del Child.greet
print(run(200, [c])[-1])
c.greet = lambda: "instance-shadow"       # instance dict shadows a method
print(run(200, [c])[-1])
del c.greet
print(run(200, [c])[-1])
c.kind = "instance-kind"                  # instance dict shadows a class attribute
print(run(200, [c])[-1])
del c.kind
print(run(200, [c])[-1])

# __bases__ assignment
class Mixin:
    kind = "mixin"

    def greet(self):
        return "mixin-greet"


Child.__bases__ = (Mixin,)
print(run(200, [c])[-1])
Child.__bases__ = (Base,)
print(run(200, [c])[-1])

# __class__ assignment mid-loop
class Child2(Base):
    kind = "child2"

    def greet(self):
        return "child2-greet"


d = Child(5)
res = []
for i in range(300):
    if i == 150:
        d.__class__ = Child2
    res.append((d.kind, d.greet(), d.v))
print(res[149], res[150], res[299])


# A property added to a class replaces an instance attribute read
class P:
    def __init__(self):
        self.x = 10


p = P()
vals = []
for i in range(300):
    if i == 100:
        P.x = property(lambda self: -1)
    if i == 200:
        del P.x
    vals.append(p.x)
print(vals[99], vals[100], vals[199], vals[200])


# Property getter specialized, then the property is replaced
class Q:
    def __init__(self):
        self._a = 3

    @property
    def a(self):
        return self._a * 2


q = Q()
tot = 0
for i in range(300):
    if i == 150:
        Q.a = property(lambda self: 100)
    tot += q.a
print(tot)


# Property getter that raises inside a specialized load
class R:
    @property
    def bad(self):
        raise KeyError("bad-prop")


r = R()
errs = 0
for i in range(100):
    try:
        r.bad
    except KeyError:
        errs += 1
print("prop errors", errs)


# Slots: loads and stores, deletion making the slot empty
class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


s = S()
acc = 0
for i in range(300):
    s.a = i
    acc += s.a + s.b
    if i == 250:
        del s.b
        try:
            acc += s.b
        except AttributeError as e:
            print("slot", e)
        s.b = 7
print(acc)


# setattr on the type invalidates stores: a data descriptor appears
class T:
    pass


log = []


class Spy:
    def __set__(self, obj, value):
        log.append(value)

    def __get__(self, obj, tp=None):
        return "spy"


t = T()
for i in range(200):
    if i == 100:
        T.val = Spy()
    t.val = i
print(len(log), log[:3], t.val, t.__dict__.get("val"))


# Class attribute loads on the class object itself
class K:
    X = 1

    def m(self):
        return 2


s2 = 0
for i in range(300):
    if i == 120:
        K.X = 10
    if i == 240:
        K.m = lambda self: 20
    s2 += K.X + K.m(None)
print(s2)


# Metaclass-provided attributes are not cached as class attributes
class Meta(type):
    @property
    def info(cls):
        return "meta-" + cls.__name__


class WithMeta(metaclass=Meta):
    pass


print([WithMeta.info for _ in range(100)][-1])
