# __index__/__complex__ returning a strict subclass of int/complex: the value is converted to
# the exact type with a DeprecationWarning (an error under -W error); super() argument count
# and staticmethod/classmethod copying the function's attributes.
import operator
import warnings


class SubInt(int):
    pass


class SubComplex(complex):
    pass


class I:
    def __index__(self):
        return SubInt(3)


class C:
    def __complex__(self):
        return SubComplex(1, 2)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r1 = operator.index(I())
    r2 = complex(C())
    r3 = [10, 20, 30, 40][I()]
print(r1, type(r1).__name__, r2, type(r2).__name__, r3)
print([(x.category.__name__, str(x.message)[:42]) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    for f in (lambda: operator.index(I()), lambda: complex(C())):
        try:
            f()
        except DeprecationWarning as e:
            print("DeprecationWarning", str(e)[:42])
try:
    super(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


def func(x: int) -> str:
    "func doc"
    return x


for wrap in (staticmethod, classmethod):
    w = wrap(func)
    print(wrap.__name__, w.__wrapped__ is func,
          [getattr(w, a) is getattr(func, a) for a in
           ("__module__", "__qualname__", "__name__", "__doc__", "__annotations__")])
