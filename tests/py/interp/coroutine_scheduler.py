
class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, r):
        self.done = True
        self.result = r
        for cb in self.callbacks: cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Task:
    def __init__(self, coro, loop):
        self.coro = coro
        self.loop = loop
        self.fut = Future()
        loop.ready.append((self, None))
    def step(self, value):
        try:
            f = self.coro.send(value)
        except StopIteration as e:
            self.fut.set_result(e.value)
            return
        except Exception as e:
            print("task error", repr(e))
            self.fut.set_result(None)
            return
        f.callbacks.append(lambda fut: self.loop.ready.append((self, fut.result)))
class Loop:
    def __init__(self):
        self.ready = []
        self.timers = []
    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                self.timers.sort(key=lambda t: t[0])
                _, fut, v = self.timers.pop(0)
                fut.set_result(v)
                continue
            t, v = self.ready.pop(0)
            t.step(v)
loop = Loop()
def sleep(n, value=None):
    f = Future()
    loop.timers.append((n, f, value))
    return f
async def worker(name, n):
    total = 0
    for i in range(n):
        v = await sleep(i + len(name), i)
        total += v
        print(name, "step", i)
    return total
async def main():
    t1 = Task(worker("a", 3), loop)
    t2 = Task(worker("bb", 2), loop)
    r1 = await t1.fut
    r2 = await t2.fut
    print("results", r1, r2)
    async def agen():
        for i in range(3):
            await sleep(1)
            yield i
    print([x async for x in agen()])
    try:
        await failing()
    except ZeroDivisionError as e:
        print("caught", e)
async def failing():
    await sleep(1)
    return 1 / 0
Task(main(), loop)
loop.run()

def legacy():
    yield Future()
print(type(legacy()).__name__)
