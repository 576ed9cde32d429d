import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.0, None, [3], sep="|")
print(*range(5), sep="-")
print("to stdout", file=sys.stdout)
print("to stderr (not compared unless last line)", file=sys.stderr)
print("flushed", flush=True)
print("x", sep=None, end=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("captured", 42, file=w)
print(w.parts)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
print("", end="")
print("last line")
print("final stderr line", file=sys.stderr)
