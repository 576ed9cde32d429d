def run():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(f"body{i}")
        finally:
            out.append(f"finally{i}")
    return out
print(run())
def nested_finally():
    out = []
    try:
        try:
            return "inner return"
        finally:
            out.append("inner finally")
    finally:
        out.append("outer finally")
        print(out)
print(nested_finally())
def exc_then_finally_break():
    for _ in range(3):
        try:
            raise ValueError("swallowed by break")
        finally:
            break
    return "exception discarded"
print(exc_then_finally_break())
def finally_continue():
    n = 0
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            n += 1
            continue
    return n
print(finally_continue())
