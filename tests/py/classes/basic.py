class Dog:
    species = "canis"
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex")
print(d.speak(), d.age, d.birthday().birthday().age, d.species, Dog.species)
d.species = "own"
print(d.species, Dog.species, sorted(vars(d)))
del d.species
print(d.species)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog), Dog.__name__, Dog.__qualname__, Dog.__module__)
print(Dog.__dict__["species"], "speak" in Dog.__dict__, hasattr(d, "name"), getattr(d, "nope", "dflt"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog()
except TypeError as e:
    print("TypeError:", e)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.x, Empty.__bases__, Empty.__mro__)
print(repr(e)[:17], str(Empty)[:50])
