class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list("abcdef")
print(lst[Idx(2)], lst[Idx(-1)], lst[Idx(1):Idx(4)], "xyz"[Idx(0)], (1, 2, 3)[Idx(2)], range(10)[Idx(5)])
print(b"abc"[Idx(1)], bytearray(b"xyz")[Idx(2)], [1, 2] * Idx(2), "ab" * Idx(3))
lst[Idx(0)] = "A"
del lst[Idx(1)]
print(lst, hex(Idx(255)), bin(Idx(5)), oct(Idx(8)), int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__")
try:
    lst[Idx("x")]
except TypeError as e:
    print("TypeError:", e)
class NoIndex:
    pass
try:
    [1][NoIndex()]
except TypeError as e:
    print("TypeError:", e)
print(operator_free := sorted([Idx(3), Idx(1)], key=lambda i: i.__index__())[0].v)
