class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i2, neg, big = Idx(2), Idx(-1), Idx(2**70)
seq = list(range(10))
print(seq[i2], seq[neg], seq[i2:Idx(5)], seq[::Idx(3)], "abcdef"[i2], (1, 2, 3)[neg], range(10)[i2], b"xyz"[i2], bytearray(b"xyz")[neg], memoryview(b"abc")[i2])
print(hex(i2), bin(Idx(5)), oct(Idx(8)), "ab" * i2, [0] * Idx(3), i2.__index__(), int(Idx(7)), float(Idx(3)) if False else "", complex(Idx(1)) if False else "")
print(range(Idx(3)), list(range(Idx(1), Idx(4))), slice(Idx(1)).indices(5) if False else "", seq[slice(Idx(1), Idx(3))], (10).to_bytes(Idx(2), "big"), round(3.14159, Idx(2)))
try:
    seq[big]
except IndexError as e:
    print(e)
for bad in [lambda: seq[1.5], lambda: seq["1"], lambda: "ab" * 1.5, lambda: range(1.5), lambda: hex(1.5)]:
    try:
        bad()
    except TypeError as e:
        print(e)
class BadIdx:
    def __index__(self): return "x"
try:
    seq[BadIdx()]
except TypeError as e:
    print(e)
import operator
print(operator.index(i2), operator.index(True), operator.index(2**100) == 2**100)
try:
    operator.index(1.0)
except TypeError as e:
    print(e)
class IntSub(int): pass
print(seq[IntSub(3)], type(operator.index(IntSub(3))).__name__)
