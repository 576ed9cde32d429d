# atexit in C++: LIFO order at exit, args/kwargs, unregister by equality (every match), a
# callback that raises is reported as "Exception ignored in atexit callback" and the others
# still run, callbacks registered or unregistered while running, CPython's messages.
import atexit, sys

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

def fails():
    raise ValueError("boom")

class Eq:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Eq) and other.name == self.name
    def __hash__(self):
        return hash(self.name)
    def __call__(self):
        print("Eq called", self.name)

base = atexit._ncallbacks()
print(atexit.register(show, 1, 2, key="v") is show)
atexit.register(fails)
atexit.register(show, "second")
atexit.register(Eq("a"))
atexit.register(Eq("b"))
atexit.unregister(Eq("a"))   # equal, not identical: removed
print(atexit._ncallbacks() - base)

def registers_more():
    print("registers_more")
    atexit.register(show, "registered while running")   # not run
    atexit.unregister(last)                              # removed before its turn
def last():
    print("last (never runs)")
atexit.register(last)
atexit.register(registers_more)

@atexit.register
def decorated():
    print("decorated runs first")
    sys.stdout.flush()

def err(f, *a, **k):
    try:
        print("ok", f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(atexit.register)
err(atexit.register, 42)
err(atexit.register, func=show)
err(atexit.unregister)
err(atexit.unregister, 1, 2)
err(atexit._ncallbacks, 1)
err(atexit._clear, 1)
err(atexit.unregister, show)
atexit.register(show, "again")
class BadEq:
    def __eq__(self, other):
        raise RuntimeError("eq failed")
err(atexit.unregister, BadEq())
print(atexit.unregister(42))
print(atexit.register.__doc__.splitlines()[0])
print(atexit.__doc__.splitlines()[0])
atexit.register(show, "kept")
atexit.register(fails)

# _run_exitfuncs runs now (and clears); _clear drops everything.
import io
saved = sys.stderr
sys.stderr = io.StringIO()
atexit._run_exitfuncs()
out = sys.stderr.getvalue()
sys.stderr = saved
print(out.splitlines()[0].split(" at ")[0], out.splitlines()[-1])
print(atexit._ncallbacks())
atexit.register(show, "cleared")
atexit._clear()
print(atexit._ncallbacks())

atexit.register(show, 1, 2, key="v")
atexit.register(fails)
atexit.register(show, "second")
atexit.register(Eq("a"))
atexit.register(Eq("b"))
atexit.unregister(Eq("a"))
atexit.register(last)
atexit.register(registers_more)
atexit.register(decorated)
print("end of script")
