def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
            except ValueError as e:
                received.append(f"error:{e}")
    finally:
        print("closing with", received)
g = echo()
print(next(g), g.send("a"), g.send("b"), g.throw(ValueError, "bad") if False else g.throw(ValueError("bad")))
g.close()
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        elif cmd == "stop":
            return f"stopped at {i}"
        else:
            i += 1
c = counter()
print(next(c), c.send(None), c.send(None), c.send("reset"), c.send(None))
try:
    c.send("stop")
except StopIteration as e:
    print(e.value)
print(c.gi_frame, next(c, "exhausted"))
