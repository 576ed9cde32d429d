data = [3, 1, 2]
def bad_key(x):
    if x == 2:
        raise ValueError("key failed on 2")
    return x
try:
    data.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, data)
class BadLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 0 or o.v == 0:
            raise RuntimeError("cannot compare zero")
        return self.v < o.v
    def __repr__(self):
        return f"B{self.v}"
items = [BadLt(3), BadLt(0), BadLt(1)]
try:
    items.sort()
except RuntimeError as e:
    print("RuntimeError:", e, sorted(repr(i) for i in items))
print(sorted([BadLt(2), BadLt(1)]))
try:
    sorted([1, None, 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([(1, 2), (1,), ()]))
