import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("call", fn.__name__, [x if isinstance(x, (int, str)) else type(x).__name__ for x in a], k)
        return fn(*a, **k)
    return wrapper
def repeat(n):
    def deco(fn):
        def w(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return w
    return deco
@trace
@repeat(2)
def add(a, b=1):
    "adds"
    return a + b
print(add(1), add(2, b=3), add.__name__, add.__doc__, add.__wrapped__.__name__)
def cls_deco(cls):
    cls.extra = "yes"
    return cls
@cls_deco
class K:
    @staticmethod
    @trace
    def s(x): return x
    @classmethod
    def c(cls): return cls.__name__
    @property
    @trace
    def p(self): return "prop"
print(K.extra, K.s(5), K.c(), K().p)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
@(lambda f: f)
def ident(): return "ident"
print(ident())
decorators = {"upper": lambda f: lambda: f().upper()}
@decorators["upper"]
def word(): return "word"
print(word())
def deco_with_state(fn):
    fn.calls = 0
    def w():
        w.calls += 1
        return fn()
    w.calls = 0
    return w
@deco_with_state
def st(): return "st"
st(); st(); print(st.calls)
