# Async generators, async comprehensions, async with / async for under asyncio.
import asyncio


async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def agen_with_cleanup(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("agen cleanup")


class AsyncCM:
    def __init__(self, name, log):
        self.name, self.log = name, log

    async def __aenter__(self):
        await asyncio.sleep(0)
        self.log.append(f"enter {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        return et is KeyError


class AsyncIter:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * self.i


async def main():
    print([i async for i in ticker(5)])
    print({i: i * i async for i in ticker(4) if i % 2 == 0})
    print({i % 3 async for i in ticker(7)})
    print([x async for x in AsyncIter(4)])
    print([await asyncio.sleep(0, i) for i in range(3)])
    total = 0
    async for v in ticker(4, 0.001):
        total += v
    print("total", total)

    # generator expression in async context
    g = (i * 2 async for i in ticker(3))
    print(type(g).__name__, [x async for x in g])

    # manual stepping: asend / athrow / aclose
    log = []
    ag = agen_with_cleanup(log)
    print(await ag.__anext__(), await ag.asend(None), await anext(ag))
    try:
        await ag.athrow(ValueError("thrown"))
    except ValueError as e:
        print("athrow ->", e, log)
    ag = agen_with_cleanup(log)
    await anext(ag)
    await ag.aclose()
    print(log)
    print(await anext(ticker(0), "default"))
    try:
        await anext(ticker(0))
    except StopAsyncIteration:
        print("StopAsyncIteration")

    # break out of async for; finalization by aclose
    log.clear()
    ag = agen_with_cleanup(log)
    async for i in ag:
        if i == 2:
            break
    await ag.aclose()
    print("after break", log)

    # async with
    log = []
    async with AsyncCM("a", log) as a, AsyncCM("b", log) as b:
        log.append(f"body {a.name}{b.name}")
    async with AsyncCM("c", log):
        raise KeyError("swallowed")
    try:
        async with AsyncCM("d", log):
            raise IndexError("propagates")
    except IndexError:
        log.append("caught IndexError")
    print(log)

    # contextlib.asynccontextmanager is not allowed here; aiter/anext builtins
    it = aiter(AsyncIter(2))
    print(await anext(it), await anext(it), await anext(it, "end"))

    # async generator that awaits other tasks
    async def fanout():
        for coro in asyncio.as_completed([asyncio.sleep(0.02, "slow"), asyncio.sleep(0.001, "fast")]):
            yield await coro
    print([x async for x in fanout()])


asyncio.run(main())


# asyncio.run shuts down async generators that were left suspended
log = []

async def leave_open():
    ag = agen_with_cleanup(log)
    await anext(ag)
    await anext(ag)
    log.append("main done")
    globals()["keep"] = ag

asyncio.run(leave_open())
print(log)
