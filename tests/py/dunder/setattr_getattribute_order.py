log = []
class Traced:
    def __init__(self):
        object.__setattr__(self, "real", 1)
    def __getattribute__(self, name):
        log.append(("getattribute", name))
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        log.append(("getattr", name))
        return f"fallback:{name}"
    def __setattr__(self, name, value):
        log.append(("setattr", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        log.append(("delattr", name))
        object.__delattr__(self, name)
t = Traced()
print(t.real, t.missing)
t.x = 5
del t.x
print(hasattr(t, "x"), t.x)
for entry in log:
    print(entry)
