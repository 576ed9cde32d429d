name, n, pi = "Ann", 42, 3.14159265
print(f"{name} {n} {pi}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:x}|{n:#o}|{n:b}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.1%}")
print(f"{n + 1} {n * 2 if n else 0} {[i for i in range(3)]} {{braces}}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|{name:*^{w}}|")
print(f"{n=} {pi=:.2f} {name = } {n + 1 = }")
d = {"k": "v"}
print(f"{d['k']} {d!r}")
print(f"""triple {name}
line2 {n}""")
print(f"{'nested ' + f'{n}'}", rf"raw\n{n}", fr"{n}\t")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
print(f"{P()} {P():xyz} {P()!s:>3}" if False else f"{P()} {P():xyz}")
x = 0.1
print(f"{x!r:>10}", f"{'s':3}|", f"{3:3}|", f"{None}", f"{True:d}")
print(f"{1_000_000:,} {1234567.891:_.2f} {-5:+} {5:+} {5: }")
