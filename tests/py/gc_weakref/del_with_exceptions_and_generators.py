class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen():
    x = Noisy("gen-local")
    yield 1
    yield 2
g = gen()
next(g)
print("deleting suspended generator")
del g
def raiser():
    y = Noisy("frame-local")
    raise ValueError("boom")
try:
    raiser()
except ValueError:
    print("in handler")
print("after handler")
def keep():
    z = Noisy("kept by exception")
    try:
        raise KeyError
    except KeyError as e:
        return e
err = keep()
print("exception holds traceback")
del err
print("end")
