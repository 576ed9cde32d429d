import sys
print(isinstance(sys.getsizeof(1), int), sys.getsizeof([]) > 0, sys.getsizeof("abc") > 0)
x = []
r1 = sys.getrefcount(x)
y = x
r2 = sys.getrefcount(x)
print(r2 - r1)
del y
print(sys.getrefcount(x) == r1)
print(callable(sys.settrace), callable(sys.exc_info), callable(sys.getrecursionlimit))
def frames():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name
def caller():
    return frames()
print(caller())
