# time.process_time()/process_time_ns()/thread_time() advance with the CPU time the program
# uses (the wasm build once returned the same garbage value every time: Emscripten has no
# CPU-time clock in clock_gettime).
import time

t0 = time.process_time()
n0 = time.process_time_ns()
th0 = time.thread_time()
s = 0
deadline = time.monotonic() + 10
while True:
    for i in range(20000):
        s += i * i
    t1 = time.process_time()
    if t1 - t0 >= 0.02 or time.monotonic() > deadline:
        break
n1 = time.process_time_ns()
th1 = time.thread_time()
print(0.02 <= t1 - t0 < 60)
print(n1 > n0, 0 <= n0 < 10**18 and 0 <= n1 - n0 < 60 * 10**9)
print(th1 > th0)
# Close to the whole process's time, not some other scale.
print(abs((n1 - n0) / 1e9 - (t1 - t0)) < 5)
print(s > 0)
