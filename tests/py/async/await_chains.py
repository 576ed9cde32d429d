def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
class Tick:
    def __await__(self):
        yield "tick"
async def leaf(n):
    for _ in range(n):
        await Tick()
    return n
async def middle():
    a = await leaf(2)
    b = await leaf(3)
    return a + b
async def top():
    results = []
    for _ in range(2):
        results.append(await middle())
    return results
print(run(top()))
async def raises_after_tick():
    await Tick()
    raise ValueError("after tick")
async def handler():
    try:
        await raises_after_tick()
    except ValueError as e:
        return f"handled {e}"
print(run(handler()))
async def with_finally():
    try:
        await Tick()
        return "body"
    finally:
        print("finally in coroutine")
print(run(with_finally()))
c = with_finally()
c.send(None)
c.close()
print("closed mid-await")
