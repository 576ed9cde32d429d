def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Pause:
    def __await__(self):
        yield
async def inner(fail):
    await Pause()
    if fail:
        raise KeyError("inner failed")
    return "inner ok"
async def middle(fail):
    try:
        return await inner(fail)
    finally:
        print("middle finally, fail =", fail)
async def outer():
    results = [await middle(False)]
    try:
        await middle(True)
    except KeyError as e:
        results.append(f"caught {e}")
    try:
        raise ValueError("ctx")
    except ValueError:
        try:
            await inner(True)
        except KeyError as e:
            results.append(repr(e.__context__))
    return results
print(run(outer()))
c = outer()
c.send(None)
try:
    c.throw(RuntimeError("thrown in"))
except RuntimeError as e:
    print("RuntimeError:", e)
