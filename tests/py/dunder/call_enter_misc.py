class Multi:
    def __call__(self, *a, **k):
        return ("called", a, sorted(k.items()))
    def __index__(self):
        return 2
    def __int__(self):
        return 7
    def __float__(self):
        return 1.5
    def __complex__(self):
        return 2j
    def __round__(self, n=None):
        return ("round", n)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
m = Multi()
print(m(1, x=2), [10, 20, 30][m], hex(m), bin(m), int(m), float(m), complex(m), round(m), round(m, 3))
import math
print(math.trunc(m), math.floor(m), math.ceil(m), "ab" * m, range(10)[m], operator_index(m) if False else "")
class Dir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Dir()))
class Sized:
    def __len__(self):
        return 2 ** 70
try:
    len(Sized())
except OverflowError as e:
    print("OverflowError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
