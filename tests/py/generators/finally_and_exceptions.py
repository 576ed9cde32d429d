def g():
    try:
        yield 1
        raise ValueError("inside gen")
    finally:
        print("finally in gen")
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("got", e)
def h():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
x = h()
next(x)
del x
print("after del")
def ret_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
r = ret_in_finally()
next(r)
try:
    r.throw(KeyError)
except StopIteration as e:
    print("StopIteration value:", e.value)
def gen_exc_context():
    try:
        raise KeyError("a")
    except KeyError:
        yield sys_exc()
import sys
def sys_exc():
    return repr(sys.exc_info()[1])
print(list(gen_exc_context()))
