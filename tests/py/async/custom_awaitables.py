class Yielder:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield ("yielded", self.value)
        return f"resumed with {got}"
async def task():
    r1 = await Yielder(1)
    print("r1:", r1)
    r2 = await Yielder(2)
    print("r2:", r2)
    return "task done"
coro = task()
print(coro.send(None))
print(coro.send("A"))
try:
    coro.send("B")
except StopIteration as e:
    print("result:", e.value)
class Bad:
    def __await__(self):
        return 5
async def use_bad():
    await Bad()
try:
    use_bad().send(None)
except TypeError as e:
    print("TypeError:", e)
async def await_int():
    await 5
try:
    await_int().send(None)
except TypeError as e:
    print("TypeError:", e)
class GenAwait:
    def __await__(self):
        yield "one"
        yield "two"
        return 3
async def multi():
    return await GenAwait()
m = multi()
print(m.send(None), m.send(None))
try:
    m.send(None)
except StopIteration as e:
    print("value", e.value)
c = task()
c.send(None)
try:
    c.throw(KeyError("injected"))
except KeyError as e:
    print("KeyError propagated:", e)
