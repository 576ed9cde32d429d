try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e, repr(e), e.args, str(e), type(e).__name__)
for exc in [ValueError(), ValueError("x"), ValueError(1, 2), KeyError("k"), KeyError(1, 2), KeyError(), IndexError(5), OSError(999, "No such file"), OSError(999, "nsf", "fname"), OSError("x"), FileNotFoundError(999, "nope", "f.txt"), StopIteration(5), SystemExit(3), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), Exception(None), BaseException("b"), AttributeError("attr"), NameError("n"), ZeroDivisionError(), SyntaxError("msg"), SyntaxError("msg", ("f.py", 1, 2, "x y", 1, 3))]:
    print(repr(exc), "|", str(exc), "|", exc.args)
import errno
e = OSError(errno.ENOENT, "nsf", "fname"); print(e.errno == errno.ENOENT, e.strerror, e.filename, type(e).__name__, type(OSError(errno.ENOENT, "x")).__name__, isinstance(OSError(errno.ENOENT, "x"), FileNotFoundError))
print(type(OSError(errno.EEXIST, "x")).__name__, type(OSError(errno.EACCES, "x")).__name__, type(OSError(999, "x")).__name__, IOError is OSError, EnvironmentError is OSError)
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, KeyError("k").args)
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
try:
    raise TypeError from ValueError("cause")
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("ctx")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("ctx") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise 1
except TypeError as e:
    print(e)
try:
    raise ValueError from 1
except TypeError as e:
    print(e)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(5)
except Exception as e:
    print(e, e.code, repr(e), e.args)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(repr(e), str(e), e.args)
class StrErr(Exception):
    def __str__(self): return "custom str"
print(StrErr("x"), repr(StrErr("x")))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
h()
try:
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
except ValueError as e:
    print("outer", e)
try:
    pass
except:
    pass
else:
    print("else ran")
finally:
    print("finally ran")
e = None
try:
    raise ValueError("gone")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ex:
    print(ex)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("v", repr(eg), eg.exceptions)
except* TypeError as eg:
    print("t", eg.message, eg.exceptions)
eg = ExceptionGroup("m", [ValueError("a"), KeyError("b"), ExceptionGroup("n", [ValueError("c")])])
print(eg, repr(eg), len(eg.exceptions))
match, rest = eg.split(ValueError); print(repr(match), repr(rest))
print(repr(eg.subgroup(KeyError)), eg.subgroup(OSError))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print(e)
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
print(issubclass(KeyError, LookupError), issubclass(UnicodeDecodeError, ValueError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(TimeoutError, OSError), BrokenPipeError.__mro__[1].__name__, issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception))
e = ValueError("x"); e.args = ("y", 2); print(e); e.extra = 1; print(e.extra)
e2 = Exception(); print(e2.__traceback__, e2.with_traceback(None) is e2)
try:
    raise ValueError("tb")
except ValueError as e:
    print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno > 0)
e3 = ValueError("n"); e3.add_note("note1"); e3.add_note("note2"); print(e3.__notes__)
try:
    e3.add_note(1)
except TypeError as ex:
    print(ex)
print(ImportError("m", name="mod", path="p").name, AttributeError("a", name="n", obj=1).name, NameError("x", name="nn").name)
