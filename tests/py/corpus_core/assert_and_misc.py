assert True
assert 1, "never"
try:
    assert False, "with message"
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 0
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x
try:
    check("s")
except AssertionError as e:
    print(e)
print(check(5), __debug__)
x = 10
print(x if x > 5 else -x, "yes" if [] else "no", (lambda: "l")() if x else None)
pass
if x:
    pass
elif x is None:
    pass
else:
    pass
print(..., type(...), Ellipsis == ...)
y = z = w = []
y.append(1); print(z, w, y is w)
a = b = 5; a += 1; print(a, b)
t = 1,; print(t)
print((1), (1,), ((1,)), [(1)], [(1,)])
print(1_000 + 0x_f + 0o_7 + 0b_1)
