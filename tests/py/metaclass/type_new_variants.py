class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns = dict(ns)
        for k, v in list(ns.items()):
            if callable(v) and not k.startswith("__"):
                ns[k.upper()] = v
        return super().__new__(mcs, name, bases, ns)
class Api(metaclass=Meta):
    def get(self):
        return "got"
print(Api().GET(), Api().get(), sorted(k for k in vars(Api) if not k.startswith("__")))
class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        return super().__call__(*a, **k)
class A(metaclass=Counting):
    pass
class B(A):
    pass
A(); B(); B()
print(Counting.count, type(B) is Counting)
print(type.__call__(A).__class__.__name__)
X = Meta("X", (), {"run": lambda self: "ran"})
print(X().RUN(), type(X).__name__)
class Repr(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Repr>"
    def __len__(cls):
        return 99
    def __iter__(cls):
        return iter(["a", "b"])
class R(metaclass=Repr):
    pass
print(repr(R), len(R), list(R), str(R))
