with open("data/lines.txt") as f:
    for line in f:
        print(repr(line))
with open("data/lines.txt") as f:
    print(f.readline(), end="")
    for line in f:
        print("rest", line.strip())
with open("data/lines.txt") as f:
    it = iter(f)
    print(next(it), next(f), f.readline(), list(it), f.readline() == "")
with open("data/lines.txt", "rb") as f:
    print([l for l in f], f.read())
with open("data/lines.txt") as f:
    lines = f.read().splitlines()
print(lines, len(lines), sum(1 for _ in open("data/lines.txt")))
with open("data/lines.txt") as f:
    print([len(l) for l in f.readlines(7)])
with open("data/long.txt") as f:
    data = f.read()
print(len(data), data.count("\n"), data[:20], data[-20:])
with open("data/long.txt") as f:
    total = 0
    for i, line in enumerate(f):
        total += len(line)
    print(i, total)
with open("data/long.txt", "rb") as f:
    chunks = []
    while True:
        c = f.read(1000)
        if not c:
            break
        chunks.append(len(c))
    print(chunks[:3], len(chunks), sum(chunks))
with open("data/long.txt") as f:
    f.seek(5000)
    print(repr(f.readline()), f.tell() > 5000)
