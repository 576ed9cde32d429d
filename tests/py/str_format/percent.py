print("%s %s" % ("a", 1), "%d%%" % 50, "%r" % "x", "%a" % "é")
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20))
print("%c %c" % (65, "z"), "%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%i %u" % (3, 4), "%.3s" % "abcdef", "%5.1s|" % "xyz")
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%s %d %x" % (b"bytes", 5, 255), b"%c" % 65)
print("%d" % 3.99, "%s" % None, "%r" % 1.0, "%.0f" % 2.5, "%.0f" % 3.5)
