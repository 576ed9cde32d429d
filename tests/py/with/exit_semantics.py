class Tracker:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit args", [type(x).__name__ for x in exc])
        return None
with Tracker() as t:
    pass
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from exit") from ev
try:
    with Replace():
        raise ValueError("orig")
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with EnterFails():
        print("never body")
except OSError as e:
    print("OSError:", e)
order = []
class Ord:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        order.append("enter" + self.n)
    def __exit__(self, *a):
        order.append("exit" + self.n)
with Ord("1"), Ord("2"), Ord("3"):
    order.append("body")
print(order)
class Truthy:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        return "yes"
with Truthy():
    1 / 0
print("truthy return suppresses")
with open(__file__) as fh:
    print(fh.closed, fh.readline().strip())
print(fh.closed)
