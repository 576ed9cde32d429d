# threading's thread API: names, idents, enumerate, join with a timeout, current_thread.
import threading
import _thread

print(threading.current_thread().name, threading.current_thread() is threading.main_thread())
print(threading.get_ident() == _thread.get_ident())
ev = threading.Event()
info = {}


def waiter():
    cur = threading.current_thread()
    info["name"] = cur.name
    info["ident"] = cur.ident == threading.get_ident()
    info["native"] = cur.native_id == threading.get_native_id()
    info["main"] = cur is threading.main_thread()
    ev.wait()


t = threading.Thread(target=waiter, name="waiter-1")
print(repr(t).startswith("<Thread(waiter-1, initial)>"))
t.start()
t.join(0.02)
print("alive after join timeout", t.is_alive(), t in threading.enumerate(), threading.active_count())
print(sorted(th.name for th in threading.enumerate()))
ev.set()
t.join()
print("alive after set", t.is_alive(), t in threading.enumerate(), threading.active_count())
print(sorted(info.items()))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError", e)


class Sub(threading.Thread):
    def __init__(self, n):
        super().__init__(name="sub-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


subs = [Sub(i * 1000) for i in range(4)]
for s in subs:
    s.start()
for s in subs:
    s.join()
print([s.result for s in subs], [s.name for s in subs])

# Raw _thread: start_new_thread with kwargs, a lock as completion signal, _count.
done = _thread.allocate_lock()
done.acquire()
out = []


def raw(a, b=0):
    out.append(a + b)
    done.release()


ident = _thread.start_new_thread(raw, (1,), {"b": 2})
done.acquire()
print("raw", out, type(ident).__name__)
