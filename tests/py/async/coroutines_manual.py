def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
print(run(main()))
c = add(1, 1)
print(type(c).__name__, c.__name__, c.__qualname__)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def raiser():
    raise ValueError("in coroutine")
async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return "caught " + str(e)
print(run(catcher()))
c2 = add(0, 0)
c2.close()
print("closed")
async def nested(n):
    if n == 0:
        return 0
    return 1 + await nested(n - 1)
print(run(nested(50)))
