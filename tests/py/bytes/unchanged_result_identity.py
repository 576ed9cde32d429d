# Methods of exact bytes objects return the object itself when the result would be equal to
# it (CPython's return_self); bytes subclasses and bytearray always get new objects.
b = b"abc"
checks = [
    ("strip", b.strip()),
    ("lstrip", b.lstrip()),
    ("rstrip", b.rstrip()),
    ("strip chars", b.strip(b"xyz")),
    ("replace none", b.replace(b"q", b"r")),
    ("replace count 0", b.replace(b"a", b"r", 0)),
    ("ljust", b.ljust(2)),
    ("rjust", b.rjust(3)),
    ("center", b.center(1)),
    ("zfill", b.zfill(3)),
    ("split piece", b.split(b"q")[0]),
    ("rsplit piece", b.rsplit(b"q")[0]),
    ("partition head", b.partition(b"q")[0]),
    ("rpartition tail", b.rpartition(b"q")[2]),
    ("full slice", b[:]),
    ("bytes()", bytes(b)),
]
for name, r in checks:
    print(name, r, r is b)

# changed results are new objects
print(b.strip(b"a"), b.strip(b"a") is b)
print(b.replace(b"a", b"a") == b)

class B(bytes):
    pass

s = B(b"abc")
for r in (s.strip(), s.replace(b"q", b"r"), s.ljust(1), s.split(b"q")[0]):
    print(type(r).__name__, r, r is s)

ba = bytearray(b"abc")
for r in (ba.strip(), ba.replace(b"q", b"r"), ba.ljust(1), ba.split(b"q")[0], ba[:]):
    print(type(r).__name__, r, r is ba)

e = b""
print(e.strip() is e, e.split(), e.partition(b"x"))
