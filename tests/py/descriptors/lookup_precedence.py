class NonData:
    def __get__(self, o, t=None):
        return "non-data"
class Data:
    def __get__(self, o, t=None):
        return "data"
    def __set__(self, o, v):
        print("Data.__set__", v)
class C:
    nd = NonData()
    d = Data()
    plain = "class plain"
c = C()
c.__dict__.update(nd="inst nd", d="inst d", plain="inst plain")
print(c.nd, c.d, c.plain)
c.d = 5
print(c.__dict__["d"])
print(C.nd, C.d, C.plain)
class Meta(type):
    attr = "from meta"
    mdesc = Data()
class K(metaclass=Meta):
    attr = "from class"
print(K.attr, K.mdesc)
K.mdesc = 1
class GetOnly:
    def __get__(self, o, t=None):
        return ("get", o is None, t.__name__)
class H:
    g = GetOnly()
print(H.g, H().g)
