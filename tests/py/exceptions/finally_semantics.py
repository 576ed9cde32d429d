def f1():
    try:
        return 1
    finally:
        print("f1 finally")
def f2():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("f2 finally", i)
    return i
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows"
def f4():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("f4 x", x)
def f5():
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("second")
    except ValueError as e:
        return repr(e), repr(e.__context__)
def f6():
    while True:
        try:
            break
        finally:
            print("f6 finally on break")
    return "f6 done"
def f7():
    try:
        pass
    finally:
        pass
    return "f7"
print(f1(), f2(), f3(), f4(), f5(), f6(), f7())
def counted():
    n = 0
    for i in range(5):
        try:
            try:
                if i % 2:
                    raise IndexError(i)
            finally:
                n += 1
        except IndexError:
            n += 10
    return n
print(counted())
