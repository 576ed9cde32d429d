def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
g = 5
def h():
    global g
    del g
h()
try:
    g
except NameError as e:
    print("NameError:", e)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def except_var():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "cleared: " + str(err)
print(except_var())
def conditional_def(flag):
    if flag:
        v = "set"
    return v
print(conditional_def(True))
try:
    conditional_def(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
