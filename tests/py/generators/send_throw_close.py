def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(next(c))
try:
    c.throw(TypeError("tt"))
except TypeError as e:
    print("propagated TypeError", e)
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
cl = closer()
print(next(cl))
cl.close()
cl.close()
print(list(cl))
g2 = acc()
try:
    g2.send(1)
except TypeError as e:
    print("TypeError:", e)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ie = ignore_exit()
next(ie)
try:
    ie.close()
except RuntimeError as e:
    print("RuntimeError:", e)
