def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i * 10
    print("agen finished")
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume()))
async def comp():
    return [v async for v in agen(4) if v != 10]
print(run(comp()))
g = agen(2)
print(type(g).__name__, g.__name__)
async def manual():
    it = g.__aiter__()
    a = await it.__anext__()
    b = await anext(it)
    try:
        await it.__anext__()
    except StopAsyncIteration:
        return a, b, "stopped"
print(run(manual()))
async def with_default():
    it = agen(0)
    return await anext(it, "default")
print(run(with_default()))
async def asend_gen():
    received = yield "first"
    print("received", received)
    yield "second"
async def drive():
    ag = asend_gen()
    print(await ag.asend(None))
    print(await ag.asend("hello"))
    await ag.aclose()
    return "closed"
print(run(drive()))
