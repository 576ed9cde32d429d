def g():
    yield 1
    return 2
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def leaks():
    yield next(iter([]))
try:
    list(leaks())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
def manual():
    raise StopIteration(7)
try:
    manual()
except StopIteration as e:
    print("plain function StopIteration:", e.value)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("done")
print(list(It()), next(It(), "dflt"))
print(list(map(lambda x: next(iter([])) if x > 1 else x, [0, 1, 2])))
