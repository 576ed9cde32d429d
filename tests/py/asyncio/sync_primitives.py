# Queue, PriorityQueue, LifoQueue, Event, Lock, Semaphore, BoundedSemaphore, Condition.
import asyncio


async def producer(q, n, tag):
    for i in range(n):
        await q.put(f"{tag}{i}")
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item)


async def queues():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5, "p"), consumer(q, out))
    print(out, q.empty(), q.qsize(), q.maxsize)

    q = asyncio.Queue(1)
    q.put_nowait(1)
    print(q.full())
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(4)])

    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([await lq.get() for _ in range(4)])

    # join waits for task_done
    q = asyncio.Queue()
    done = []

    async def worker():
        while True:
            x = await q.get()
            await asyncio.sleep(0.001)
            done.append(x)
            q.task_done()

    w = asyncio.create_task(worker())
    for i in range(3):
        q.put_nowait(i)
    await q.join()
    print("joined", done)
    w.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    r = repr(asyncio.Queue(3))
    print(r[:9], r.split()[-1])


async def events():
    ev = asyncio.Event()
    log = []

    async def waiter(i):
        log.append(f"wait{i}")
        await ev.wait()
        log.append(f"woke{i}")

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev.is_set(), log)
    ev.set()
    await asyncio.gather(*tasks)
    print(ev.is_set(), log)
    ev.clear()
    print(ev.is_set())
    print(await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, "x")), 1))


async def locks():
    lock = asyncio.Lock()
    log = []

    async def critical(i):
        async with lock:
            log.append(f"enter{i}")
            await asyncio.sleep(0.001)
            log.append(f"exit{i}")

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(log)
    print(lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0.001)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", max(peak), sem.locked())

    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


async def conditions():
    cond = asyncio.Condition()
    items = []
    log = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append((i, items.pop(0)))

    tasks = [asyncio.create_task(consumer(i)) for i in range(3)]
    await asyncio.sleep(0)
    for x in "abc":
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    print(log)

    woken = []

    async def w(i):
        async with cond:
            await cond.wait()
            woken.append(i)

    tasks = [asyncio.create_task(w(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print("woken", woken)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


async def main():
    await queues()
    await events()
    await locks()
    await conditions()


asyncio.run(main())
