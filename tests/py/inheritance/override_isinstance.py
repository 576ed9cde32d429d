class Animal:
    sound = "..."
    def speak(self):
        return f"{type(self).__name__}: {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
class Cat(Animal):
    sound = "meow"
for a in [Animal(), Dog(), Puppy(), Cat()]:
    print(a.speak(), isinstance(a, Dog), isinstance(a, Animal), isinstance(a, (Cat, Dog)))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Cat, (Dog, Animal)))
print(issubclass(bool, int), issubclass(int, object), isinstance(Dog, type), isinstance(1, object))
print(Dog.__bases__, Puppy.__base__, sorted(c.__name__ for c in Animal.__subclasses__()))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
