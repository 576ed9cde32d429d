pairs = [([], []), ([1], []), ([1, 2], [1, 3]), ([1, [2]], [1, [2]]), ([1, [2, 3]], [1, [2, 2]]), ([(1, "a")], [(1, "b")]), ([1.0], [1]), ([float("nan")], [float("nan")]), ([[]], [[[]]]), (["a", "B"], ["a", "b"])]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
n = float("nan"); x = [n]
print(x == x, [n] == [n], x.count(n), x.index(n), n in x, (n,) == (n,))
for a, b in [([1, "a"], [1, 2]), ([None], [0]), ([{1}], [{2}])]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print(sorted([[3, 1], [1, 2, 3], [1, 2], [], [3]]), max([[1, 2], [1, 2, 0]]), min([(2,), (1, 9)]))
