class Reusable:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("enter depth", self.depth)
        return self
    def __exit__(self, *exc):
        print("exit depth", self.depth)
        self.depth -= 1
r = Reusable()
with r:
    with r:
        with r as inner:
            print("innermost", inner.depth)
with r:
    pass
class Once:
    def __init__(self):
        self.used = False
    def __enter__(self):
        if self.used:
            raise RuntimeError("cannot reenter")
        self.used = True
        return self
    def __exit__(self, *exc):
        return False
o = Once()
with o:
    pass
try:
    with o:
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
class EnterReturnsOther:
    def __enter__(self):
        return [1, 2, 3]
    def __exit__(self, *a):
        pass
with EnterReturnsOther() as (a, *rest):
    print(a, rest)
