lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 6:
        lst.append(x * 10)
print(out, lst)
def evil_key(x):
    data.append(x)
    return x
data = [3, 1, 2]
try:
    data.sort(key=evil_key)
except ValueError as e:
    print("ValueError:", e)
a = [1, 2, 3]
it = iter(a)
print(next(it))
a.clear()
print(list(it))
r = list(range(5))
while r:
    r.pop()
print(r)
