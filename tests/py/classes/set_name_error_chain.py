# An exception in __set_name__ becomes RuntimeError whose __cause__ and __context__ are it.
class D:
    def __set_name__(self, owner, name):
        raise TypeError("bad " + name)
try:
    class A:
        x = D()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
except TypeError as e:
    print("TypeError", e)
