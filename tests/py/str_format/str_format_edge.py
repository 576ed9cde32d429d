print("{0}{0}{1}".format("a", "b"), "{}{{}}{}".format(1, 2), "{:}".format(5), "{0!s:>4}".format(3))
class O:
    attr = {"k": ["v0", "v1"]}
    def __getitem__(self, i):
        return f"item{i}"
print("{0.attr[k][1]}".format(O()), "{0[5]}".format(O()), "{0[key]}".format({"key": "kv"}))
print("{:{}}".format("x", 3) + "|", "{:{}{}}".format(1, "0", 4), "{0:{1}.{2}f}".format(3.14159, 8, 2))
for bad in ["{0.}", "{0[}", "{!}", "{:{:{}}}", "{0!x}", "{a.b.}"]:
    try:
        bad.format(1, 2, 3, a=1)
    except (ValueError, AttributeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print("{a}".format(a=[1]), "{a[0]}".format(a=[9]), "{:,}".format(1234.5), "{:c}".format(9731))
