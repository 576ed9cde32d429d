# The ways exceptions enter and leave the eval loop's frames: raising at a frame's start
# (recursion limit, including in a frame started from C++), throw() into generators with
# and without a handler, re-raising from finally/except (RERAISE with a lasti), unwinding
# through several frames, and exceptions in __init__ run inline.
import sys
import traceback


def tb_names(exc):
    return [fs.name for fs in traceback.extract_tb(exc.__traceback__)]


# Raise several frames deep; the traceback lists every frame.
def a(n):
    if n == 0:
        raise ValueError("deep")
    return a(n - 1) + 1


try:
    a(4)
except ValueError as e:
    print("deep:", e, tb_names(e))


# RERAISE from a finally block and from an except block, with the handler in a caller.
def reraiser(kind):
    try:
        try:
            raise KeyError(kind)
        finally:
            print("finally ran for", kind)
    except KeyError:
        if kind == "bare":
            raise
        raise RuntimeError("converted") from None


for kind in ("bare", "convert"):
    try:
        reraiser(kind)
    except Exception as e:
        print(type(e).__name__, e, tb_names(e))


# throw() into a generator: caught inside, not caught, and into a finished generator.
def gen_catching():
    while True:
        try:
            yield 1
        except ValueError as e:
            print("gen caught", e)
            yield "after catch"


g = gen_catching()
next(g)
print(g.throw(ValueError("t1")))


def gen_plain():
    yield 1
    yield 2


g = gen_plain()
next(g)
try:
    g.throw(TypeError("t2"))
except TypeError as e:
    print("propagated", e, tb_names(e))
try:
    next(g)
except StopIteration:
    print("finished after throw")

g = gen_plain()
try:
    g.throw(IndexError("unstarted"))
except IndexError as e:
    print("unstarted throw", e)


# throw() where the generator's handler needs the lasti (a finally that re-raises).
def gen_finally():
    try:
        yield 1
    finally:
        print("gen finally")


g = gen_finally()
next(g)
try:
    g.throw(ZeroDivisionError("t3"))
except ZeroDivisionError as e:
    print("after finally", e)


# The recursion limit hit in a Python frame and in a frame started from C++ (a key function
# called by sorted), then normal execution continues.
def recurse(n):
    return recurse(n + 1)


try:
    recurse(0)
except RecursionError as e:
    print("RecursionError:", e)


def via_sorted(depth):
    if depth == 0:
        return sorted([3, 1, 2], key=lambda x: via_sorted_key(x))
    return via_sorted(depth - 1)


def via_sorted_key(x):
    return x


old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
hits = 0
for depth in range(40, 70):
    try:
        via_sorted(depth)
    except RecursionError:
        hits += 1
sys.setrecursionlimit(old)
print("sorted at the limit raised", hits > 0, "and recovered", via_sorted(3))


# An exception in __init__ (run as an inline frame) and a non-None __init__ return value.
class Bad:
    def __init__(self, x):
        if x:
            raise LookupError("init failed")


class Returns:
    def __init__(self):
        return 5


try:
    Bad(1)
except LookupError as e:
    print("init:", e, tb_names(e))
try:
    Returns()
except TypeError as e:
    print("init return:", e)
print("ok", type(Bad(0)).__name__)
