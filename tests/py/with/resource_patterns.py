class Lock:
    def __init__(self):
        self.held = False
    def __enter__(self):
        assert not self.held
        self.held = True
        return self
    def __exit__(self, *a):
        self.held = False
lock = Lock()
for i in range(3):
    with lock:
        print("critical", i, lock.held)
print("released", lock.held)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, t, v, tb):
        if t is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back due to", t.__name__)
            return True
        print("committed")
db = {"a": 1}
with Transaction(db) as s:
    s["b"] = 2
with Transaction(db) as s:
    s["c"] = 3
    raise RuntimeError("fail")
print(sorted(db.items()))
class Redirect:
    def __init__(self, target):
        self.target = target
    def __enter__(self):
        import sys
        self.old, sys.stdout = sys.stdout, self.target
        return self.target
    def __exit__(self, *a):
        import sys
        sys.stdout = self.old
class Buf:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
    def flush(self):
        pass
with Redirect(Buf()) as b:
    print("hidden", 1)
print("captured:", "".join(b.data).strip())
