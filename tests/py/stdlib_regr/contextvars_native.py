import contextvars as cv, asyncio, decimal
v = cv.ContextVar("v", default=0)
w = cv.ContextVar("w")
print(repr(v).split(" at ")[0], repr(w).split(" at ")[0], v.name, cv.ContextVar.__module__, cv.ContextVar[int])
print(v.get(), w.get(5))
try: w.get()
except LookupError as e: print("LookupError", type(e.args[0]).__name__, e.args[0] is w)
t = v.set(1)
print(v.get(), t.var is v, t.old_value is cv.Token.MISSING, cv.Token.MISSING, repr(t).split(" var=")[0])
ctx = cv.copy_context()
print(len(ctx), ctx[v], v in ctx, w in ctx, ctx.get(w), ctx.get(w, "d"), list(ctx.keys()) == [v], list(ctx.values()), list(ctx.items()) == [(v, 1)], list(ctx) == [v])
def inner(tag):
    print(tag, "before", v.get())
    v.set(v.get() + 10)
    tok = w.set("in")
    print(tag, "after", v.get(), w.get())
    return v.get()
print(ctx.run(inner, "a"), v.get(), ctx[v], w in ctx)
print(ctx.run(inner, tag="b"), v.get(), ctx[v])
def nested():
    print("outer", v.get())
    c2 = cv.copy_context()
    def deeper():
        v.set(100)
        print("deeper", v.get())
        try:
            c2.run(lambda: None)
        except RuntimeError as e:
            print(str(e).split(" is ")[1])
    c2.run(deeper)
    print("after deeper", v.get(), c2[v])
    try:
        ctx.run(lambda: None)
    except RuntimeError as e:
        print("reenter", "already entered" in str(e))
ctx.run(nested)
v.reset(t)
print(v.get(), repr(t).startswith("<Token used"))
for f in [lambda: v.reset(t), lambda: v.reset(w.set(1)), lambda: v.reset(1), lambda: ctx.run(lambda: v.reset(v.set(3)) or v.reset(t2)), lambda: ctx[1], lambda: ctx[w], lambda: cv.ContextVar("a", 1), lambda: cv.ContextVar(), lambda: cv.ContextVar(1), lambda: ctx.run(), lambda: cv.Context(1), lambda: cv.Token(), lambda: ctx.get(), lambda: hash(ctx), lambda: 1 in ctx]:
    try:
        t2 = v.set(9)
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
try:
    class X(cv.ContextVar): pass
except TypeError as e: print(e)
try:
    class Y(cv.Context): pass
except TypeError as e: print(e)
print(cv.ContextVar("d", default=None).get())
for f in [lambda: cv.ContextVar(name="x"), lambda: cv.ContextVar("x", foo=1), lambda: cv.ContextVar("x", default=1, name=2)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
e = cv.Context(); print(len(e), e == cv.Context(), e != ctx, ctx == ctx.copy(), e.run(v.get))
# asyncio: each task runs in a copy of the context current when it was created.
req = cv.ContextVar("req", default="none")
async def handler(n):
    req.set("req%d" % n)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return req.get()
async def main():
    req.set("main")
    results = await asyncio.gather(*(handler(i) for i in range(4)))
    print(results, req.get())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    c = cv.copy_context(); c.run(req.set, "cb")
    loop.call_soon(lambda: fut.set_result(req.get()), context=c)
    print(await fut, req.get())
asyncio.run(main())
print(req.get())
# decimal's context lives in a ContextVar.
with decimal.localcontext() as dc:
    dc.prec = 5
    print(decimal.Decimal(1) / decimal.Decimal(7))
print(decimal.Decimal(1) / decimal.Decimal(7))
