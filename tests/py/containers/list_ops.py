# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

l = [3, 1, 2]
print(l, len(l), l[0], l[-1], l[1:], l[::-1], l[::2], l[5:1:-1])
l.append(4); l.extend((5, 6)); l.insert(0, 0); l.insert(-1, 99); l.insert(100, 7)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(6); print(l, l.index(2), l.count(2), 2 in l, 9 in l)
err(lambda: l.remove(42))
err(lambda: l.index(42))
err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: l[10])
err(lambda: l["a"])
err(lambda: l + (1,))
err(lambda: l * 2.0)
err(lambda: [1] * "a")
err(lambda: l.__setitem__(10, 1))
l2 = list(range(10))
l2[2:5] = ["a", "b"]; print(l2)
l2[::2] = ["x", "y", "z", "w", "v"]; print(l2)
def f(): l2[::2] = [1, 2, 3]
err(f)
del l2[::3]; print(l2)
del l2[1:3]; print(l2)
l2[1:1] = range(3); print(l2)
l2[:] = l2; print(l2)
l3 = [5, 2, 8, 1]
l3.sort(); print(l3)
l3.sort(reverse=True); print(l3)
l3.sort(key=lambda x: -x); print(l3)
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
err(lambda: [1, "a"].sort())
err(lambda: [3,2,1].sort(1))
m = [1, 2, 3]
def bad(x):
    m.append(x)
    return x
err(lambda: m.sort(key=bad))
print(m)
r = [1]; r.append(r); print(r)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 5], [] <= [])
x = [1, 2]; x += "ab"; print(x); x *= 2; print(x); x *= 0; print(x)
print([0] * 3, 3 * [1, 2], [1] * -1)
print(list(reversed([1, 2, 3])), list(iter([4, 5])))
it = iter([1, 2, 3]); next(it); print(it.__length_hint__(), list(it))
print(list("abc"), list((1, 2)), list({1: 2}))
err(lambda: list(1))
err(lambda: list(1, 2))
a = [1, 2, 3, 4, 5, 6]
a[1:5:2] = [10, 20]; print(a)
a[-1:-7:-2] = "xyz"; print(a)
print(a.copy(), a.clear(), a)
try:
    hash([])
except TypeError as e:
    print(e)
print(type(iter([])).__name__, type(reversed([])).__name__)
b = [1, 2, 3]
for v in b:
    if v == 1: b.append(4)
print(b)
print(sorted([3, 1, 2]), sorted("hello"), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print([1, 2, 3].index(3, -1), [1,2,3,2].index(2, 2))
err(lambda: [1,2,3].index(1, 1))
big = list(range(100, 0, -1)); big.sort(); print(big[:5], big[-3:])
print([1,2,3][True], [[1,2],[3]][0][1])
class L(list): pass
ll = L([1,2]); print(ll, type(ll).__name__, ll + [3], type(ll + [3]).__name__, ll == [1, 2])
print(list.__name__, [].__class__, len([[]]))
err(lambda: [].append())
err(lambda: [].append(1, 2))
err(lambda: [].copy(1))
err(lambda: [].insert(1))
