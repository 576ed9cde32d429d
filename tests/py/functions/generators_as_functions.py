def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(type(countdown).__name__, type(countdown(3)).__name__, list(countdown(3)))
print(countdown.__code__.co_flags & 0x20 != 0, square_flags := (lambda: 0).__code__.co_flags & 0x20)
def maybe_gen(flag):
    if flag:
        return [1, 2]
    yield 99
print(list(maybe_gen(True)), list(maybe_gen(False)))
def gen_with_default(start=0, *, step=1):
    while True:
        yield start
        start += step
g = gen_with_default(5, step=5)
print([next(g) for _ in range(3)])
