def f(n):
    log = []
    try:
        log.append("try")
        if n == 1: raise ValueError("v")
        if n == 2: return "returned"
        if n == 3: raise KeyError("k")
    except ValueError:
        log.append("except V")
    except (KeyError, IndexError) as e:
        log.append(f"except {type(e).__name__}")
        return "from except"
    else:
        log.append("else")
    finally:
        log.append("finally")
        print(n, log)
    return "end"
for n in range(4):
    print(f(n))
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def finally_swallows():
    for _ in range(1):
        try:
            raise ValueError
        finally:
            break
    return "swallowed by break"
print(finally_swallows())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1: raise KeyError
            out.append(i)
        except KeyError:
            out.append("k")
            continue
        finally:
            out.append("f")
    return out
print(continue_in_finally())
def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
nested()
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen_finally():
    print("got", v)
    break
print("after loop")
x = 0
while True:
    try:
        x += 1
        if x > 2: break
    finally:
        print("loop finally", x)
try:
    raise ValueError("bare")
except:
    print("bare except caught")
try:
    raise SystemExit(3)
except Exception:
    print("not caught here")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
