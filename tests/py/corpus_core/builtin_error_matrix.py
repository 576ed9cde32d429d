vals = [1, 1.5, 1j, "s", b"b", [1], (1,), {1: 2}, {1}, None, range(2), True, len, object()]
for a in vals:
    for name in ["len", "iter", "hash", "int", "float", "complex", "str", "bytes", "bool", "list", "tuple", "set", "dict", "abs", "round", "next", "ord", "chr", "hex", "sorted", "sum", "min", "reversed", "enumerate", "callable", "repr", "format", "divmod"]:
        try:
            f = eval(name)
            if name == "divmod":
                f(a, a)
            else:
                f(a)
        except Exception as e:
            print(name, type(a).__name__, type(e).__name__, str(e).replace(hex(id(a)), "ID"))
