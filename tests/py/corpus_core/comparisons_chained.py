def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2))
print(1 < 2 > 1.5 >= 1 <= 1 != 0 == 0)
print([1] < [1, 0] < [2], (1, 2) < (1, 3) > (0,), "a" < "b" < "c", 1 in [1] in [[1]], 2 not in [1] not in [[1]])
one, onef = 1, 1.0
nn = None
print(one is onef, one == onef is not nn, nn is None is nn)
x = 5
print(0 < x < 10, 0 < x > 10, x == 5 == x, (x > 3) == True, x > 3 == True)
class C:
    def __lt__(self, o): print("lt"); return True
    def __gt__(self, o): print("gt"); return False
c = C()
print(c < 1, 1 < c, c > c)
for a, b in [(1, "1"), ([1], (1,)), ({1}, [1]), (None, 0)]:
    print(a == b, a != b)
    try:
        a < b
    except TypeError as e:
        print(e)
