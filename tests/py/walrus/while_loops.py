chunks = iter(["ab", "cd", "", "ef"])
out = []
while chunk := next(chunks):
    out.append(chunk.upper())
print(out)
n = 27
steps = 0
while (n := n // 2 if n % 2 == 0 else 3 * n + 1) != 1:
    steps += 1
print(steps)
data = {"a": 1}
if (v := data.get("a")) is not None:
    print("found", v)
if (v := data.get("b")) is None:
    print("missing b", v)
print((lambda: (w := 5) * w)())
def parse(lines):
    res = []
    for line in lines:
        if (stripped := line.strip()) and not stripped.startswith("#"):
            if (eq := stripped.find("=")) > 0:
                res.append((stripped[:eq].strip(), stripped[eq + 1:].strip()))
    return res
print(parse(["a = 1", "# c", "", "  b=2 ", "novalue"]))
print(f"{(z := 3)} {z * 2}")
