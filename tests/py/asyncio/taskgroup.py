# asyncio.TaskGroup (3.11): results, errors as ExceptionGroup, sibling cancellation.
import asyncio


async def work(x, d=0):
    await asyncio.sleep(d)
    return x * 10


async def fail(msg, d=0):
    await asyncio.sleep(d)
    raise ValueError(msg)


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(1))
        t2 = tg.create_task(work(2, 0.01))
        t3 = tg.create_task(work(3), name="third")
    print(t1.result(), t2.result(), t3.result(), t3.get_name())

    # one failure cancels the siblings
    log = []

    async def long_sibling():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append("sibling cancelled")
            raise

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long_sibling())
            tg.create_task(fail("first", 0.01))
    except* ValueError as eg:
        print("caught:", type(eg).__name__, [str(e) for e in eg.exceptions])
    print(log)

    # several failures end up in one group
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("a"))
            tg.create_task(fail("b"))
            tg.create_task(work(5))
    except ExceptionGroup as eg:
        print(eg.message, sorted(str(e) for e in eg.exceptions))

    # mixed exception types and except*
    async def ke():
        raise KeyError("key")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("v"))
            tg.create_task(ke())
    except* ValueError as eg:
        print("value part:", [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("key part:", [repr(e) for e in eg.exceptions])

    # error in the body of the async with
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(long_sibling())
            await asyncio.sleep(0)
            raise RuntimeError("body")
    except* RuntimeError as eg:
        print("body error:", eg.exceptions, t.cancelled())

    # create_task after the group finished
    tg = asyncio.TaskGroup()
    async with tg:
        pass
    c = work(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()

    # tasks added from inside a task of the group
    async def spawner(tg):
        await asyncio.sleep(0)
        return tg.create_task(work(7))
    async with asyncio.TaskGroup() as tg:
        st = tg.create_task(spawner(tg))
    print(st.result().result())
    print(repr(asyncio.TaskGroup())[:11])


asyncio.run(main())
