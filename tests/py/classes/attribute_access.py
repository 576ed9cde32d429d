class Dyn:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"no {name}")
d = Dyn()
d.real = "real"
print(d.real, d.auto_hello)
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "other", "default"), hasattr(d, "auto_x"), hasattr(d, "other"))
class Guard:
    def __setattr__(self, name, value):
        if name == "locked":
            raise AttributeError("locked is read-only")
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)
g = Guard()
g.name = "abc"
print(g.name)
try:
    g.locked = 1
except AttributeError as e:
    print("AttributeError:", e)
del g.name
print(hasattr(g, "name"))
class Everything:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
e = Everything()
e.x = 5
print(e.secret, e.x)
