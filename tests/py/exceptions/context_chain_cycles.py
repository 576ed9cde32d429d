# Raising inside nested handlers whose __context__ chain was made cyclic by hand must neither
# hang nor lose the chain (CPython cuts the new cycle and stops walking at an old one).
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
class D(Exception): pass
class E(Exception): pass

def names(exc, limit=8):
    out = []
    while exc is not None and len(out) < limit:
        out.append(type(exc).__name__)
        exc = exc.__context__
    return out

try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                a.__context__ = c
                try:
                    raise D()
                except D as _d:
                    d = _d
                    e = E()
                    raise e
except E as caught:
    print(caught is e, names(caught))
    print(d.__context__ is c, c.__context__ is b, b.__context__ is a, a.__context__ is c)

# A self-referencing context while a new exception is raised.
try:
    try:
        raise A("x")
    except A as x:
        x.__context__ = x
        raise B("y")
except B as y:
    print(names(y, 4))

# Re-raising an exception that is already in the chain cuts the chain there.
try:
    try:
        raise A("first")
    except A as first:
        try:
            raise B("second")
        except B:
            raise first
except A as again:
    print(names(again))

# Two-element cycle not containing the new exception.
try:
    try:
        raise C()
    except C as c1:
        try:
            raise D()
        except D as d1:
            c1.__context__ = d1
            d1.__context__ = c1
            raise E()
except E as e1:
    print(names(e1, 6))
print("done")
