# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
log = []
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return "V%d" % self.v if False else "V" + repr(self.v)
for data in ([3, 1, 2], [5, 4, 3, 2, 1], [1, 2, 3, 4], [2, 2, 1, 1], [9, 1, 8, 2, 7, 3, 6, 4, 5, 0] * 3, list(range(40, 0, -3)) + [5, 5]):
    log.clear()
    r = sorted([V(x) for x in data])
    print([x.v for x in r], len(log), log[:12])
    log.clear()
    r = sorted([V(x) for x in data], reverse=True)
    print([x.v for x in r], len(log), log[-6:])
