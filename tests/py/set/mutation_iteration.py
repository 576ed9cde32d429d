s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = set(range(5))
for x in list(s):
    if x % 2:
        s.remove(x)
print(sorted(s))
s2 = {1, 2, 3}
it = iter(s2)
next(it)
s2.discard(3)
try:
    list(it)
except RuntimeError as e:
    print("RuntimeError:", e)
big = set(range(1000))
for i in range(0, 1000, 3):
    big.discard(i)
print(len(big), min(big), max(big), sum(big))
big.clear()
print(big, len(big))
