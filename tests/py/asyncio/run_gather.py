# asyncio.run, create_task, gather, sleep and task results.
import asyncio


async def add(a, b, delay):
    await asyncio.sleep(delay)
    return a + b


async def noisy(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * n


async def main():
    print("running:", asyncio.get_running_loop().is_running())
    print(await add(1, 2, 0))
    t = asyncio.create_task(add(3, 4, 0.01))
    print(type(t).__name__, t.done())
    print(await t, t.done(), t.result())

    # gather keeps argument order regardless of completion order
    res = await asyncio.gather(add(1, 1, 0.03), add(2, 2, 0.01), add(3, 3, 0.02))
    print("gather:", res)

    # interleaving with sleep(0) is round robin
    log = []
    res = await asyncio.gather(noisy("a", 3, log), noisy("b", 2, log), noisy("c", 3, log))
    print(log)
    print(res)

    # gather of nothing, and of plain futures
    print(await asyncio.gather())
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "fut")
    print(await asyncio.gather(f, add(0, 0, 0)))

    # task names
    t1 = asyncio.create_task(add(0, 1, 0), name="worker-1")
    print(t1.get_name())
    t1.set_name("renamed")
    print(t1.get_name(), await t1)

    # current_task / all_tasks
    me = asyncio.current_task()
    print(me is not None, me in asyncio.all_tasks())

    # sleep returns its result argument
    print(await asyncio.sleep(0, result="slept"))

    # iscoroutine / iscoroutinefunction
    c = add(1, 2, 0)
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print))
    print(await c)
    return "done"


print(asyncio.run(main()))
print(asyncio.run(add(5, 6, 0)))

try:
    asyncio.run(add(1, 2, 0), debug=False)
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)


async def nested():
    c = add(1, 1, 0)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()

asyncio.run(nested())
