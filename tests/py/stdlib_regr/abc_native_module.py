import abc, _abc, collections.abc as cabc, gc
print(_abc.get_cache_token() >= 0)
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
print(sorted(A.__abstractmethods__), type(A._abc_impl).__name__)
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): return 1
print(sorted(B.__abstractmethods__))
class C(B):
    p = 3
print(C().f(), C.__abstractmethods__)
t0 = abc.get_cache_token()
class Plain: pass
print(isinstance(Plain(), A), issubclass(Plain, A))
A.register(Plain)
print(abc.get_cache_token() == t0 + 1, isinstance(Plain(), A), issubclass(Plain, A), issubclass(Plain, B))
class Sub(Plain): pass
print(issubclass(Sub, A), isinstance(Sub(), A))
print(A.register(Plain) is Plain, A.register(B) is B)
try: A.register(1)
except TypeError as e: print(e)
try: Plain.register
except AttributeError as e: print("no register")
class M(abc.ABC): pass
try: M.register(M) ; print("self ok")
except RuntimeError as e: print(e)
class N(M): pass
try: N.register(M)
except RuntimeError as e: print(e)
try: issubclass(1, A)
except TypeError as e: print(e)
class Hook(abc.ABC):
    calls = 0
    @classmethod
    def __subclasshook__(cls, C):
        Hook.calls += 1
        if hasattr(C, "quack"): return True
        if hasattr(C, "bark"): return False
        return NotImplemented
class Duck:
    def quack(self): pass
class Dog:
    def bark(self): pass
print(isinstance(Duck(), Hook), isinstance(Duck(), Hook), Hook.calls)
print(isinstance(Dog(), Hook), isinstance(Dog(), Hook), Hook.calls)
print(issubclass(int, Hook), issubclass(int, Hook), Hook.calls)
Hook.register(float)
print(issubclass(int, Hook), Hook.calls)
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return 1
try: issubclass(int, Bad)
except AssertionError as e: print(e)
reg, cache, neg, ver = _abc._get_dump(A)
print(len(reg), sorted(r().__name__ for r in reg), sorted(r().__name__ for r in cache), type(ver).__name__)
_abc._reset_caches(A); print([len(x) for x in _abc._get_dump(A)[:3]])
_abc._reset_registry(A); print(issubclass(Plain, A), isinstance(Sub(), A))
class Wrong(abc.ABC): pass
Wrong._abc_impl = 5
try: isinstance(1, Wrong)
except TypeError as e: print(e)
# Weak caches: a registered class that dies leaves the registry.
class Reg(abc.ABC): pass
def make():
    class Tmp: pass
    Reg.register(Tmp)
    return isinstance(Tmp(), Reg)
print(make())
gc.collect()
print(len(_abc._get_dump(Reg)[0]), len(_abc._get_dump(Reg)[1]))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), issubclass(str, cabc.Hashable), issubclass(list, cabc.Hashable))
class MySeq(cabc.Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
match MySeq():
    case [a, b, c]: print("seq", a, b, c)
    case _: print("no")
class Reg2: 
    def __getitem__(self, i): return [7, 8][i]
    def __len__(self): return 2
cabc.Sequence.register(Reg2)
match Reg2():
    case [x, y]: print("registered seq", x, y)
    case _: print("no")
class MyMap(cabc.Mapping):
    def __getitem__(self, k): return {"a": 1}[k]
    def __iter__(self): return iter(["a"])
    def __len__(self): return 1
match MyMap():
    case {"a": v}: print("map", v)
    case _: print("no")
print(list(MyMap().items()), MySeq().index(2), 3 in MySeq())
