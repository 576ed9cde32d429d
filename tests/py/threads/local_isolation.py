# threading.local: each thread sees its own attributes; subclasses run __init__ per thread.
import threading

data = threading.local()
data.name = "main"
out = {}
lock = threading.Lock()
start = threading.Barrier(5)


def worker(i):
    start.wait()
    had = hasattr(data, "name")
    data.name = "w%d" % i
    data.values = [i] * i
    threading.Event().wait(0.002)
    with lock:
        out[i] = (had, data.name, data.values, sorted(data.__dict__))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for i in sorted(out):
    print(i, out[i])
print("main still", data.name, sorted(data.__dict__))


class Counter(threading.local):
    created = 0

    def __init__(self, start):
        Counter.created += 1
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


c = Counter(10)
c.bump()
res = []


def use():
    res.append(c.bump())
    res.append(c.bump())


ts = [threading.Thread(target=use) for _ in range(3)]
for t in ts:
    t.start()
    t.join()
print("counter", c.value, res, Counter.created)

# A local with slots-free subclass attribute from the class is shared; instance ones are not.
class WithDefault(threading.local):
    color = "red"


w = WithDefault()
w.color = "blue"
seen = []
t = threading.Thread(target=lambda: seen.append(w.color))
t.start()
t.join()
print("default", w.color, seen)
import gc
import weakref
ref = weakref.ref(w)
del w
gc.collect()
print("collected", ref() is None)

# Hot loops (specialized attribute access) still see each thread's own values.
hot = Counter(0)
totals = {}


def hot_loop(i):
    for _ in range(2000):
        hot.bump()
        hot.value = hot.value + i
    totals[i] = hot.value


ts = [threading.Thread(target=hot_loop, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
hot_loop(9)
for t in ts:
    t.join()
print("hot", sorted(totals.items()))

# Subclass instances in a collected cycle, then many more instances and threads: the class
# object stays alive exactly as long as its instances need it.
class Sub(threading.local):
    pass


def cycle_in_thread():
    c = [Sub()]
    c.append(c)
    c[0].foo = 1
    del c
    gc.collect()


t = threading.Thread(target=cycle_in_thread)
t.start()
t.join()
subs = [Sub() for _ in range(10)]
print("fresh", [hasattr(s, "foo") for s in subs[:3]])
del subs
gc.collect()
for _ in range(5):
    t = threading.Thread(target=lambda: Sub())
    t.start()
    t.join()
print("subclass cycle ok", Sub.__name__)
