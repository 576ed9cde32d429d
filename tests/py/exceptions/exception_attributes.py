e = ValueError("msg", 42)
print(e.args, str(e), repr(e), e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
print(str(ValueError()), repr(ValueError()), str(ValueError("")), str(ValueError(None)), str(KeyError("k")), str(KeyError()))
print(repr(KeyError("k")), str(KeyError("a", "b")), str(IndexError(5)), repr(OSError(2, "No such file")))
err = OSError(2, "No such file or directory", "path.txt")
print(err.errno, err.strerror, err.filename, str(err), type(err).__name__)
print(type(OSError(2, "x")).__name__, isinstance(OSError(2, "x"), FileNotFoundError))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
e2 = Exception("x")
e2.args = ("changed", 1)
print(str(e2), e2.args)
n = NameError("nm", name="foo")
print(n.name, AttributeError("a", name="n", obj=5).obj)
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError as second:
            print(second.__context__ is first)
            raise
except TypeError as t:
    print(repr(t), repr(t.__context__))
