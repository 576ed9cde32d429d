class Cfg:
    __slots__ = ("name", "value")
    DEFAULT = "dflt"
    def __init__(self, name, value=None):
        self.name = name
        self.value = value if value is not None else self.DEFAULT
    def __repr__(self):
        return f"Cfg({self.name!r}, {self.value!r})"
print([Cfg("a"), Cfg("b", 2)])
try:
    Cfg("a").DEFAULT = "x"
except AttributeError as e:
    print("AttributeError:", e)
Cfg.DEFAULT = "changed"
print(Cfg("c"))
d = Cfg.__dict__["name"]
x = Cfg("z", 1)
print(d.__get__(x, Cfg), d.__name__ if hasattr(d, "__name__") else "", type(d).__name__)
d.__set__(x, "set via descriptor")
print(x)
print(sorted(Cfg.__slots__))
