import sys
print("text first")
sys.stdout.buffer.write(b"bytes second\n")
print("text third")
n = sys.stdout.buffer.write(bytearray(b"ba\n"))
print(n, sys.stdout.buffer is sys.stdout.buffer)
sys.stdout.buffer.write(memoryview(b"mv\n"))
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print(e)
sys.stdout.buffer.flush()
sys.stdout.buffer.write("é\n".encode())
print(",".join(["a", "b"]), ",".join(("x",)), ",".join(iter("yz")), ",".join({"k": 1}))
for bad in [1, None, 2.5]:
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
try:
    ",".join([1])
except TypeError as e:
    print(e)
for kw in [{1: 2}, {None: 1}]:
    for f in [dict, list, lambda **k: k]:
        try:
            f(**kw)
        except TypeError as e:
            print(e)
class NoSet: pass
for stmt in ["del NoSet()[0]", "del (1,)[0]", "del 'abc'[0]", "del {}.keys()[0]" if False else "del (1).real"]:
    try:
        exec(stmt)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
