import sys
sys.setrecursionlimit(1000)
def f(n):
    return f(n + 1)
for attempt in range(3):
    try:
        f(0)
    except RecursionError:
        print("attempt", attempt, "caught")
def g(n):
    try:
        return g(n + 1)
    except RecursionError:
        return n
print(g(0) > 100)
def h():
    try:
        h()
    finally:
        pass
try:
    h()
except RecursionError as e:
    print("through finally:", e)
class Deep:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Deep().a
except RecursionError:
    print("getattr recursion caught")
d = {}
cur = d
for _ in range(2000):
    cur["k"] = {}
    cur = cur["k"]
try:
    str(d)
    print("str ok")
except RecursionError:
    print("str RecursionError")
print("end")
