from functools import partial, reduce, lru_cache, wraps
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square.func is power, square.keywords, partial(square, 3)())
print(reduce(lambda acc, x: acc + [acc[-1] + x], [1, 2, 3, 4], [0]))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
calls = []
@lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 2
for v in [1, 2, 1, 3, 1, 2]:
    f(v)
print(calls, f.cache_info().hits, f.cache_info().misses, f.cache_info().currsize)
f.cache_clear()
print(f.cache_info().currsize)
