l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.index(1, -1), l.count(2), l.count(9), l.count(1.0), [1, [2]].count([2]))
for args in [(9,), (2, 4), (1, 1, 3), (3, -1)]:
    try:
        print(l.index(*args))
    except ValueError as e:
        print(e)
l2 = l.copy(); l2.reverse(); print(l2, l == l2[::-1])
l3 = [3, 1, 2]; l3.extend(range(2)); l3.extend({9: 0}); l3.extend("z"); l3 += "y"; print(l3)
l4 = []; l4.insert(0, "a"); l4.insert(-1, "b"); l4.insert(99, "c"); l4.insert(-99, "d"); print(l4)
print(l4.pop(-1), l4.pop(1), l4)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop("0"), lambda: [1].remove(2), lambda: [1].index(), lambda: [].insert("a", 1), lambda: [1].extend(5), lambda: [1].sort(key=5)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, 2]; b = a; a += [3]; print(b, a is b); a = a + [4]; print(b, a is b)
m = [[0] * 2 for _ in range(2)]; m[0][0] = 1; print(m)
x = [1, 2, 3]; x.clear(); print(x, len(x))
y = list(range(5)); y[1:3] = []; y *= 2; print(y, y * 0, [] * 5, [None] * 3)
print([1, 2] + [3], [1] * -1, list((1, 2)), list({1: "a"}), list("ab") == ["a", "b"], [i for i in range(3)] == list(range(3)))
print(sorted([[1, 2], [1], [0, 5]]), [3, 1, 2].__len__(), [1, 2].__contains__(2), [1, 2].__getitem__(-1), list.__add__([1], [2]))
big = list(range(10**5)); big.reverse(); print(big[0], big[-1], sum(big), len(big))
