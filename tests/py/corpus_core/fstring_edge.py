x, y, s, d = 42, 3.14159, "str", {"k": [1, 2]}
print(f"{x}", f"{x!r}", f"{s!r}", f"{s!a}", f"{'é'!a}", f"{x:>8}", f"{x:<8}|", f"{x:^8}|", f"{x:08.2f}", f"{y:.3}", f"{y:10.4e}", f"{x:#b}", f"{x:,}", f"{10**9:_}")
print(f"{d['k'][1]}", f"{d['k']!s:>10}", f"{[i*i for i in range(4)]}", f"{x if x > 5 else 0}", f"{(lambda v: v * 2)(x)}", f"{'a' 'b'}", f"{x:{'>'}{10}}", f"{y:{'.'}{2}f}")
w, p = 12, 3
print(f"{y:{w}.{p}f}|", f"{s:*^{w}}", f"{x!r:{w}}|", f"{{x}}", f"{{{x}}}", f"{x}{{}}", f"{'}'}", f"{'{'}")
print(f"{x=}", f"{x = }", f"{x=:>6}", f"{s=!s}", f"{x*2=}", f"{d['k']=}", f"{y=:.2f}")
print(f"{3+4j}", f"{3+4j:.1f}", f"{None}", f"{True:d}", f"{True}", f"{b'x'}", f"{1e100:g}", f"{-0.0}", f"{float('nan'):>5}")
class F:
    def __format__(self, spec): return f"F[{spec}]"
    def __repr__(self): return "F()"
    def __str__(self): return "Fs"
print(f"{F()}", f"{F():abc}", f"{F()!r}", f"{F()!s}", f"{F()!r:>6}", format(F(), ""), "{}".format(F()), "{!r}".format(F()))
nested = "inner"
print(f"{f'{nested}'}", f"{f'{x:>{w}}'}", f"""{x
}""", f"{x:\n}" if False else "", f"result: {x + y:.2f}")
for bad in ["f'{x!z}'", "f'{x:{y:{w}}}'", "f'{}'", "f'{x'", "f'{x!}'", "f'{'"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
    except Exception as e:
        print(type(e).__name__, e)
