# A class whose __call__ is one of its own instances: calling recurses through the call slot
# (in C++) and must end in RecursionError, not a crash (SF bug 532646).
class A:
    pass


A.__call__ = A()
a = A()
try:
    a()
except RecursionError as e:
    print("RecursionError", e)


class B:
    def __call__(self, x):
        return x * 2


B.__call__ = B.__call__
print(B()(21))
try:
    a(1, k=2)
except RecursionError as e:
    print("RecursionError again", str(e).startswith("maximum recursion depth exceeded"))
