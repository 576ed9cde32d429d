# dict.fromkeys over a dict or set whose keys' __eq__ clears the source while the new dict is
# filled: no crash, keys stay alive (bpo-27945).
import gc


class X(int):
    def __hash__(self):
        return 13

    def __eq__(self, other):
        if len(d) > 1:
            d.clear()
        return False


d = {}
d = {X(1): 1, X(2): 2}
try:
    r = dict.fromkeys(d)
    print(sorted(int(k) for k in r), len(d))
except RuntimeError as e:
    print("RuntimeError", e)
gc.collect()


class Y(int):
    def __hash__(self):
        return 13

    def __eq__(self, other):
        if len(s) > 1:
            s.clear()
        return False


s = set()
s = {Y(1), Y(2)}
try:
    r = dict.fromkeys(s, 0)
    print(sorted(int(k) for k in r), len(s))
except RuntimeError as e:
    print("RuntimeError", e)
gc.collect()
print(dict.fromkeys("abc", 1), dict.fromkeys({"x": 1}), dict.fromkeys(range(3)))
