# Condition wait/notify, Event with timeout, Semaphore, Barrier, RLock across threads.
import threading

# Condition: a consumer waits for items a producer adds one at a time.
cond = threading.Condition()
items = []
seen = []


def consumer():
    for _ in range(5):
        with cond:
            while not items:
                cond.wait()
            seen.append(items.pop(0))
            cond.notify()


t = threading.Thread(target=consumer)
t.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
        while items:
            cond.wait()
t.join()
print("condition", seen)
with cond:
    print("wait timeout", cond.wait(0.01))
with cond:
    print("wait_for", cond.wait_for(lambda: True), cond.wait_for(lambda: False, timeout=0.01))

# Event: wait with a timeout returns False, then True once set by another thread.
ev = threading.Event()
print("event timeout", ev.wait(0.02), ev.is_set())
setter = threading.Timer(0.01, ev.set)
setter.start()
print("event set", ev.wait(10), ev.is_set())
setter.join()
ev.clear()
print("cleared", ev.is_set())

# Semaphore: at most 2 workers inside at once.
sem = threading.BoundedSemaphore(2)
inside = 0
peak = 0
guard = threading.Lock()


def limited():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        threading.Event().wait(0.005)
        with guard:
            inside -= 1


ws = [threading.Thread(target=limited) for _ in range(6)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print("semaphore peak", peak, inside)
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)

# Barrier: every party leaves only when all have arrived; one gets index 0.
barrier = threading.Barrier(4)
arrived = []
indices = []


def party(i):
    arrived.append(i)
    idx = barrier.wait()
    indices.append(idx)
    assert len(arrived) == 4


ps = [threading.Thread(target=party, args=(i,)) for i in range(4)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print("barrier", sorted(indices), sorted(arrived), barrier.broken)
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken barrier", b2.broken)

# RLock held by another thread blocks acquire with a timeout.
rl = threading.RLock()
held = threading.Event()
done = threading.Event()


def holder():
    with rl:
        with rl:
            held.set()
            done.wait()


h = threading.Thread(target=holder)
h.start()
held.wait()
print("rlock busy", rl.acquire(timeout=0.02), rl.acquire(blocking=False))
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError", e)
done.set()
h.join()
print("rlock free", rl.acquire(timeout=1), rl._is_owned())
rl.release()

# A plain Lock can be released by another thread; acquire with a timeout fails meanwhile.
lk = threading.Lock()
lk.acquire()
print("lock timeout", lk.acquire(timeout=0.02))
r = threading.Thread(target=lk.release)
r.start()
r.join()
print("released by other thread", lk.locked(), lk.acquire(timeout=1))
