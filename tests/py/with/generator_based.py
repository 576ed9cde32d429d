class contextgen:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        return _GenCM(self.fn(*a))
class _GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        return False
@contextgen
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("html"):
    with tag("body") as b:
        print("content in", b)
@contextgen
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed ZeroDivisionError")
with swallow():
    1 / 0
try:
    with tag("err"):
        raise KeyError("through")
except KeyError as e:
    print("KeyError passed through", e)
