def numbers():
    for i in range(1, 30):
        yield i
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def squares(it):
    for x in it:
        yield x * x
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, squares(evens(numbers())))))
log = []
def noisy(name, it):
    for x in it:
        log.append(f"{name}:{x}")
        yield x
list(take(2, noisy("b", noisy("a", range(10)))))
print(log)
def chunks(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunks(range(7), 3)))
