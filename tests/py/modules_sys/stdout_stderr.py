import sys
sys.stdout.write("a")
sys.stdout.write("b\n")
print(sys.stdout.isatty(), sys.stdin is not None)
print("err line 1", file=sys.stderr)
sys.stderr.write("err line 2\n")
old = sys.stdout
class Cap:
    def __init__(self):
        self.buf = []
    def write(self, s):
        self.buf.append(s)
        return len(s)
    def flush(self):
        pass
cap = Cap()
sys.stdout = cap
print("captured", 1, 2)
sys.stdout = old
print("restored", cap.buf)
print(sys.__stdout__ is not None, sys.stdout.encoding.lower().replace("-", ""))
sys.stderr.write("final err\n")
