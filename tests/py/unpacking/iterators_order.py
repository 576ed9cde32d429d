log = []
class It:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            log.append("stop")
            raise StopIteration
        self.i += 1
        log.append(self.i)
        return self.i
a, b, c = It(3)
print(a, b, c, log)
log.clear()
try:
    a, b = It(5)
except ValueError as e:
    print("ValueError:", e, log)
log.clear()
x, *y = It(4)
print(x, y, log)
class Target:
    def __setattr__(self, k, v):
        print("setattr", k, v)
t = Target()
t.a, t.b = 1, 2
d = {}
def key(k):
    print("key", k)
    return k
d[key("x")], d[key("y")] = [10, 20]
print(d)
