# Long __context__ chains are freed without C++ recursion as deep as the chain (the wasm
# build's V8 stack is small): exceptions raised in except handlers of an exponential
# recursion, and a 200,000-long chain built by hand.
import sys


def recurse_in_body_and_except():
    try:
        recurse_in_body_and_except()
    except RecursionError:
        recurse_in_body_and_except()


def relative_limit(n):
    depth = 1
    while True:
        try:
            sys.setrecursionlimit(depth)
        except RecursionError:
            depth += 1
        else:
            break
    sys.setrecursionlimit(depth + n)


old = sys.getrecursionlimit()
for n in (8, 10):
    relative_limit(n)
    try:
        recurse_in_body_and_except()
    except RecursionError as e:
        length = 0
        x = e
        while x is not None:
            length += 1
            x = x.__context__
        print(n, 'caught, chain longer than 100:', length > 100)
    sys.setrecursionlimit(old)
    print(n, 'after')


def chain(n):
    err = None
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError as e:
            e.__context__ = err
            err = e
    return err


e = chain(200000)
print(type(e).__name__, e.args, type(e.__context__).__name__)
del e
print('freed')
