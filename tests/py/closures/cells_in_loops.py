def make():
    out = []
    for i in range(3):
        def f(i=i):
            return i * 10
        out.append(f)
    return out
print([f() for f in make()])
def gens():
    return [(lambda x: lambda: x)(i) for i in range(3)]
print([g() for g in gens()])
def accumulate():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    for v in [1, 2, 3]:
        add(v)
    return total
print(accumulate())
def cell_del():
    x = 1
    def f():
        return x
    del x
    try:
        return f()
    except NameError as e:
        return str(e)
print(cell_del())
def class_in_closure():
    val = 42
    class K:
        attr = val
        def m(self):
            return val
    return K.attr, K().m()
print(class_in_closure())
