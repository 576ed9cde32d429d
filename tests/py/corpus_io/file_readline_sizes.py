fn = "tmp_rl.txt"
with open(fn, "w") as f:
    f.write("short\n" + "x" * 50 + "\n" + "last without newline")
with open(fn) as f:
    print([f.readline(n) for n in [0, 3, 3, 100, 10, 10, 100, 1, 5]])
with open(fn, "rb") as f:
    print([f.readline(n) for n in [0, 3, 3, 100, 10, 10, 100, 1, 5]])
with open(fn) as f:
    print(len(f.readlines(1)), len(f.readlines(0)))
with open(fn) as f:
    print([len(l) for l in f.readlines(60)], f.readline())
with open(fn) as f:
    print(f.read(3), f.readline(), f.read(4), f.readlines())
import os
os.remove(fn)
