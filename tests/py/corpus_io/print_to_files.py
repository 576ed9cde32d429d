import sys, io
fn = "tmp_print_test.txt"
with open(fn, "w") as f:
    print("line1", file=f)
    print("a", "b", sep="|", end="$\n", file=f)
    print(*range(3), file=f, sep=",")
    print(file=f)
    f.write("raw\n")
    sys.stdout.write("to stdout\n")
print(repr(open(fn).read()))
buf = io.StringIO()
print("x", 1, 2.5, None, [1], file=buf)
print("no end", end="", file=buf)
print(repr(buf.getvalue()))
class Collector:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append("<flush>")
c = Collector()
print("hi", "there", file=c, flush=True)
print(c.parts)
with open(fn, "a") as f:
    print("appended", file=f)
with open(fn) as f:
    print(f.read().splitlines()[-1])
import os
os.remove(fn)
try:
    print("x", file=open)
except AttributeError as e:
    print(type(e).__name__, e)
closed = io.StringIO(); closed.close()
try:
    print("x", file=closed)
except ValueError as e:
    print(e)
sys.stdout.flush()
print("é ü 日本 😀", file=sys.stdout)
