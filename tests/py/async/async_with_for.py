def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return et is KeyError
class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async with ACM("a") as a, ACM("b"):
        print("inside", a.name)
    async with ACM("suppress"):
        raise KeyError("x")
    total = 0
    async for v in AIter(4):
        total += v
    else:
        print("async for else")
    try:
        async with ACM("propagate"):
            raise ValueError("v")
    except ValueError:
        print("ValueError propagated")
    return total
print(run(main()))
