# A metaclass's mro() that subclasses or reassigns __bases__ of the class being built
# (CPython's test_descr MroTest cases): clear errors, consistent bases, no crash.
class Helper(type):
    pass

class M1(Helper):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ != 'X':
            try:
                class X(cls):
                    pass
            except TypeError as e:
                print("extend:", e)
        return type.mro(cls)

class A1(metaclass=M1):
    pass
print(A1.__mro__)

state = {"ready": False}

class M2(Helper):
    def mro(cls):
        if state["ready"] and cls.__name__ == 'C':
            state["ready"] = False
            C.__bases__ = (B2,)
        return type.mro(cls)

class A(metaclass=M2):
    pass
class B1(A):
    pass
class B2(A):
    pass
class C(A):
    pass

state["ready"] = True
C.__bases__ = (B1,)
print(C.__bases__, B2.__subclasses__(), B1.__subclasses__())
try:
    B1.__bases__ = (C,)
except TypeError as e:
    print("cycle:", e)
print([k.__name__ for k in C.__mro__])

steps = {"n": 0}

class M3(Helper):
    def mro(cls):
        if cls.__mro__ is not None and cls.__name__ == 'E':
            steps["n"] += 1
            if steps["n"] <= 10:
                D.__bases__ += ()
        return type.mro(cls)

class D(metaclass=M3):
    pass
class E(D):
    pass
E.__bases__ += ()
print(E.__mro__ == (E, D, object), steps["n"])

# Subclasses' MROs follow a __bases__ assignment (and their attribute lookups too).
class P: x = "P"
class Q: x = "Q"
class R(P): pass
class S(R): pass
print(S().x, [k.__name__ for k in S.__mro__])
R.__bases__ = (Q,)
print(S().x, [k.__name__ for k in S.__mro__], issubclass(S, Q), issubclass(S, P))
