class C:
    def __add__(self, o):
        return "instance add"
c = C()
c.__add__ = lambda o: "patched on instance"
print(c + 1, c.__add__(1))
C.__add__ = lambda self, o: "patched on class"
print(c + 1)
class L:
    def __len__(self):
        return 5
l = L()
l.__len__ = lambda: 10
print(len(l), l.__len__())
class Meta(type):
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"
    def __add__(cls, o):
        return f"{cls.__name__}+{o.__name__}"
    def __call__(cls, *a):
        return "called " + cls.__name__
class X(metaclass=Meta):
    pass
class Y(metaclass=Meta):
    pass
print(X[1], X + Y, X(), Y())
