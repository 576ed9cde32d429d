# 8 threads increment a shared counter under a Lock: the total is exact.
import threading

counter = 0
lock = threading.Lock()


def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=work, args=(20000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, threading.active_count(), [t.is_alive() for t in threads])
