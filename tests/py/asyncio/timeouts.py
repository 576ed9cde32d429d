# wait_for, asyncio.timeout, wait(), shield and as_completed.
import asyncio


async def slow(x, d):
    await asyncio.sleep(d)
    return x


async def main():
    print(await asyncio.wait_for(slow(1, 0.001), timeout=1))
    try:
        await asyncio.wait_for(slow(2, 10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, e.args, isinstance(e, TimeoutError))

    # wait_for with timeout=None
    print(await asyncio.wait_for(slow(3, 0), None))

    # the inner task is cancelled when wait_for times out
    state = []

    async def track():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            state.append("cancelled")
            raise

    try:
        await asyncio.wait_for(track(), 0.01)
    except TimeoutError:
        state.append("timed out")
    print(state)

    # asyncio.timeout context manager (3.11)
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout cm expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("no deadline:", cm.when(), cm.expired())
    async with asyncio.timeout(5) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.001)
    print("rescheduled:", cm.when())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")

    # wait(): FIRST_COMPLETED / ALL_COMPLETED / timeout
    tasks = [asyncio.create_task(slow(i, i * 0.02)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    t = asyncio.create_task(slow("x", 1))
    done, pending = await asyncio.wait([t], timeout=0.01)
    print(len(done), len(pending))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("t cancelled", t.cancelled())

    # FIRST_EXCEPTION
    async def boom():
        await asyncio.sleep(0.005)
        raise KeyError("k")
    tasks = [asyncio.create_task(boom()), asyncio.create_task(slow(1, 0.5))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), repr(list(done)[0].exception()))
    for p in pending:
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)

    # as_completed yields in completion order
    order = []
    for fut in asyncio.as_completed([slow("c", 0.03), slow("a", 0.01), slow("b", 0.02)]):
        order.append(await fut)
    print(order)

    # shield: the outer wait is cancelled, the inner keeps running
    inner = asyncio.create_task(slow("shielded", 0.02))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.005)
    except TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    print(await inner)

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

    t = asyncio.create_task(slow(1, 0))
    try:
        await asyncio.wait([t], return_when="bad")
    except ValueError as e:
        print("ValueError:", e)
    print(await t)


asyncio.run(main())
