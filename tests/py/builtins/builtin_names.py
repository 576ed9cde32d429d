import builtins
names = sorted(n for n in dir(builtins) if not n.startswith("_"))
print(len(names))
print([n for n in names if n[0].islower()])
print([n for n in names if n[0].isupper() and not n.endswith(("Error", "Warning", "Exception", "Exit", "Iteration", "Interrupt"))])
print([n for n in names if n.endswith("Error")])
print([n for n in names if n.endswith("Warning")])
print(type(builtins.__dict__).__name__, builtins.__name__, builtins.len is len, builtins.True_ if hasattr(builtins, "True_") else True)
