def run(x):
    log = []
    try:
        log.append("try")
        if x == 1:
            raise ValueError("v")
        if x == 2:
            raise KeyError("k")
        if x == 3:
            return log + ["returned"]
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        log.append(f"except tuple {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for x in range(4):
    print(x, run(x))
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
nested()
try:
    try:
        raise ValueError
    except TypeError:
        print("not here")
except ValueError:
    print("propagated past non-matching handler")
try:
    raise IndexError
except LookupError as e:
    print("caught by base class", type(e).__name__)
try:
    raise Exception("a", "b")
except Exception as e:
    print(e, e.args, repr(e), str(e))
def e_deleted():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return "e" in locals()
print(e_deleted())
