import random, _random
r = _random.Random(5); print(r.random())
for a in [lambda: _random.Random(1,2), lambda: _random.Random(x=1), lambda: r.getrandbits(-1), lambda: r.getrandbits(1.5), lambda: r.getrandbits(2**40), lambda: r.setstate(1), lambda: r.setstate((1,)), lambda: r.setstate(('a',)*625), lambda: r.setstate((1,)*624+(625,)), lambda: r.setstate((-1,)*625), lambda: r.setstate((2**40,)*625), lambda: r.seed(1,2), lambda: r.seed([1]), lambda: r.random(1)]:
    try: a()
    except Exception as e: print(type(e).__name__, e)
class R(_random.Random):
    def __init__(self, *a, **k): pass
print(R(1, x=2).random() >= 0)
print(_random.Random.__doc__, _random.Random.random.__doc__)
r.seed(-1.5); print(r.random()); r.seed('abc'); print(r.random()); r.seed(2**100+7); print(r.random(), r.getrandbits(100), r.getrandbits(0))
for seed in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 3, 10**50, 3.14, -2.5, "hello", b"bytes", bytearray(b"ba"), None]:
    random.seed(seed)
    if seed is None:
        print(0 <= random.random() < 1)
        continue
    out = [random.random() for _ in range(3)]
    out.append(random.randrange(1000))
    out.append(random.randint(-10**20, 10**20))
    l = list(range(20)); random.shuffle(l); out.append(l)
    out.append(random.choice("abcdefg"))
    out.append(random.sample(range(100), 5))
    out.append(random.getrandbits(1)); out.append(random.getrandbits(33)); out.append(random.getrandbits(64)); out.append(random.getrandbits(65)); out.append(random.getrandbits(1000))
    out.append(round(random.gauss(0, 1), 12)); out.append(random.uniform(1, 2)); out.append(random.choices("xyz", k=5))
    out.append(random.randbytes(7))
    print(seed, out)
random.seed(99, version=1); print(random.random())
random.seed("x", version=1); print(random.random())
st = random.getstate(); a = [random.random() for _ in range(700)]; random.setstate(st); b = [random.random() for _ in range(700)]; print(a == b, len(st[1]), st[1][-1])
g = random.Random(12345); print(g.random(), g.getstate()[1][:3])
s2 = random.Random(); s2.setstate(g.getstate()); print(s2.random() == g.random())
class MyRandom(random.Random):
    def random(self): return 0.5
print(MyRandom(3).choice([1, 2, 3]), MyRandom(3).randrange(10))
sr = random.SystemRandom(); print(0 <= sr.random() < 1)
import pickle; p = pickle.loads(pickle.dumps(random.Random(7))); print(p.random() == random.Random(7).random())
print(isinstance(random.Random(), _random.Random), random.Random.__mro__)
