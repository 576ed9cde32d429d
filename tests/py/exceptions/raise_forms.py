def r1():
    raise ValueError
def r2():
    raise ValueError("with message")
def r3():
    e = ValueError("instance")
    raise e
def r4():
    raise ValueError("a") from None
def r5():
    raise ValueError("b") from KeyError("cause")
for fn in (r1, r2, r3, r4, r5):
    try:
        fn()
    except ValueError as e:
        print(fn.__name__, repr(e), repr(e.__cause__), e.__suppress_context__)
class CustomNew(Exception):
    def __new__(cls, *a):
        print("CustomNew.__new__", a)
        return super().__new__(cls, *a)
try:
    raise CustomNew
except CustomNew as e:
    print("raised class instantiated:", repr(e))
try:
    raise CustomNew("x") from CustomNew
except CustomNew as e:
    print(repr(e.__cause__))
