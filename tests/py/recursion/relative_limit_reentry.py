# Divergences found by CPython's test_exceptions (test_recursion_in_except_handler): the depth
# sys.setrecursionlimit reports, and calls from C++ back into Python (next() of a generator,
# a class's __init__, a with statement's __enter__) cost what they cost in CPython, so a
# limit a few levels above the current depth leaves the same room.
import sys


def depth_error():
    try:
        sys.setrecursionlimit(1)
    except RecursionError as e:
        return str(e)


print(depth_error())


def nested():
    return depth_error()


print(nested())


class C:
    def __init__(self):
        self.msg = depth_error()


print(C().msg)
print(C().msg)


def set_relative_recursion_limit(n):
    depth = 1
    while True:
        try:
            sys.setrecursionlimit(depth)
        except RecursionError:
            depth += 1
        else:
            break
    sys.setrecursionlimit(depth + n)


def recurse_in_except():
    try:
        1/0
    except:
        recurse_in_except()


def recurse_after_except():
    try:
        1/0
    except:
        pass
    recurse_after_except()


def recurse_in_body_and_except():
    try:
        recurse_in_body_and_except()
    except:
        recurse_in_body_and_except()


class Base:
    def __init__(self):
        self.ok = True


class Derived(Base):
    def __init__(self):
        super().__init__()


def g2():
    yield 5


class CM:
    def __enter__(self):
        return next(g2())

    def __exit__(self, *a):
        return False


def room():
    with CM() as v:
        return v + Derived().ok


old = sys.getrecursionlimit()
try:
    set_relative_recursion_limit(10)
    print("room:", room())
    for func in (recurse_in_except, recurse_after_except, recurse_in_body_and_except):
        try:
            func()
        except RecursionError:
            print("RecursionError from", func.__name__)
        else:
            print("no RecursionError")
finally:
    sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
