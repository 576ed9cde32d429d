it = iter([1, 2, 3])
print(list(it), list(it))
it = iter(range(5))
print(next(it), list(zip(it, it)))
e = enumerate("abc")
print(next(e), list(e))
m = map(lambda x: x + 1, [1, 2])
print(next(m), next(m), next(m, "done"))
z = zip([1, 2], [3])
print(list(z))
r = reversed([1, 2, 3])
print(next(r), list(r), r.__length_hint__() if hasattr(r, "__length_hint__") else "")
print(sum(1 for _ in range(100)), list(filter(str.isdigit, "a1b2")), list(map(int, "123")), min(map(abs, [-3, 2])))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sorted(Countdown(4)), set(Countdown(2)), dict(zip(Countdown(2), "ab")))
i1 = iter([1, 2])
print(iter(i1) is i1, hasattr(i1, "__next__"), type(i1).__name__)
print(list(iter(iter([5]))), list(zip(*zip([1, 2], [3, 4]))), [list(g) for g in [iter("ab")]])
import itertools
print(list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.chain([1], (2,), "ab")), list(itertools.repeat("x", 2)), list(itertools.accumulate([1, 2, 3])), list(itertools.product("ab", repeat=2))[:3], list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.combinations("abc", 2)), list(itertools.zip_longest("ab", "c", fillvalue="-")), [(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.starmap(pow, [(2, 3)])), list(itertools.compress("abc", [1, 0, 1])), list(itertools.filterfalse(None, [0, 1, 0])), list(itertools.pairwise("abc")), [list(t) for t in itertools.tee("ab")], list(itertools.combinations_with_replacement("ab", 2)), list(itertools.cycle("ab").__next__() for _ in range(3)))
g = (i for i in range(3))
print(type(g).__name__, next(g), list(g), g.gi_running, g.gi_frame)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
print([x for x, _ in zip(infinite(), range(4))], next(x for x in infinite() if x > 10))
print(all(iter([])), any(iter([0, 0, 1])), list(range(3)).__iter__().__class__.__name__, len(list(iter(range(1000)))))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(d.items()), list(iter(d.values())), [k for k in d.keys()])
s = "abc"; si = iter(s); next(si); print(list(si), list(si))
try:
    next(iter([]))
except StopIteration as ex:
    print("StopIteration", ex.value, repr(ex))
