print(str(42), str(-0.0), str(1e100), str(2 ** 100), str(3 + 0j), str([1, "a"]), str({"a": (1,)}))
print(str(b"bytes"), str(b"bytes", "ascii"), str(bytearray(b"ba"), encoding="utf-8"))
print(str(None), str(True), str(...), str(NotImplemented), str(int), str(len)[:25])
print(repr(str()), str("already"), str(object=5))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
print(str(b"\xff", "utf-8", "replace"), str(b"\xff", errors="ignore"))
try:
    str(1, "utf-8")
except TypeError as e:
    print("TypeError:", e)
print(int("42") + int(str(58)), float(str(0.1)) == 0.1, eval(repr("x\n'\"")) == "x\n'\"")
print(list(map(str, [1, 2.5, None])), "".join(map(str, range(5))))
