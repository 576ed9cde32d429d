# asyncio.Runner, contextvars in tasks, wait_for on futures, loop reuse, debug flag and
# the event loop policy.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0)
    return await inner()


async def inner():
    await asyncio.sleep(0)
    return request_id.get()


async def main():
    # each task runs in a copy of the context
    res = await asyncio.gather(*(handler(i) for i in range(3)))
    print(res, request_id.get())
    request_id.set("outer")
    t = asyncio.create_task(inner())
    request_id.set("changed after create_task")
    print(await t)
    ctx = contextvars.Context()
    t = asyncio.create_task(inner(), context=ctx) if hasattr(asyncio.Task, "get_context") else None
    print(await t if t else "no context arg")


asyncio.run(main())

with asyncio.Runner() as runner:
    print(runner.run(asyncio.sleep(0, "first")))
    loop = runner.get_loop()
    print(runner.run(asyncio.sleep(0, "second")), runner.get_loop() is loop)
    print(loop.is_closed())
print(loop.is_closed())

with asyncio.Runner(debug=False) as runner:
    async def dbg():
        return asyncio.get_running_loop().get_debug()
    print("debug:", runner.run(dbg()))

runner = asyncio.Runner()
runner.close()
try:
    runner.run(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)

# the default policy and explicit loops
policy = asyncio.get_event_loop_policy()
print(type(policy).__name__)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(asyncio.sleep(0, "explicit loop")))


async def counter(n):
    total = 0
    for i in range(n):
        total += i
        if i % 100 == 0:
            await asyncio.sleep(0)
    return total

tasks = [loop.create_task(counter(1000)) for _ in range(3)]
print(loop.run_until_complete(asyncio.gather(*tasks)))
asyncio.set_event_loop(None)
loop.close()

# many concurrent tasks finish in a deterministic order
async def many():
    order = []
    async def w(i):
        await asyncio.sleep(0)
        order.append(i)
    await asyncio.gather(*(w(i) for i in range(50)))
    print(order == list(range(50)))
    # sleeping tasks wake in deadline order
    order.clear()
    async def s(i, d):
        await asyncio.sleep(d)
        order.append(i)
    await asyncio.gather(s(0, 0.03), s(1, 0.01), s(2, 0.02), s(3, 0))
    print(order)

asyncio.run(many())

# the selector event loop over each selector class (wasm has no epoll: poll is the default)
import selectors
import socket
for sel_cls in (selectors.PollSelector, selectors.SelectSelector):
    loop = asyncio.SelectorEventLoop(sel_cls())

    async def roundtrip():
        a, b = socket.socketpair()
        a.setblocking(False)
        b.setblocking(False)
        async def later():
            await asyncio.sleep(0.01)
            await loop.sock_sendall(a, b"data")
        t = asyncio.create_task(later())
        got = await loop.sock_recv(b, 10)
        await t
        a.close()
        b.close()
        return got

    print(sel_cls.__name__, loop.run_until_complete(roundtrip()))
    loop.close()
