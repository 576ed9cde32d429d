def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})[cause={type(e.__cause__).__name__ if e.__cause__ else None},ctx={type(e.__context__).__name__ if e.__context__ else None},supp={e.__suppress_context__}]")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    print(" <- ".join(chain))
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise ValueError("b") from e
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    show(e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    show(e)
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise TypeError("t")
    except TypeError as t:
        raise RuntimeError("r") from t
except RuntimeError as e:
    show(e)
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
e = ValueError("x")
e.__cause__ = KeyError("manual"); print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = "notexc"
except TypeError as ex:
    print(ex)
try:
    e.__context__ = 5
except TypeError as ex:
    print(ex)
def f():
    try:
        raise IndexError("inner")
    finally:
        try:
            raise KeyError("in finally")
        except KeyError as k:
            print("ctx of finally exc:", repr(k.__context__))
try:
    f()
except IndexError as e:
    print("propagated", repr(e), e.__context__)
try:
    try:
        raise ValueError(1)
    except ValueError as e:
        e2 = e
        raise
except ValueError as e:
    print(e is e2, e.__context__)
