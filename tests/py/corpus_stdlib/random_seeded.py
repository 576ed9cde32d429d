import random
random.seed(12345)
print(random.random(), random.randint(0, 100), random.randrange(0, 100, 7), random.choice(range(50)), random.uniform(-1, 1), random.getrandbits(70))
print(random.sample(range(1000), 5), random.choices("abcde", k=5), random.choices("abc", weights=[1, 0, 5], k=4))
l = list(range(20)); random.shuffle(l); print(l)
print(random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3), random.gammavariate(2, 1), random.lognormvariate(0, 1), random.vonmisesvariate(1, 1), random.paretovariate(2), random.weibullvariate(1, 2))
random.seed("string seed"); print(random.random())
random.seed(b"bytes"); print(random.random())
random.seed(2**100); print(random.random())
random.seed(-5); print(random.random())
r = random.Random(7); print(r.random(), r.randint(1, 6), r.getstate()[1][:3])
s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random())
print(random.Random(1).randbytes(8) if hasattr(random.Random, "randbytes") else "")
random.seed(3); print([random.randint(1, 6) for _ in range(10)], random.randrange(10**30))
for bad in [lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.sample([1], 2), lambda: random.randrange(0), lambda: random.randrange(1, 2, 0)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
