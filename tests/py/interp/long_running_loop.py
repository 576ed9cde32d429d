# One eval-loop invocation running for many ticks (calls and backward jumps). On wasm the loop
# returns to its caller and is re-entered every 2**15 ticks (vm/interp/eval.cpp runLoopFor):
# everything live at those points must survive: values on the stack across loop back-edges,
# for-loop iterators, generator frames driven inline, handlers, with blocks, closures, frames
# at the recursion limit and loops inside Python code called from C++.
import sys


def counted(n):
    total = 0
    for i in range(n):
        total += i * 3 % 7
    return total


print("range loop", counted(200000))

# Values held on the stack across back-edges: a list being built by a comprehension, an
# iterator over a dict, the left operand of a pending binary operation.
squares = [i * i % 1000 for i in range(120000)]
print("comprehension", len(squares), sum(squares))
d = {i: i % 13 for i in range(50000)}
acc = 0
for k, v in d.items():
    acc += k * v
print("dict items", acc)
print("pending operand", 10**6 + sum(j % 5 for j in range(100000)))


# Generators driven inline (for / yield from), suspended and resumed many times.
def leaf(n):
    for i in range(n):
        yield i


def middle(n):
    yield from leaf(n)
    yield -1


def outer():
    for part in (middle(30000), middle(20000)):
        yield from part


print("generators", sum(outer()), len(list(middle(40000))))


# Exception handlers and with blocks active while the loop runs a long time.
class Ctx:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, *exc):
        self.exited += 1
        return False


ctx = Ctx()
caught = 0
with ctx:
    for i in range(60000):
        try:
            if i % 1000 == 999:
                raise ValueError(i)
            try:
                x = i // (i % 7)
            finally:
                caught += 0
        except ZeroDivisionError:
            caught += 1
        except ValueError as e:
            caught += 100
print("handlers", caught, ctx.entered, ctx.exited)


# Closures and nonlocal state updated across many iterations.
def make_counter():
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count

    return bump


bump = make_counter()
for i in range(70000):
    bump(i % 3)
print("closure", bump(0))

# Python code called from C++ (sorted's key, map) running long loops itself.
def slow_key(v):
    s = 0
    for j in range(200):
        s += (v * j) % 11
    return (s, v)


print("sorted key", sorted(range(400), key=slow_key)[:5])
print("map", sum(map(lambda v: sum(range(v % 50)), range(20000))))

# Deep recursion: long loops running in the deepest frame, right at the recursion limit.
sys.setrecursionlimit(3000)


def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n


def descend(n):
    if n == 0:
        spin = 0
        for i in range(40000):
            spin += i & 3
        try:
            descend(-1)
        except RecursionError:
            return spin, "limit"
        return spin, "no limit"
    return descend(n - 1)


try:
    descend(3000 - depth() - 1)
except RecursionError:
    print("RecursionError too early")
else:
    print("at limit", descend(3000 - depth() - 1))
sys.setrecursionlimit(1000)
print("after", counted(50000))
