class A:
    def __init__(self): self.x = 1
    def __eq__(self, o): return True
    __hash__ = None
print(A() == 1, A.__hash__)
try:
    {A()}
except TypeError as e:
    print(e)
class B:
    def __hash__(self): return 5
print(hash(B()), B() == B())
class C(B):
    def __eq__(self, o): return False
try:
    print(hash(C()))
except TypeError as e:
    print(e)
class D:
    def __hash__(self): return 2**100
print(hash(D()))
class E:
    def __hash__(self): return "x"
try:
    hash(E())
except TypeError as e:
    print(e)
class F:
    def __hash__(self): return -1
print(hash(F()))
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __float__(self): return float(self.v) + 0.5
    def __index__(self): return self.v
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 99
    def __bool__(self): return False
print(int(Num(3)), float(Num(3)), complex(Num(3)), round(Num(1)), round(Num(1), 2), [0, 1, 2][Num(1)], bool(Num(1)), "yes" if Num(1) else "no", bin(Num(5)), hex(Num(255)))
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()) if False else "", range(OnlyIndex()), "ab" * OnlyIndex(), OnlyIndex() and 1)
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self): return 1.5
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
try:
    int("x", BadIndex())
except TypeError as e:
    print(e)
class Cont:
    def __getitem__(self, k):
        if k == "raise": raise KeyError(k)
        return k
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
c = Cont()
c[1] = 2; del c[1:2]; c[1, 2] = 3; print(c[::2])
try:
    c["raise"]
except KeyError as e:
    print("KeyError", e)
class NoSet: pass
for stmt in ["NoSet()[0]", "NoSet()[0] = 1", "del NoSet()[0]", "del (1,)[0]", "(1,)[0] = 2", "len(NoSet())"]:
    try:
        exec(stmt)
    except TypeError as e:
        print(e)
class Rich:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
print(Rich(1) < Rich(2), Rich(1) >= Rich(2), Rich(1) == Rich(1), Rich(2) > Rich(1))
import functools
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) > T(2), T(1) >= T(1))
class Call:
    def __call__(self, x=0): return x + 1
print(Call()(), Call()(5), callable(Call()), list(map(Call(), [1, 2])))
class Inst:
    def __instancecheck__(cls, inst): return True
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is int
class Magic(metaclass=Meta): pass
print(isinstance(42, Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic))
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit args", [type(x).__name__ for x in a]); return False
try:
    with Ctx():
        raise IndexError
except IndexError:
    print("caught index")
