class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __bool__(self):
        return self.v != 0
n = Num(3.7)
print(int(n), float(n), complex(n), bool(n), bool(Num(0)), [0, 1, 2, 3][n], range(n))
print(round(float(n)), f"{float(n):.1f}", "%d" % n, "%x" % n, "%f" % n)
class OnlyFloat:
    def __float__(self):
        return 2.5
print(float(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print("TypeError:", e)
class BadFloat:
    def __float__(self):
        return "nope"
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
