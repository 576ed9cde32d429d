async def f():
    return 1
c = f()
print(c.cr_running, c.cr_frame is not None, c.cr_await, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print(e.value, c.cr_frame)
async def g():
    pass
co = g()
co.close()
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def h():
    await f()
hc = h()
try:
    iter(hc)
except TypeError as e:
    print("TypeError:", e)
hc.close()
async def outer():
    return await f()
x = outer()
try:
    x.send(1)
except TypeError as e:
    print("TypeError:", e)
x.close()
def gen():
    yield
async def awaits_gen():
    await gen()
a = awaits_gen()
try:
    a.send(None)
except TypeError as e:
    print("TypeError:", e)
