vals = [0, 1, -1, 42, -42, 1234567, 2**64, -2**70, True]
specs = ["", "d", "5d", "<5d", "^5d", ">5d", "=+8d", "+d", " d", "-d", "05d", "x", "#x", "X", "#X", "o", "#o", "b", "#b", ",", "_", "_x", "_b", "#010x", "*^9", "c", "n", ",d", "08,d", "e", ".2f", "%", ".3g"]
for v in vals:
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, out)
for bad in ["s", ".2d", ",x", "_c", "+c", "=s", "z", "4.4.4", "<<<<", "xx"]:
    try:
        print(format(5, bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
for sp in ["", "s", "10", "<10", ">10", "^10", "*^10", ".2", "10.2", "^3.1", "=5"]:
    try:
        print(repr(format("héllo", sp)))
    except Exception as e:
        print(sp, type(e).__name__, e)
try:
    format("a", "d")
except Exception as e:
    print(type(e).__name__, e)
try:
    format("a", ",")
except Exception as e:
    print(type(e).__name__, e)
try:
    format(None, "d")
except Exception as e:
    print(type(e).__name__, e)
print(format(None), format(None, ""), format([1], ""), format(3+4j), format(3+4j, ".2f"), format(1j, "10"))
try:
    format(object(), "x")
except Exception as e:
    print(type(e).__name__, e)
print("{:,}".format(10**20), "{:_}".format(-10**9), "{:,.2f}".format(1234567.891), "{:x}".format(255), f"{255:#_b}")
