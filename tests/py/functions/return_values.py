def none_implicit():
    pass
def none_explicit():
    return
def multi():
    return 1, 2
def early(x):
    if x:
        return "early"
    return "late"
print(none_implicit(), none_explicit(), multi(), early(1), early(0))
def finally_override():
    try:
        return "try"
    finally:
        print("finally runs")
print(finally_override())
def finally_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_return())
def loop_return():
    for i in range(10):
        if i == 3:
            return i
print(loop_return())
def gen_returns():
    return (x for x in range(2))
print(list(gen_returns()))
def nested_tuple():
    return (1, (2, 3)), [4]
(a, (b, c)), [d] = nested_tuple()
print(a, b, c, d)
