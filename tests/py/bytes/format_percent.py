print(b"%s|%5s|%-5s|" % (b"ab", b"cd", b"ef"))
print(b"%d %i %x %X %o %05d %+d" % (42, -3, 255, 255, 8, 7, 9))
print(b"%c%c%c" % (104, b"i", 33), b"%%", b"%r" % b"q", b"%a" % "é")
print(b"%(a)s-%(b)d" % {b"a": b"x", b"b": 2})
print(b"%.2f %e %g" % (3.14159, 1000.0, 0.0001))
for fmt, arg in [(b"%s", "str"), (b"%d", b"x"), (b"%c", 256), (b"%s %s", (b"a",))]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"))
