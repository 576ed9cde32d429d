class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * factor for v in vals for factor in [vals[0]]]
    except NameError as e:
        err = str(e)
print(C.doubled)
print(getattr(C, "err", "no error"), getattr(C, "bad", None))
def f():
    y = 10
    return [x + y for x in range(3)]
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs2])
i = "global i"
_ = [i for i in range(2)]
print(i)
def g():
    total = sum(j for j in range(5))
    return total, "j" in dir()
print(g())
print([(yield_ := k) for k in range(2)] if True else None)
print(yield_)
