import io
fn = "tmp_closed.txt"
with open(fn, "w") as f:
    f.write("data")
for mode in ["r", "rb", "w", "a"]:
    f = open(fn, mode)
    f.close()
    f.close()
    print(mode, f.closed)
    for name, args in [("read", ()), ("write", ("x" if "b" not in mode else b"x",)), ("readline", ()), ("readlines", ()), ("seek", (0,)), ("tell", ()), ("flush", ()), ("fileno", ()), ("isatty", ()), ("truncate", ()), ("readable", ()), ("writable", ()), ("seekable", ())]:
        try:
            r = getattr(f, name)(*args)
            print(" ", name, "ok", r)
        except ValueError as e:
            print(" ", name, type(e).__name__, e)
        except io.UnsupportedOperation as e:
            print(" ", name, "Unsupported", e)
    try:
        next(iter(f))
    except ValueError as e:
        print("  iter", e)
    try:
        with f:
            pass
    except ValueError as e:
        print("  with", e)
import os
os.remove(fn)
