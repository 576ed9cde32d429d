import itertools as it, functools as ft, operator as op
print(list(it.accumulate([1, 2, 3, 4], op.mul)), list(it.accumulate([1, 2, 3], initial=10)), list(it.chain.from_iterable(["ab", "cd"])), list(it.compress(range(6), [1, 0, 1])), list(it.islice("abcdefg", 1, 6, 2)), list(it.islice(it.count(), 3)))
print(list(it.product([1, 2], "xy")), len(list(it.permutations(range(4)))), list(it.combinations(range(4), 3)), list(it.zip_longest([1, 2, 3], "a")), list(it.starmap(op.add, [(1, 2), (3, 4)])), list(it.repeat(0, 3)))
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))], list(it.filterfalse(lambda x: x % 2, range(6))), list(it.takewhile(str.isdigit, "12a3")), list(it.dropwhile(str.isdigit, "12a3")), list(it.pairwise([1, 2, 3])))
a, b = it.tee(iter([1, 2, 3])); print(list(a), list(b))
c = it.cycle("ab"); print([next(c) for _ in range(5)])
print(ft.reduce(op.add, [1, 2, 3]), ft.reduce(lambda x, y: x * y, [], 1), ft.partial(int, base=2)("101"), ft.partial(max, 5)(3))
try:
    ft.reduce(op.add, [])
except TypeError as e:
    print(e)
@ft.lru_cache(maxsize=2)
def sq(x): return x * x
print(sq(2), sq(3), sq(2), sq(4), sq.cache_info())
@ft.singledispatch
def kind(x): return "object"
@kind.register
def _(x: int): return "int"
@kind.register(list)
def _(x): return "list"
print(kind(1), kind([1]), kind("s"), kind(True))
class Cmp:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1)], key=ft.cmp_to_key(lambda a, b: a.v - b.v)), op.itemgetter(1, 0)("ab"), op.attrgetter("v")(Cmp(9)), op.methodcaller("split", ",")("a,b"), op.neg(5), op.not_(0), op.contains([1], 1), op.concat("a", "b"), op.getitem([5], 0))
