print(...)
print(Ellipsis is ..., type(...).__name__)
def stub(): ...
print(stub())
print(None is None, type(None).__name__)
print(True + True, False * 10, True is True)
print(NotImplemented, type(NotImplemented).__name__)
x = [1, ...]
print(x)
print(__debug__)
print(bool(...), bool(None), bool(NotImplemented) if False else "skip")
