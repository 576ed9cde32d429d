class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self.ticks
class Loop:
    def __init__(self):
        self.ready = []
        self.time = 0
        self.log = []
    def spawn(self, coro, name):
        self.ready.append((0, len(self.ready), name, coro))
    def run(self):
        seq = 100
        while self.ready:
            self.ready.sort(key=lambda t: (t[0], t[1]))
            when, _, name, coro = self.ready.pop(0)
            self.time = max(self.time, when)
            try:
                ticks = coro.send(None)
            except StopIteration as e:
                self.log.append((self.time, name, "done", e.value))
                continue
            seq += 1
            self.ready.append((self.time + ticks, seq, name, coro))
        return self.log
async def worker(name, delays):
    total = 0
    for d in delays:
        await Sleep(d)
        total += d
        print(f"{name} woke, total {total}")
    return total
loop = Loop()
loop.spawn(worker("A", [3, 1, 2]), "A")
loop.spawn(worker("B", [2, 2]), "B")
loop.spawn(worker("C", [5]), "C")
for entry in loop.run():
    print(entry)
