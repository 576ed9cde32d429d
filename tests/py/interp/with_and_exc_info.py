import sys
class cm:
    def __init__(self, gen): self.gen = gen
    def __enter__(self): return next(self.gen)
    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(typ, val, tb)
            except StopIteration as exc:
                return exc is not val
            except BaseException as e:
                if e is val:
                    return False
                raise
def managed(name):
    print("enter", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("exit", name)
with cm(managed("a")) as v:
    print("body", v)
with cm(managed("b")) as v:
    raise KeyError("kk")
try:
    with cm(managed("c")) as v:
        raise ValueError("vv")
except ValueError as e:
    print("propagated", e, e.__traceback__.tb_lineno)
def tb_names(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out
def nested_with():
    with cm(managed("n1")):
        with cm(managed("n2")):
            return "from-with"
print(nested_with())
def loop_with():
    for i in range(3):
        with cm(managed(str(i))):
            if i == 1:
                continue
            if i == 2:
                break
    return i
print(loop_with())
def exc_in_exit():
    class Bad:
        def __enter__(self): return self
        def __exit__(self, *a): raise RuntimeError("exit failed")
    try:
        with Bad():
            raise KeyError("inner")
    except RuntimeError as e:
        print(repr(e), repr(e.__context__))
exc_in_exit()
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
print(sys.exc_info())
def gen_exc_state():
    try:
        raise ValueError("outer")
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
g = gen_exc_state()
print(repr(next(g)), sys.exc_info())
try:
    raise KeyError("caller")
except KeyError:
    print(repr(next(g)), repr(sys.exc_info()[1]))
