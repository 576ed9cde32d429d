# Exceptions raised inside tasks and coroutines, gather(return_exceptions=...), chaining.
import asyncio


async def bad(n):
    await asyncio.sleep(0)
    if n == 0:
        raise ZeroDivisionError("n is zero")
    return 10 // n


async def main():
    try:
        await bad(0)
    except ZeroDivisionError as e:
        print("direct:", e)

    t = asyncio.create_task(bad(0))
    try:
        await t
    except ZeroDivisionError as e:
        print("task:", e, t.done(), repr(t.exception()))

    res = await asyncio.gather(bad(1), bad(0), bad(2), return_exceptions=True)
    print(res)

    try:
        await asyncio.gather(bad(1), bad(0), bad(2))
    except ZeroDivisionError as e:
        print("gather raised:", e)

    # exception chaining across await
    async def wrapper():
        try:
            await bad(0)
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    try:
        await wrapper()
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__))

    # StopIteration inside a coroutine becomes RuntimeError
    async def stopper():
        raise StopIteration
    try:
        await stopper()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # exceptions set on futures
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError("missing"))
    try:
        await f
    except KeyError as e:
        print("future exception:", repr(e))
    f = loop.create_future()
    try:
        f.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)

    # the traceback of a task exception points into the coroutine
    t = asyncio.create_task(bad(0))
    await asyncio.wait([t])
    exc = t.exception()
    tb = exc.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

    # exception handler of the loop
    seen = []
    loop.set_exception_handler(
        lambda lp, ctx: seen.append((ctx["message"].split(" at ")[0], repr(ctx["exception"]))))
    def cb():
        raise ValueError("in callback")
    loop.call_soon(cb)
    await asyncio.sleep(0)
    print(seen)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())


asyncio.run(main())


async def crash():
    await asyncio.sleep(0)
    raise LookupError("uncaught in main")

asyncio.run(crash())
