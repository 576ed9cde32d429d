import sys
print()
print(1, 2, 3)
print(1, 2, sep="")
print("a", "b", sep=", ", end="!\n")
print("no newline", end="")
print()
print(*range(5), sep="-")
print("x", None, True, 1.5, [1], (1,), {1: 2}, sep="|")
print("tab\tand\\back", repr("q'uote"))
print(sep="x", end="y\n")
print("flush", flush=True)
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout)
print("to None", file=None)
sys.stdout.write("written\n")
print(sys.stdout.write("ab") == 2)
class S:
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
print(S(), [S()], (S(),), {S()} if False else "", f"{S()}", f"{S()!r}", str(S()), repr(S()))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("a", 1, file=w)
print("b", file=w, end="")
print(w.parts)
for bad in [{"sep": 5}, {"end": []}, {"file": 5}, {"bad": 1}]:
    try:
        print("x", **bad)
    except Exception as e:
        print(type(e).__name__, e)
print("é", "😀", "\u00e9", "日本")
print(b"bytes", bytearray(b"ba"), 1e100, 2**100, -0.0, 1j)
print("%s" % "pct", "{}".format("fmt"), "end")
