class Queue:
    def __init__(self):
        self.items = []
class Get:
    def __init__(self, q):
        self.q = q
    def __await__(self):
        while not self.q.items:
            yield "wait"
        return self.q.items.pop(0)
async def producer(q, n):
    for i in range(n):
        q.items.append(i)
        print("produced", i)
        await Yield()
    q.items.append(None)
class Yield:
    def __await__(self):
        yield "yield"
async def consumer(q):
    total = 0
    while (v := await Get(q)) is not None:
        print("consumed", v)
        total += v
    return total
def run_all(*coros):
    pending = list(coros)
    results = {}
    while pending:
        for c in list(pending):
            try:
                c.send(None)
            except StopIteration as e:
                results[c.__name__] = e.value
                pending.remove(c)
    return results
q = Queue()
print(run_all(producer(q, 3), consumer(q)))
