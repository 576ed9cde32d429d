s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10), slice(-3, None).indices(10))
lst = list(range(12))
print(lst[s], lst[slice(None, None, -2)], "abcdefgh"[slice(2, -2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[...], q[:, None], q[-1])
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError:", e)
