# Divergences found by CPython's test_exceptions: "Did you mean" for an AttributeError raised
# by __getattr__ without arguments (getattr fills in name/obj), none for subclasses such as
# UnboundLocalError, SyntaxError's argument checks, and f_lineno after a finally block.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


def last_line_of_report():
    cap = Capture()
    saved = sys.stderr
    sys.stderr = cap
    try:
        sys.__excepthook__(*sys.exc_info())
    finally:
        sys.stderr = saved
    return "".join(cap.parts).rstrip("\n").split("\n")[-1]


class NoStr:
    __str__ = None
    __repr__ = None


def make(raiser):
    class A:
        blech = None

        def __getattr__(self, attr):
            raiser()
    return A


def r0():
    raise AttributeError()


def r1():
    raise AttributeError


def r2():
    raise AttributeError("Error", 23)


def r3():
    raise AttributeError(23)


def r4():
    raise AttributeError(NoStr())


for raiser in (r0, r1, r2, r3, r4):
    try:
        make(raiser)().bluch
    except AttributeError as e:
        print(raiser.__name__, e.name, type(e.obj).__name__, "|", last_line_of_report())

# Explicit name/obj are kept.
class B:
    def __getattr__(self, attr):
        raise AttributeError("custom", name="other", obj=42)
try:
    B().x
except AttributeError as e:
    print(e.name, e.obj)

# getattr() with a default swallows it; hasattr too.
print(getattr(make(r0)(), "bluch", "default"), hasattr(make(r0)(), "bluch"))


class MyAttributeError(AttributeError):
    pass


class C:
    blech = None

    def __getattr__(self, attr):
        raise MyAttributeError(attr)


try:
    C().bluch
except AttributeError:
    print("subclass:", last_line_of_report())


def unbound():
    something = 3
    print(somethong)
    somethong = 3


try:
    unbound()
except UnboundLocalError:
    print("unbound:", last_line_of_report())

try:
    somethinq
except NameError:
    print("name:", last_line_of_report())

for args in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1),
             ("bad.py", 1, 2, "abcdefg", 1, 3), ["bad.py", 1, 2, "text"]]:
    try:
        e = SyntaxError("bad bad", args)
        print("ok", e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except TypeError as e:
        print("TypeError:", e)


def in_try():
    try:
        1/0
    finally:
        pass


def in_finally_normal():
    try:
        pass
    finally:
        1/0
        pass


for fn in (in_try, in_finally_normal):
    try:
        fn()
    except ZeroDivisionError as ex:
        t = ex.__traceback__.tb_next
        print(fn.__name__, t.tb_frame.f_lineno - t.tb_frame.f_code.co_firstlineno)
