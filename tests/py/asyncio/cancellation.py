# Task.cancel, CancelledError, cancel messages, cleanup in finally, uncancel, cancelling().
import asyncio


async def sleeper(log, name, d=10):
    try:
        await asyncio.sleep(d)
        log.append(f"{name} finished")
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    finally:
        log.append(f"{name} cleanup")


async def main():
    log = []
    t = asyncio.create_task(sleeper(log, "t1"))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting raised CancelledError", e.args)
    print(t.cancelled(), t.done(), log)
    print(t.cancel())  # already done

    # cancel with a message
    log.clear()
    t = asyncio.create_task(sleeper(log, "t2"))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)
    print(log)

    # cancelled before it starts running: the coroutine never starts
    log.clear()
    t = asyncio.create_task(sleeper(log, "t3"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", log)

    # result() / exception() of a cancelled task
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raised CancelledError")

    # a task that swallows cancellation
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "ignored cancel"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    # uncancel
    async def uncancelling():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            print("cancelling:", task.cancelling())
            print("uncancel ->", task.uncancel())
        await asyncio.sleep(0)
        return "survived"
    t = asyncio.create_task(uncancelling())
    await asyncio.sleep(0)
    t.cancel()
    print(await t)

    # CancelledError is a BaseException, not an Exception
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

    # gather cancels its children when cancelled
    log.clear()
    g = asyncio.gather(sleeper(log, "g1"), sleeper(log, "g2"))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", sorted(log))

    # gather(return_exceptions=True) reports a cancelled child as CancelledError
    async def cancel_self():
        raise asyncio.CancelledError()
    res = await asyncio.gather(cancel_self(), asyncio.sleep(0, 5), return_exceptions=True)
    print([type(r).__name__ for r in res])

    # cancelling a future
    fut = asyncio.get_running_loop().create_future()
    fut.cancel(msg="fut msg")
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("future cancelled:", e.args)
    # InvalidStateError
    fut2 = asyncio.get_running_loop().create_future()
    try:
        fut2.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut2.set_result(1)
    try:
        fut2.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)


asyncio.run(main())


# Cancelling the main task via an outer KeyboardInterrupt-free path: a run() whose main
# coroutine is cancelled raises CancelledError out of run().
async def self_cancel():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

try:
    asyncio.run(self_cancel())
except asyncio.CancelledError:
    print("run() raised CancelledError")
