import gc
log = []
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        log.append(self.n)
gc.disable()
a, b = D("a"), D("b")
a.b, b.a = b, a
del a, b
print("disabled, log:", log)
gc.enable()
gc.collect()
print("collected, log:", sorted(log))
class Resurrect:
    saved = None
    def __del__(self):
        print("resurrecting")
        Resurrect.saved = self
r = Resurrect()
del r
print(Resurrect.saved is not None)
Resurrect.saved = None
print("second drop did not call __del__ again")
print(gc.garbage)
