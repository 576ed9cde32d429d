d = {}
for i in range(1000):
    d[i] = i
for i in range(0, 1000, 2):
    del d[i]
for i in range(1000, 1100):
    d[i] = -i
print(len(d), list(d)[:5], list(d)[-3:], sum(d))
keys = list(d)
print(keys == sorted(keys, key=lambda k: (k >= 1000, k)))
s = {"k%d" % i: i for i in range(50)}
for k in list(s):
    if s[k] % 3:
        del s[k]
print(list(s)[:6], len(s))
d2 = dict.fromkeys("abc", 0)
d2["a"] += 1
d2.pop("b")
d2["b"] = 9
print(d2)
d3 = {1: 1}
d3.update((k, k * 2) for k in range(3))
print(d3)
