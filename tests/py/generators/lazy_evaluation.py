log = []
def producer():
    for i in range(5):
        log.append(f"produce {i}")
        yield i
def mapper(g):
    for x in g:
        log.append(f"map {x}")
        yield x * 10
m = mapper(producer())
print(log)
print(next(m), log)
print(next(m), log[-2:])
log.clear()
print(list(m), len(log))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda v: v * v < 50, infinite())))
gen = (i for i in infinite() if i % 7 == 3)
print([next(gen) for _ in range(4)])
