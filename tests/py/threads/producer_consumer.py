# Producers and consumers over queue.Queue: every item arrives exactly once.
import queue
import threading

q = queue.Queue(maxsize=10)
results = []
results_lock = threading.Lock()
N_PROD, N_CONS, PER = 3, 4, 500


def producer(pid):
    for i in range(PER):
        q.put((pid, i))


def consumer():
    got = []
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        got.append(item)
        q.task_done()
    with results_lock:
        results.extend(got)


prods = [threading.Thread(target=producer, args=(p,)) for p in range(N_PROD)]
cons = [threading.Thread(target=consumer) for _ in range(N_CONS)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    q.put(None)
q.join()
for t in cons:
    t.join()
print(len(results), len(set(results)), sorted(results) == [(p, i) for p in range(N_PROD) for i in range(PER)])
print(q.empty(), q.qsize())
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x)
    pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
t = threading.Thread(target=lambda: [sq.put(i * i) for i in range(5)])
t.start()
print([sq.get(timeout=5) for _ in range(5)])
t.join()
