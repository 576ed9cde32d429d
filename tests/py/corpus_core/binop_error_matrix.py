vals = [1, 1.5, 1j, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset(), None, range(2), memoryview(b"m"), True, ..., len, object()]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", "@"]
out = []
for a in vals:
    for b in vals:
        for op in ops:
            try:
                r = eval(f"a {op} b")
                out.append(f"{type(a).__name__}{op}{type(b).__name__}=ok")
            except Exception as e:
                out.append(f"{type(a).__name__}{op}{type(b).__name__}={type(e).__name__}:{e}")
for u in ["-", "+", "~", "not "]:
    for a in vals:
        try:
            eval(f"{u}a")
            out.append("ok")
        except Exception as e:
            out.append(f"{u}{type(a).__name__}={type(e).__name__}:{e}")
for o in out:
    if "=ok" not in o:
        print(o)
