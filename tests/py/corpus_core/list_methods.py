l = [3, 1, 2]
l.append(4); l.extend((5, 6)); l.extend(x for x in "ab"); print(l)
l.insert(0, "s"); l.insert(-1, "m"); l.insert(100, "e"); l.insert(-100, "b"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
for args in [(100,), ("x",)]:
    try:
        l.pop(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(e)
l.remove("s")
try:
    l.remove("zz")
except ValueError as e:
    print(e)
print(l, l.index(2), l.count(1))
try:
    l.index(99)
except ValueError as e:
    print(e)
print([1, 2, 3, 2].index(2, 2), [1, 2, 3].index(3, -1))
try:
    [1, 2, 3].index(1, 1, 2)
except ValueError as e:
    print(e)
n = [5, 3, 8, 1]
n.sort(); print(n); n.sort(reverse=True); print(n); n.sort(key=lambda x: -x); print(n)
try:
    n.sort(lambda x: x)
except TypeError as e:
    print(e)
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
words = ["bb", "a", "ccc", "dd"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
n.reverse(); print(n, n.copy(), n[:], n * 2, [0] * 3, n + [9])
try:
    n + (1,)
except TypeError as e:
    print(e)
n += (7, 8); print(n)
n *= 2; print(len(n))
n.clear(); print(n)
a = list(range(10))
a[2:5] = ["x"]; print(a)
a[::2] = "ABCDE"[:len(a[::2])]; print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
del a[::3]; print(a)
a[100:] = [1]; print(a)
a[-100:0] = [0]; print(a)
del a[1:3]; print(a)
try:
    a[100]
except IndexError as e:
    print(e)
try:
    a[100] = 1
except IndexError as e:
    print(e)
try:
    del a[100]
except IndexError as e:
    print(e)
try:
    a["x"]
except TypeError as e:
    print(e)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1] == [1.0], [[1]] > [[0, 5]], [1, [2]] == [1, [2]])
try:
    [1] < ["a"]
except TypeError as e:
    print(e)
x = [1]; x.append(x); print(x, repr(x))
print(list(), list("ab"), list({"a": 1}), list(range(3)), list(reversed([1, 2])), [*"ab", *[1]])
try:
    list(1)
except TypeError as e:
    print(e)
m = [1, 2, 3]
m[1:2] = m; print(m)
print(3 in m, m.__contains__(9), m.__len__(), m.__getitem__(slice(1, 3)), m.__class__.__name__)
