class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print("iadd", o)
        self.items.append(o)
        return self
    def __add__(self, o):
        print("add", o)
        n = Acc()
        n.items = self.items + [o]
        return n
    def __isub__(self, o):
        return "isub-result"
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return "mul fallback"
a = Acc()
orig = a
a += 1
a += 2
print(a.items, a is orig)
a -= 5
print(a)
b = Acc()
b *= 3
print(b)
class OnlyAdd:
    def __add__(self, o):
        return "plain add"
c = OnlyAdd()
c += 1
print(c)
class IOps:
    def __init__(self):
        self.log = []
    def _op(name):
        def f(self, o):
            self.log.append(name)
            return self
        return f
    __ifloordiv__ = _op("ifloordiv")
    __itruediv__ = _op("itruediv")
    __imod__ = _op("imod")
    __ipow__ = _op("ipow")
    __ilshift__ = _op("ilshift")
    __irshift__ = _op("irshift")
    __iand__ = _op("iand")
    __ior__ = _op("ior")
    __ixor__ = _op("ixor")
    __imatmul__ = _op("imatmul")
x = IOps()
x //= 1; x /= 1; x %= 1; x **= 1; x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1; x @= 1
print(x.log)
