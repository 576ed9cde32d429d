# A task whose exception nobody retrieves is reported to the loop's exception handler as
# soon as the task becomes unreachable (not only at the next garbage collection).
import asyncio


def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]))


async def failing(i):
    raise ValueError(i, i + 1)


async def quiet(i):
    return i * 10


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)

    asyncio.create_task(failing(0))
    print("sleep 1")
    for _ in range(2):
        await asyncio.sleep(0)
    print("after 1")

    asyncio.create_task(failing(1))
    asyncio.create_task(failing(2))
    asyncio.create_task(quiet(3))
    print("sleep 2")
    for _ in range(2):
        await asyncio.sleep(0)
    print("after 2")

    # Retrieved exceptions are not reported.
    t = asyncio.create_task(failing(4))
    await asyncio.sleep(0)
    try:
        await t
    except ValueError as e:
        print("awaited:", repr(e))
    del t

    t = asyncio.create_task(failing(5))
    await asyncio.sleep(0)
    print("exception():", repr(t.exception()))
    del t
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
