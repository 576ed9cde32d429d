# property errors name the owner by __qualname__; property subclasses set __doc__ as an
# instance attribute (None when there is none), which fails with __slots__.
class Outer:
    class C:
        @property
        def foo(self):
            return 1

        bar = property()


c = Outer.C()
for f in [lambda: setattr(c, "foo", 1), lambda: delattr(c, "foo"), lambda: c.bar,
          lambda: setattr(c, "bar", 2), lambda: delattr(c, "bar")]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)


class P(property):
    __slots__ = ()


try:
    P(lambda s: 1)
except AttributeError as e:
    print("AttributeError", e)


class Q(property):
    pass


def getter(s):
    "the doc"


print(Q(lambda s: 1).__dict__, Q(getter).__dict__, Q(getter).__doc__, Q(getter, doc="d").__doc__)
print(property(getter).__doc__, property(getter, doc="x").__doc__)
for q in [Q(getter, doc="d"), Q(None, doc="d"), Q(doc="d"), Q()]:
    print(q.__dict__, q.__doc__)
