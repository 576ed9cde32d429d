# Event loop scheduling: call_soon/call_later/call_at ordering, handles, loop.time, futures.
import asyncio


def main_sync():
    loop = asyncio.new_event_loop()
    order = []
    # Deadlines far apart, and call_at relative to a time taken before the other calls, so a
    # loaded machine cannot reorder them.
    base = loop.time()
    loop.call_soon(order.append, "soon1")
    loop.call_later(0.6, order.append, "later100")
    loop.call_later(0.02, order.append, "later20")
    loop.call_later(0, order.append, "later0")
    loop.call_soon(order.append, "soon2")
    h = loop.call_soon(order.append, "cancelled")
    h.cancel()
    print(h.cancelled())
    loop.call_at(base + 0.3, order.append, "at60")
    loop.call_later(0.7, loop.stop)
    loop.run_forever()
    print(order)

    # same deadline: the order heapq gives
    order.clear()
    when = loop.time() + 0.005
    for i in range(5):
        loop.call_at(when, order.append, i)
    loop.call_at(when + 0.001, loop.stop)
    loop.run_forever()
    print(order)

    # timer handle
    th = loop.call_later(10, print, "never")
    print(type(th).__name__, th.when() > loop.time())
    th.cancel()
    print(th.cancelled())

    # loop.time() is monotonic
    times = [loop.time() for _ in range(100)]
    print(all(a <= b for a, b in zip(times, times[1:])))
    t0 = loop.time()
    loop.run_until_complete(asyncio.sleep(0.02))
    print(0.015 <= loop.time() - t0 < 5)

    # run_until_complete returns the result; futures done callbacks
    fut = loop.create_future()
    log = []
    fut.add_done_callback(lambda f: log.append(("cb1", f.result())))
    fut.add_done_callback(lambda f: log.append(("cb2", f.result())))
    loop.call_soon(fut.set_result, 42)
    print(loop.run_until_complete(fut), log)
    f2 = loop.create_future()
    cb = lambda f: log.append("removed")
    f2.add_done_callback(cb)
    print(f2.remove_done_callback(cb))
    f2.set_result(None)
    loop.run_until_complete(f2)
    print(log)

    # callbacks with context
    import contextvars
    var = contextvars.ContextVar("var", default="default")
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in ctx")
    seen = []
    loop.call_soon(lambda: seen.append(var.get()), context=ctx)
    loop.call_soon(lambda: seen.append(var.get()))
    loop.run_until_complete(asyncio.sleep(0))
    print(seen)

    print(loop.is_running(), loop.is_closed())
    loop.close()
    print(loop.is_closed())
    try:
        loop.call_soon(print, "x")
    except RuntimeError as e:
        print("RuntimeError:", e)

    # run_until_complete on a non-future
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(42)
    except TypeError as e:
        print("TypeError:", e)
    loop.close()


main_sync()


async def coro_main():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, 1)
    loop.call_soon(order.append, 2)
    t = asyncio.create_task(asyncio.sleep(0))
    t.add_done_callback(lambda _: order.append("task done"))
    await asyncio.sleep(0)
    order.append("after sleep0")
    await t
    await asyncio.sleep(0)
    print(order)

    # Future repr states
    f = loop.create_future()
    print(repr(f).split()[0], f.done(), f.cancelled())
    f.set_result([1, 2])
    print(repr(f))
    print(asyncio.isfuture(f), asyncio.isfuture(42))

    # wrap_future-free ensure_future
    t = asyncio.ensure_future(asyncio.sleep(0, "ens"))
    print(type(t).__name__, await t)
    print(asyncio.ensure_future(f) is f)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

    # get_event_loop inside a coroutine returns the running loop
    print(asyncio.get_event_loop() is loop)

    # await a future resolved later
    f = loop.create_future()
    loop.call_later(0.005, f.set_result, "late")
    print(await f)


asyncio.run(coro_main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
