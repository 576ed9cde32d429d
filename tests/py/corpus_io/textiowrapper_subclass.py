# TextIOWrapper subclasses (work done in __init__), uninitialized and detached text layers.
import io, sys
class Upper(io.TextIOWrapper):
    def __init__(self, buf, **kw):
        super().__init__(buf, encoding="utf-8", **kw)
        self.count = 0
    def write(self, s):
        self.count += 1
        return super().write(s.upper())
b = io.BytesIO()
u = Upper(b, newline="\n")
u.write("hello\n"); u.write("world\n"); u.flush()
print(b.getvalue(), u.count, type(u).__name__, isinstance(u, io.TextIOWrapper), u.encoding)
r = Upper(io.BytesIO(b"a\nb\n"))
print(r.readlines(), repr(r)[:20])
t = io.TextIOWrapper.__new__(io.TextIOWrapper)
for f in [lambda: t.read(), lambda: t.encoding, lambda: repr(t), lambda: t.closed]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(b"x"), encoding="ascii")
t.detach()
print(t.encoding)
for f in [lambda: t.read(), lambda: t.buffer, lambda: t.closed, lambda: t.detach()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
