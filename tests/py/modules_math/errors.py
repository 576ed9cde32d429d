import math
cases = [("sqrt", (-1,)), ("log", (0,)), ("log", (-1,)), ("log", (10, 1)), ("log", (10, 0)), ("log10", (0,)),
         ("log2", (-2,)), ("acos", (1.1,)), ("asin", (-2,)), ("atanh", (1,)), ("acosh", (0.5,)),
         ("exp", (1e4,)), ("cosh", (1e4,)), ("pow", (10.0, 400)), ("factorial", (-3,)), ("gamma", (0,)),
         ("fmod", (1, 0)), ("ldexp", (1.0, 10000)), ("comb", (5, -1)), ("sqrt", ("x",))]
for name, args in cases:
    try:
        print(name, args, getattr(math, name)(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__, e)
