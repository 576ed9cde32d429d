x = "global"
def read():
    return x
def write():
    global x
    x = "changed"
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
write()
print(x)
def unbound_local():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1
unbound_local()
def outer():
    a = 1
    def inner():
        nonlocal a
        a += 1
        def innermost():
            nonlocal a
            a *= 10
        innermost()
    inner()
    return a
print(outer())
def make_global():
    global brand_new
    brand_new = "created"
make_global()
print(brand_new)
counter = 0
def bump():
    global counter
    for _ in range(5):
        counter += 1
bump()
print(counter)
print(sorted(k for k in globals() if not k.startswith("__")))
