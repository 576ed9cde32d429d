s = "hello world"
calls = [("count", ("o", -100, 100)), ("count", ("", 20)), ("find", ("o", 5, 5)), ("find", ("", 11)), ("find", ("", 12)), ("index", ("w", -5)), ("rfind", ("o", None, -4)), ("startswith", ("world", 6)), ("startswith", ("hello", -100)), ("endswith", ("hello", 0, 5)), ("endswith", (("x", "world"),)), ("split", (" ", -1)), ("rsplit", ("o", 1)), ("replace", ("l", "L", -1)), ("replace", ("l", "L", 0)), ("replace", ("", "_", 3)), ("expandtabs", (-1,)), ("center", (12, "*")), ("ljust", (3,)), ("zfill", (-1,)), ("partition", (" ",)), ("rpartition", ("o",)), ("strip", ("dhe",)), ("splitlines", (True,)), ("encode", ("ascii",)), ("join", (["a", "b"],)), ("title", ()), ("isalpha", ()), ("__getitem__", (slice(-3, None),)), ("__contains__", ("lo w",)), ("__mul__", (2,)), ("__mod__", ((),)), ("format", ()), ("casefold", ()), ("swapcase", ())]
for name, args in calls:
    try:
        print(name, args, repr(getattr(s, name)(*args)))
    except Exception as e:
        print(name, args, type(e).__name__, e)
kw_calls = [("split", {"sep": "o", "maxsplit": 1}), ("rsplit", {"maxsplit": 1}), ("splitlines", {"keepends": True}), ("encode", {"encoding": "utf-8", "errors": "strict"}), ("expandtabs", {"tabsize": 2}), ("find", {"sub": "o"}), ("startswith", {"prefix": "h"})]
for name, kw in kw_calls:
    try:
        print(name, kw, repr(getattr(s, name)(**kw)))
    except TypeError as e:
        print(name, kw, "TypeError", e)
