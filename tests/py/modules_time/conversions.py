import time
for ts in [0, 1, 59, 3600, 86399, 86400, 1e9, 1234567890.5, 2 ** 31, 4102444800]:
    g = time.gmtime(ts)
    print(ts, g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
print(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1e9)))
print(time.strftime("%d/%m/%y", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
print(type(time.gmtime()).__name__, time.gmtime()[0] >= 2024)
print(time.strptime("2024-03-15", "%Y-%m-%d")[:6])
