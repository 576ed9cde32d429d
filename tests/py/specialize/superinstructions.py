# Pairs of LOAD_FAST/LOAD_CONST/STORE_FAST run as one instruction (CPython 3.11's
# superinstructions): an error in either half reports its own line, handlers of either half
# apply, jumps to the second half run it alone, and co_code shows the plain instructions.
import sys
import traceback


def unbound_second(flag):
    if flag:
        b = 2
    a = 1
    return (a,
            b)


def unbound_first(flag):
    if flag:
        a = 1
    b = 2
    return (a,
            b)


for fn in (unbound_first, unbound_second):
    for _ in range(3):
        try:
            fn(False)
        except UnboundLocalError as e:
            tb = e.__traceback__
            while tb.tb_next:
                tb = tb.tb_next
            print(fn.__name__, e, tb.tb_lineno - fn.__code__.co_firstlineno)
    print(fn(True))


def store_then_load(n):
    total = 0
    for i in range(n):
        x = i * 2
        y = x
        x, y = y, x + 1
        total += x + y
        s = 'a'
        s += str(i)
        t = s
        total += len(t)
    return total


print(store_then_load(100))


def handler_between(v):
    out = []
    try:
        a = v
        b = a
    except NameError:
        out.append('no')
    try:
        c = undefined_name_xyz
    except NameError as e:
        out.append(str(e))
    q = b
    return out, a, b, q


print(handler_between(5))


def jump_into_second(n):
    r = []
    i = 0
    while i < n:
        k = i
        if k % 2:
            k = -k
        r.append(k)
        i = k if k > 0 else -k
        i = i + 1
    return r


print(jump_into_second(10))


def loop_locals():
    acc = 0
    for i in range(50):
        a = i
        b = a
        c = b
        acc = acc + a + b + c + 1
    return acc


print(loop_locals())



def gen(n):
    for i in range(n):
        a = i
        yield a
        b = a
        yield b


print(list(gen(4)))

try:
    unbound_second(False)
except UnboundLocalError:
    lines = traceback.format_exc().splitlines()
    print(lines[-1])
    print(lines[-2].strip())

before = loop_locals.__code__.co_code
for _ in range(20):
    loop_locals()
print(before == loop_locals.__code__.co_code)
