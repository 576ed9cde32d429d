print("%5.2s|" % "abcdef", "%-6s|" % "ab", "%06.2f" % -1.5, "%+.0e" % 12345, "%#o" % 0, "%#x" % 0)
print("%(x)s %(x)r %%" % {"x": "v"}, "%s" % {"a": 1}, "%s %s" % ("a", ("t",)))
print("%.3s" % 12345, "%5d|%-5d|" % (-3, -3), "%x" % -255, "%o" % -8)
print("%c" % "é", "%c" % 233, "%s" % b"b", "%r" % b"b", "%a" % "日本")
print("%d" % True, "%f" % 1, "%s" % 1.0, "%d" % 2 ** 70, "%.1f" % 2 ** 70)
print("%*.*f|" % (10, 3, 3.14159), "%-*s|" % (6, "ab"))
for bad in ["%d" % 1 if False else None]:
    pass
for fmt, val in [("%d", 1.5), ("%x", 1.5), ("%c", "ab"), ("%(k)s", ("t",)), ("%s %", ("a",)), ("%y", 1)]:
    try:
        print(fmt % val)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
