d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
try:
    for v in d.values():
        d.pop(2)
except RuntimeError as e:
    print(e)
d = {1: 1}
for k in d:
    d[k] = 2
print(d)
s = {1, 2}
try:
    for x in s:
        s.discard(2); s.add(3)
except RuntimeError as e:
    print(e)
l = [1, 2, 3]
for x in l:
    if x == 1: l.remove(x)
print(l)
d = dict.fromkeys(range(10))
for i in range(10):
    if i % 3: del d[i]
d[100] = 1
print(list(d), d.popitem(), list(d))
d = {"a": 1, "b": 2, "c": 3}
del d["b"]; d["b"] = 4; d["a"] = 5
print(list(d.items()))
it = iter(d)
print(next(it), next(it))
d.clear(); print(d, len(d))
try:
    next(it)
except RuntimeError as e:
    print(e)
