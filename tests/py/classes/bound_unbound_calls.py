class Greeter:
    prefix = "Hello"
    def greet(self, name):
        return f"{self.prefix}, {name}"
g = Greeter()
f = g.greet
print(f("a"), Greeter.greet(g, "b"), Greeter.greet(type("Fake", (), {"prefix": "Yo"})(), "c"))
methods = [g.greet, Greeter().greet]
print([m("x") for m in methods])
Greeter.prefix = "Hi"
print(f("late"))
g.greet = lambda name: "instance override " + name
print(g.greet("d"), Greeter.greet(g, "e"))
del g.greet
print(g.greet("f"))
print(getattr(g, "greet")("g"), getattr(Greeter, "greet")(g, "h"))
