def nothing():
    pass
print(nothing())

class Empty:
    pass
print(Empty.__name__)

x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)

lst = [0, 1, 2, 3, 4, 5]
del lst[1]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
a = b = 3
del a, b
print("a" in dir(), "b" in dir())

assert True, "never"
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("empty args:", e.args)
