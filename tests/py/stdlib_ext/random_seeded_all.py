# random with fixed seeds: every method's values must equal CPython's Mersenne Twister output.
import random

def show(label, value):
    print(label, value)

for seed in [0, 1, 42, 2 ** 32, 2 ** 64 + 1, -7, 123456789012345678901234567890, 3.5,
             "hello", "", b"bytes", bytearray(b"ba"), "ünïcode"]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(5), random.randint(1, 6))

random.seed("abc", version=1)
print("v1 str", random.random())
random.seed(b"abc", version=1)
print("v1 bytes", random.random())
random.seed(None)
random.seed()

r = random.Random(12345)
show("random", [r.random() for _ in range(3)])
show("randint", [r.randint(-5, 5) for _ in range(10)])
show("randrange", [r.randrange(10), r.randrange(5, 50, 5), r.randrange(100, 0, -7), r.randrange(2 ** 70)])
show("choice", [r.choice("abcdefg") for _ in range(8)], )
show("choice list", r.choice([[1], (2,), {3}]))
lst = list(range(20))
r.shuffle(lst)
show("shuffle", lst)
show("sample", r.sample(range(100), 10))
show("sample str", r.sample("abcdefgh", 3))
show("sample counts", r.sample(["red", "blue"], counts=[4, 2], k=5))
show("sample big", r.sample(range(10 ** 9), 4))
show("choices", r.choices("abc", k=10))
show("choices w", r.choices("abc", weights=[10, 1, 1], k=10))
show("choices cw", r.choices(range(4), cum_weights=[1, 2, 3, 10], k=8))
show("getrandbits", [r.getrandbits(k) for k in (0, 1, 31, 32, 33, 64, 100, 257)])
show("uniform", [r.uniform(1, 2), r.uniform(5, -5)])
show("triangular", [r.triangular(), r.triangular(0, 10, 8), r.triangular(3, 3)])
show("gauss", [r.gauss(0, 1) for _ in range(4)])
show("normalvariate", [r.normalvariate(10, 2) for _ in range(3)])
show("lognormvariate", r.lognormvariate(0, 0.5))
show("expovariate", [r.expovariate(1.5) for _ in range(3)])
show("vonmises", [r.vonmisesvariate(1, 2), r.vonmisesvariate(0, 0)])
show("gammavariate", [r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 1)])
show("betavariate", r.betavariate(2, 3))
show("paretovariate", r.paretovariate(3))
show("weibullvariate", r.weibullvariate(1, 1.5))
show("randbytes", r.randbytes(10))
show("binomial-free", sum(r.random() < 0.3 for _ in range(1000)))

# state round trip
st = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(st)
b = [r.random() for _ in range(5)]
print(a == b, st[0], len(st[1]), st[1][-1], st[2])

# module level functions share one Random
random.seed(2024)
print(random.random(), random.randint(0, 10 ** 12), random.choice(range(1000)), random.randrange(3, 99, 3))
x = list("krait")
random.shuffle(x)
print(x, random.sample(list(range(50)), k=5), random.choices([1, 2, 3], [1, 1, 5], k=4))
print(random.getrandbits(200), random.randbytes(5).hex())

# errors
for call in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randint(3, 1),
             lambda: random.choice([]), lambda: random.sample(range(3), 4), lambda: random.getrandbits(-1),
             lambda: random.randrange(1, 10, 0), lambda: random.choices("ab", [1], k=2),
             lambda: random.sample({1, 2}, 1),
             lambda: random.Random().seed([1, 2]), lambda: random.sample([1], -1)]:
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)

class MyRandom(random.Random):
    def random(self):
        return 0.5
mr = MyRandom(3)
print(mr.random(), mr.choice("abc"), mr.randrange(10), mr.uniform(0, 4))
r1, r2 = random.Random(99), random.Random(99)
print(r1.random() == r2.random(), random.Random(99).getrandbits(64) == random.Random(99).getrandbits(64))
