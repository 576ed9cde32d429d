def a():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
try:
    a()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def b():
    try:
        raise ValueError("v")
    except ValueError as e:
        try:
            raise KeyError("k")
        except KeyError:
            pass
        raise
try:
    b()
except ValueError as e:
    print("re-raised original:", repr(e), e.__context__)
def c():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise
        finally:
            print("finally inside except")
try:
    c()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
import sys
def d():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            print("inner handled, exc_info:", sys.exc_info()[0].__name__)
        print("back in outer handler, exc_info:", sys.exc_info()[0].__name__)
    print("after handlers:", sys.exc_info())
d()
