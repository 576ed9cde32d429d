# Two CPU-bound threads both make progress (the GIL is handed over every switch interval).
import sys
import threading
import time

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)

stop = False
counts = [0, 0]


def spin(i):
    n = 0
    while not stop:
        n += 1
    counts[i] = n


ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
deadline = time.monotonic() + 0.3
while time.monotonic() < deadline:
    pass   # the main thread spins too: it must get the GIL back to stop them
stop = True
for t in ts:
    t.join()
print("both progressed", counts[0] > 0 and counts[1] > 0)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
