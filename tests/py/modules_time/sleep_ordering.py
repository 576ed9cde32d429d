import time
events = []
start = time.monotonic()
for i in range(3):
    time.sleep(0.005)
    events.append(i)
elapsed = time.monotonic() - start
print(events, elapsed >= 0.014, elapsed < 10)
t0 = time.perf_counter()
t1 = time.perf_counter()
print(t1 - t0 >= 0)
print(time.get_clock_info("monotonic").monotonic, isinstance(time.get_clock_info("time").resolution, float))
ns0 = time.monotonic_ns()
time.sleep(0.001)
print(time.monotonic_ns() - ns0 >= 1_000_000)
