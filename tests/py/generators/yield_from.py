def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-done"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("done")
def delegate_list():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
print(list(delegate_list()))
def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        print("sub caught KeyError")
        yield 99
def main():
    yield from sub()
m = main()
print(next(m), m.throw(KeyError("k")))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5]])))
