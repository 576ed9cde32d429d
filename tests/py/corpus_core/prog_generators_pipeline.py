def read_lines(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for line in lines:
        if not line or line.startswith("#"):
            continue
        name, _, value = line.partition("=")
        yield name.strip(), value.strip()
def convert(pairs):
    for k, v in pairs:
        try:
            yield k, int(v)
        except ValueError:
            try:
                yield k, float(v)
            except ValueError:
                yield k, v
cfg = """# config
a = 1
b = 2.5
c = hello
 d=  -7
e = 1e3
"""
result = dict(convert(parse(read_lines(cfg))))
print(result, {k: type(v).__name__ for k, v in result.items()})
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def squares(it):
    return (x * x for x in it)
print(list(take(5, squares(naturals()))), sum(take(100, naturals())))
def chunked(seq, n):
    it = iter(seq)
    while chunk := list(take(n, it)):
        yield chunk
print(list(chunked(range(10), 3)), list(chunked("", 2)))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
def running_avg():
    total, count = 0.0, 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg(); next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
