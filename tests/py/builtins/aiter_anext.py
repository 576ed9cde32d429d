def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    yield "x"
    yield "y"
async def main():
    it = aiter(agen())
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "StopAsyncIteration"
    return a, b, c, d
print(run(main()))
try:
    aiter([1])
except TypeError as e:
    print("TypeError:", e)
try:
    anext([1])
except TypeError as e:
    print("TypeError:", e)
