# contextlib: contextmanager, suppress, ExitStack callbacks and ordering, redirect_stdout,
# closing, nullcontext, exception propagation and chaining through generator context managers.
import contextlib
import io


@contextlib.contextmanager
def tag(name, log):
    log.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as e:
        log.append("handled %r" % (e,))
    finally:
        log.append("exit " + name)


log = []
with tag("a", log) as a, tag("b", log) as b:
    log.append(a + b)
with tag("c", log):
    raise KeyError("k")
try:
    with tag("d", log):
        raise ValueError("v")
except ValueError as e:
    log.append("outer " + str(e))
print(log)

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

out = []
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(out.append, i)
    stack.enter_context(tag("e", out))
    rest = stack.pop_all()
print(out)
rest.close()
print(out)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))


class Res:
    def close(self):
        print("closed")


with contextlib.closing(Res()):
    pass
with contextlib.nullcontext(42) as v:
    print(v)


class Ctx(contextlib.ContextDecorator):
    def __enter__(self):
        print("in")
        return self

    def __exit__(self, *exc):
        print("out", exc[0].__name__ if exc[0] else None)
        return False


@Ctx()
def f(x):
    return x * 2


print(f(4))
try:
    with contextlib.ExitStack() as s:
        s.callback(lambda: 1 / 0)
        raise KeyError("first")
except ZeroDivisionError as e:
    print("chained:", repr(e.__context__))
