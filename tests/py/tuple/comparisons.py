pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1,)), ((), ()), ((2,), (1, 9)), ((1, "a"), (1, "b")),
         ((1, 2.0), (1, 2)), ((float("nan"),), (float("nan"),))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, "a") < (2, 1))
n = float("nan")
t = (n,)
print(t == t, (n,) == (n,), [t] == [t])
class Loud:
    def __eq__(self, o):
        print("Loud.__eq__")
        return True
l = Loud()
print((l,) == (l,), (Loud(),) == (Loud(),))
