class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Db(metaclass=Singleton):
    def __init__(self, url):
        self.url = url
print(Db("a").url, Db("b").url, Db("c") is Db("d"))
class Checked(type):
    def __new__(mcs, name, bases, ns):
        for req in ns.get("required", ()):
            if bases and req not in ns:
                raise TypeError(f"{name} must define {req}")
        return super().__new__(mcs, name, bases, ns)
class Plugin(metaclass=Checked):
    required = ("run",)
class Good(Plugin):
    required = ("run",)
    def run(self):
        return "ran"
print(Good().run())
try:
    class BadPlugin(Plugin):
        required = ("run",)
except TypeError as e:
    print("TypeError:", e)
def func_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)
class F(metaclass=func_meta):
    pass
print(F.made_by, type(F).__name__)
class WithClassGetitem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(WithClassGetitem[int], WithClassGetitem["x"], list[int], dict[str, int])
