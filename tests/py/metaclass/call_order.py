log = []
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(f"prepare {name} {kw}")
        return {}
    def __new__(mcs, name, bases, ns, **kw):
        log.append(f"new {name}")
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"init {name}")
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append(f"init_subclass {cls.__name__} {kw}")
class Desc:
    def __set_name__(self, owner, name):
        log.append(f"set_name {name}")
class Child(Base, tag="t"):
    log.append("body executing")
    d = Desc()
for line in log:
    print(line)
