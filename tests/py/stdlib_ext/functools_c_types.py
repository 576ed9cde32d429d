# _functools in C++: partial (flattening, subclass, readonly attributes, pickling, setstate,
# recursive repr, not a descriptor), cmp_to_key key objects, lru_cache wrapper (bounded,
# unbounded, maxsize=0, typed, keywords, methods, pickling by name, recursion).
import functools, pickle, copy, sys
from functools import partial, lru_cache, cmp_to_key, reduce
print(type(partial).__module__, partial.__name__, lru_cache(lambda: 0).__class__.__name__)
def f(*a, **k): return a, k
p = partial(f, 1, 2, a=3)
print(p(3, b=4), p(a=9), p.func is f, p.args, p.keywords)
print(repr(p).replace(hex(id(f)), "ID").split(" at ")[0])
q = partial(p, 5, c=6)
print(q.func is f, q.args, q.keywords)
class P(partial): pass
r = P(p, 7)
print(type(r).__name__, r.func is p, r.args, r())
for attr in ("func", "args", "keywords"):
    try:
        setattr(p, attr, 1)
    except AttributeError as e:
        print("AttributeError", e)
try:
    del p.__dict__
except TypeError as e:
    print("TypeError", e)
p.attr = 5
print(p.__dict__)
try:
    partial(1)
except TypeError as e:
    print("TypeError", e)
try:
    partial()
except TypeError as e:
    print("TypeError", e)
s = pickle.dumps(partial(max, 1, key=abs))
p2 = pickle.loads(s)
print(p2(-5, 3), p2.args, p2.keywords)
print(copy.deepcopy(partial(f, [1], x=[2]))())
p3 = partial(f)
p3.__setstate__((min, (1,), None, None))
print(p3(0), p3.keywords)
try:
    p3.__setstate__((1, 2))
except TypeError as e:
    print("TypeError", e)
rec = partial(f)
rec.__setstate__((f, (rec,), {}, None))
print(repr(rec).count("..."))
class C:
    m = partial(f, 1)
print(C().m(2))
print(partial[int])
# cmp_to_key
key = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), sorted("bca", key=cmp_to_key(lambda a, b: -1 if a > b else 1)))
k = key(5)
print(k.obj, k < key(6), k == key(5), k >= key(7))
try:
    hash(k)
except TypeError as e:
    print("TypeError", e)
try:
    k < 5
except TypeError as e:
    print("TypeError", e)
print(cmp_to_key(mycmp=lambda a, b: 0)(obj=3).obj)
# lru_cache
@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(200), fib.cache_info())
@lru_cache(maxsize=0)
def z(x): return x
print(z(1), z(1), z.cache_info())
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info().currsize)
@lru_cache
def kw(a, b=2): return a + b
print(kw(1), kw(1, b=3), kw(a=1, b=3), kw.cache_info())
print(sq.__name__, sq.__wrapped__.__name__, sq.__doc__, sq.__module__)
class D:
    @lru_cache
    def m(self, x): return (id(self) != 0, x)
d = D()
print(d.m(1), d.m(1), D.m.cache_info().hits)
print(pickle.loads(pickle.dumps(fib)) is fib, copy.copy(fib) is fib, copy.deepcopy(fib) is fib)
try:
    lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError", e)
@lru_cache(maxsize=3)
def recurse(n):
    return n if n < 1 else recurse(n - 1) + 1
print([recurse(i) for i in range(10)], recurse.cache_info())
print(reduce(lambda a, b: a * b, range(1, 10)))
