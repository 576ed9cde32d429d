print(abs(-5), abs(-2.5), abs(3+4j), abs(True), abs(-2**70))
try:
    abs("x")
except TypeError as e:
    print(e)
print(all([]), any([]), all([1, 0]), any([0, 0.0, "", None, 1]))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(2**70, 7))
try:
    divmod(1, "a")
except TypeError as e:
    print(e)
print(sum([1, 2]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 3), sum(range(5), start=5), sum([1.5, 2]), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
print(min(3, 1, 2), max([3, 1, 2]), min("abc"), max([], default=0), min([1, 2], key=lambda x: -x), max(1, 2, key=lambda x: x % 2), min([(1, "b"), (1, "a")]), max([1, 1.0]), max([1.0, 1]))
for args, kw in [(([],), {}), ((), {}), ((1,), {}), ((1, 2), {"default": 0}), (([1],), {"bad": 1})]:
    try:
        print(min(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
try:
    max(1, "a")
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: 1, 1: 2}), sorted([1, -2, 3], key=abs), sorted([]), sorted((2, 1)))
try:
    sorted([1], key=1)
except TypeError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
print(list(enumerate("ab")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)), list(enumerate([], 2**70)), next(enumerate("x", 2**64)))
print(list(zip()), list(zip("ab", [1, 2, 3])), list(zip("ab", "cd", strict=True)), list(zip(*[(1, 2), (3, 4)])))
try:
    list(zip("ab", "c", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("a", "bc", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip("a", "b", "cd", strict=True))
except ValueError as e:
    print(e)
print(list(map(lambda x: x * 2, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))), list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x > 1, [1, 2, 3])))
try:
    map()
except TypeError as e:
    print(e)
try:
    list(map(1, [1]))
except TypeError as e:
    print(e)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("ab")), list(reversed(range(3))))
it = iter([1, 2]); print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("stop", e.args)
try:
    next([1])
except TypeError as e:
    print(e)
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
try:
    iter(1, 2)
except TypeError as e:
    print(e)
print(bin(5), bin(-5), oct(8), hex(-255), hex(0), bin(0), oct(-0))
for f in [bin, oct, hex]:
    try:
        f(1.5)
    except TypeError as e:
        print(e)
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash(None) == hash(None), hash(()) == hash(()), hash(True))
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
print(callable(print), callable(lambda: 1), callable(3), type(print).__name__, type(len).__name__, repr(len), repr(print)[:20])
print(getattr(1, "real"), getattr([], "nope", None), hasattr("", "join"), hasattr(1, "x"))
try:
    getattr(1, "nope")
except AttributeError as e:
    print(e)
class O: pass
o = O(); setattr(o, "a", 1); print(o.a); delattr(o, "a"); print(hasattr(o, "a"))
try:
    delattr(o, "a")
except AttributeError as e:
    print(e)
print(round(3.14159, 2), round(2.5), round(-1.5), round(7), round(7, -1), round(2**70, -20), round(1.23456789e10, -5))
try:
    round("x")
except TypeError as e:
    print(e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(e)
print(pow(2, 3), pow(2, -2), pow(2.0, 3), pow(-8, 1/3).real > 0, pow(3, 4, 5), pow(base=2, exp=3), pow(2, 3, mod=3))
print(isinstance(1, int), isinstance(True, (str, bool)), isinstance(None, type(None)), isinstance(int, type), isinstance([], (list, tuple)), isinstance(1, int | None))
print(type(1), type("a"), type(None), type(type), type(print), type(lambda: 1).__name__, type(iter([])).__name__, type(iter(())).__name__, type({}.keys()).__name__, type(range(1)).__name__, type(iter(range(1))).__name__)
print(len("abc"), len([1]), len({1: 2}), len(range(10, 0, -3)), len(b"ab"), len(frozenset()))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len(iter([]))
except TypeError as e:
    print(e)
print(repr(None), repr(...), repr(NotImplemented), str(Ellipsis), bool(NotImplemented) if False else 1, type(...).__name__, type(NotImplemented).__name__)
print(id(1) == id(1), id([]) != 0, bool(id), object() != object(), object().__class__ is object)
print(ascii("aé\n"), ascii([1, "é"]), repr("é"), format(12, "x"), format(3.0), chr(9731), ord("☃"))
print(dir(O())[:3] if False else sorted(set(dir(O())) - set(dir(object))), "append" in dir([]), dir(O)[:0], sorted(dir(type("X", (), {"zz": 1, "aa": 2})))[-2:])
