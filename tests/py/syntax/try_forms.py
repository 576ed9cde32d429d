def f(kind):
    try:
        if kind == "value":
            raise ValueError(kind)
        if kind == "type":
            raise TypeError(kind)
        if kind == "key":
            raise KeyError(kind)
    except (ValueError, TypeError) as e:
        return "tuple handler " + type(e).__name__
    except KeyError:
        return "key handler"
    except:
        return "bare handler"
    else:
        return "else"
    finally:
        print("finally for", kind)
for k in ["value", "type", "key", "none"]:
    print(f(k))
try:
    pass
finally:
    print("try/finally without except")
try:
    raise OSError("os")
except BaseException as e:
    print("BaseException catches", type(e).__name__)
try:
    try:
        raise ValueError
    except:
        raise
except ValueError:
    print("bare raise in bare except")
