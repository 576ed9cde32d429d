import os
fn = "tmp_cycle.bin"
data = bytes(range(256)) * 40
with open(fn, "wb") as f:
    for i in range(0, len(data), 1000):
        f.write(data[i:i + 1000])
print(os.path.getsize(fn))
with open(fn, "rb") as f:
    back = f.read()
print(back == data, len(back))
with open(fn, "rb") as f:
    f.seek(255)
    print(f.read(3), f.tell(), f.seek(-2, 1), f.read(1), f.seek(0, 2), f.read(), f.seek(10000), f.read(2))
with open(fn, "r+b") as f:
    f.seek(100)
    f.write(b"PATCH")
    f.seek(98)
    print(f.read(9))
    f.seek(0, 2)
    f.write(b"TAIL")
print(os.path.getsize(fn), open(fn, "rb").read()[-6:])
with open(fn, "w", encoding="utf-8") as f:
    n = f.write("x" * 10000 + "é" * 10)
print(n, os.path.getsize(fn))
with open(fn, encoding="utf-8") as f:
    s = f.read()
    print(len(s), s[-3:], f.read(), f.tell() == os.path.getsize(fn))
with open(fn, "w") as f:
    f.writelines(f"row {i}\n" for i in range(1000))
with open(fn) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], sum(len(l) for l in lines) == os.path.getsize(fn))
os.remove(fn)
print(os.path.exists(fn))
