print("{} {}".format(1, 2), "{1} {0}".format(1, 2), "{a}-{b}".format(a=1, b=2), "{0[1]} {0[k]}".format({1: "x", "k": "y"}) if False else "{0[1]}".format([5, 6]))
print("{0.real} {0.imag}".format(3+4j), "{!r} {!s} {!a}".format("é", "é", "é"), "{{}} {{{}}}".format(7))
print("{:>{w}}".format("x", w=5), "{:{f}{a}{w}}".format(3, f="*", a="^", w=7), "{0:{1}}".format(3.14159, ".3"))
d = {"k": "v", 1: "one"}
print("{d[k]}".format(d=d), "{0[k]}".format(d))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0", (), {}), ("{} {0}", (1,), {}), ("{0} {}", (1,), {}), ("{2}", (1,), {}), ("{x}", (), {}), ("{!z}", (1,), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}), ("{0!}", (1,), {}), ("{0:{1}}", (1,), {}), ("{a.b}", (), {"a": 1}), ("{0[}", (1,), {}), ("{0]}", (1,), {})]:
    try:
        print(repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(fmt, type(e).__name__, e)
print("{0}{0}".format("ab"), "{:}".format(5), "{0:}".format("x"), "{0!r:>8}".format("a"))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print("{:abc}".format(F()), f"{F():xyz}", format(F(), "q"), "{0:{1}}".format(F(), "nested"))
class G:
    def __format__(self, spec):
        return 5
try:
    format(G())
except TypeError as e:
    print(e)
print("{0:%}".format(0.25), "{:.0%}".format(1), "{:e}".format(0))
print("a{}b".format_map({}) if False else "{x}".format_map({"x": 3}))
class M(dict):
    def __missing__(self, k):
        return k.upper()
print("{a}{b}".format_map(M(a=1)))
print(f"{'abc'!r:^11}", f"{3.5=}", f"{1+1 = }", f"{'x'=!s}", f"{10:#x}", f"{[1,2]}", f"{ {1: 2} }", f"{1:{'>'}{5}}")
x = 5
print(f"{x!r}", f"{x:03}", f"{x:{x}}", f"{'{'}{'}'}", f"{{x}}", f"{x}{{", f"{ x }")
