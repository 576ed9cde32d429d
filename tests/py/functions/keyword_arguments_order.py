def show(**kw):
    return list(kw.items())
print(show(b=1, a=2, c=3))
print(show(**{"z": 1, "y": 2}, x=3))
def f(a, b, c):
    return a, b, c
log = []
def v(x):
    log.append(x)
    return x
print(f(v(1), c=v(3), b=v(2)), log)
log.clear()
print(f(*[v("p1")], **{"c": v("c"), "b": v("b")}), log)
def kwonly(*, first, second):
    return first, second
print(kwonly(second=2, first=1))
def collect(*args, sep="-", **kw):
    return sep.join(map(str, args)) + str(sorted(kw.items()))
print(collect(1, 2, 3), collect(sep="+"), collect(1, x=1, sep="", y=2))
print(dict(b=1, a=2), dict({"z": 0}, y=1))
