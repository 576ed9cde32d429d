import sys
async def coro_fn():
    return 1
async def agen_fn():
    yield 1
def gen_fn():
    yield 1
c = coro_fn()
print(type(coro_fn).__name__, type(c).__name__, type(agen_fn()).__name__, type(gen_fn()).__name__)
print(coro_fn.__code__.co_flags & 0x80 != 0, agen_fn.__code__.co_flags & 0x200 != 0, gen_fn.__code__.co_flags & 0x20 != 0)
print(hasattr(c, "send"), hasattr(c, "__await__"), hasattr(c, "__next__"), hasattr(c, "__iter__"))
aw = c.__await__()
print(type(aw).__name__)
try:
    next(aw)
except StopIteration as e:
    print("result via __await__:", e.value)
class AwaitableObj:
    def __await__(self):
        return iter(["x"])
async def use():
    return await AwaitableObj()
u = use()
print(u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print("value", e.value)
