class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self.n
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
def f():
    with CM(1) as v:
        return v * 10
print(f())
for i in range(3):
    with CM(i):
        if i == 1:
            break
print("loop done")
def g():
    for i in range(2):
        with CM(f"g{i}"):
            try:
                continue
            finally:
                print("finally", i)
g()
def h():
    try:
        with CM("h"):
            return "from with"
    finally:
        print("outer finally")
print(h())
