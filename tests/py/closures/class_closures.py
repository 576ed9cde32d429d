def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return f"{greeting}, {name}"
        @classmethod
        def kind(cls):
            return greeting.upper()
    return Greeter
Hello, Hi = make_class("hello"), make_class("hi")
print(Hello().greet("a"), Hi().greet("b"), Hello.kind(), Hello is Hi)
class Outer:
    def method(self):
        return __class__.__name__
    def uses_super(self):
        return super().__repr__()[:6]
print(Outer().method(), Outer().uses_super())
def factory():
    items = []
    class Bag:
        def add(self, x):
            items.append(x)
            return len(items)
    return Bag, items
Bag, items = factory()
b1, b2 = Bag(), Bag()
b1.add(1); b2.add(2)
print(items)
