excs = [StopIteration(), StopIteration(1, 2), SystemExit(), SystemExit(0), SystemExit("msg"), KeyError(("a", "b")), UnicodeEncodeError("ascii", "héllo", 1, 2, "ordinal not in range(128)"), UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "invalid"), UnicodeTranslateError("abc", 0, 1, "bad"), AttributeError("x", name="n", obj=5), NameError("y", name="nn"), ImportError("z", name="mod", path="/p"), OSError(999, "Permission denied", "f", None, "g"), StopAsyncIteration("s"), BaseExceptionGroup("bg", [KeyboardInterrupt()]), SyntaxError("bad", ("file.py", 3, 5, "x = (", 3, 6))]
for e in excs:
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)
u = UnicodeEncodeError("ascii", "héllo", 1, 2, "ordinal not in range(128)")
print(u.encoding, u.object, u.start, u.end, u.reason)
u.start = 0; u.reason = "changed"; print(str(u))
d = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print(d.object, d.start, str(d))
s = SyntaxError("bad", ("file.py", 3, 5, "x = (", 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.print_file_and_line)
print(StopIteration(7).value, SystemExit(2).code, KeyError("k").args[0], OSError(2, "x").errno, OSError("plain").errno, OSError(2, "x").strerror)
class E(Exception):
    pass
e = E("a", 1)
e.custom = "attr"
print(e.args, e.custom, str(e), repr(e), e.__dict__, E.__mro__[1:3])
e.args = [1]; print(e.args, type(e.args).__name__)
try:
    e.args = 5
except TypeError as ex:
    print(ex)
print(Exception.__new__(Exception).args, BaseException.__init__.__name__, ValueError.__doc__[:20], issubclass(E, BaseException))
class Init(Exception):
    def __init__(self):
        pass
print(repr(Init()), Init().args, str(Init()))
class New(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, "fixed")
print(repr(New(1, 2)), New(1).args)
