def g():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit received")
        return "value ignored by close"
it = g()
next(it)
print(it.close())
def never_started():
    print("never printed")
    yield
ns = never_started()
ns.close()
print("closing unstarted generator runs nothing")
def yields_in_finally():
    try:
        yield 1
    finally:
        print("finally ran")
y = yields_in_finally()
next(y)
y.close()
def throw_after_done():
    yield 1
t = throw_after_done()
list(t)
try:
    t.throw(ValueError("after exhaustion"))
except ValueError as e:
    print("ValueError:", e)
