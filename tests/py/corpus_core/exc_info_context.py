import sys
def f():
    try:
        raise ValueError("a")
    except ValueError:
        print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
        try:
            raise TypeError("b")
        except TypeError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
f()
def g():
    try:
        yield 1
    except KeyError:
        yield sys.exc_info()[0].__name__
x = g(); next(x); print(x.throw(KeyError))
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally exc_info:", sys.exc_info()[0])
except ValueError:
    pass
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def nested():
    try:
        1 / 0
    except ZeroDivisionError as e:
        try:
            {}["x"]
        except KeyError as e2:
            return e2.__context__ is e
print(nested())
e = ValueError("x")
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
class Custom(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
try:
    raise Custom(1, b=3)
except Custom as c:
    print(c.args, c.b, str(c), repr(c))
try:
    raise Custom
except Custom as c:
    print("no-arg raise class failed?")
except TypeError as t:
    print("TypeError", t)
print(repr(Exception("a", "b")), str(Exception("a", "b")), str(Exception()), repr(Exception()), str(KeyError("x")), str(KeyError("x", "y")), repr(KeyError()))
try:
    int("x")
except ValueError as ve:
    print(ve.args)
try:
    [].pop()
except IndexError as ie:
    print(ie.args)
import errno
try:
    open("/nonexistent/x")
except OSError as oe:
    print(oe.errno == errno.ENOENT, oe.args[1:], oe.filename, oe.filename2, str(oe).split("] ")[1])
err = OSError(1, "two", "three", None, "five")
print(err.filename2, str(err), err.args)
print(str(OSError()), str(OSError("only")), str(OSError(1, 2, 3, 4, 5, 6)), OSError(1, 2, 3, 4, 5, 6).args)
