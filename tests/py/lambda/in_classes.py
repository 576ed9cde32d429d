class Calc:
    double = lambda self, x: x * 2
    square = staticmethod(lambda x: x * x)
    name = classmethod(lambda cls: cls.__name__)
    key = property(lambda self: "prop")
c = Calc()
print(c.double(4), Calc.square(5), c.square(6), Calc.name(), c.key)
print(type(Calc.__dict__["double"]).__name__, Calc.double.__qualname__)
handlers = {}
for name in ["start", "stop"]:
    handlers[name] = lambda n=name: f"handling {n}"
print(handlers["start"](), handlers["stop"]())
