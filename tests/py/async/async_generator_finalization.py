def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("agen finally")
async def partial():
    g = agen()
    async for v in g:
        if v == 2:
            break
    print("broke out")
    await g.aclose()
    return "done"
print(run(partial()))
async def athrow_demo():
    async def inner():
        try:
            yield "a"
        except KeyError:
            yield "caught KeyError"
    g = inner()
    first = await g.__anext__()
    second = await g.athrow(KeyError("x"))
    return first, second
print(run(athrow_demo()))
async def return_in_agen():
    async def gen():
        yield 1
        return
    return [x async for x in gen()]
print(run(return_in_agen()))
async def agen_types():
    async def g():
        yield
    it = g()
    return type(it).__name__, type(it.__anext__()).__name__ if False else "awaitable", hasattr(it, "asend")
print(run(agen_types()))
