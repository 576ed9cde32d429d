# _thread locks, RLock, get_ident, _local and argument errors, on one thread (runs everywhere).
import _thread
import sys


def err(f):
    try:
        r = f()
    except BaseException as e:
        return "%s: %s" % (type(e).__name__, e)
    return "ok %r" % (r,)


lk = _thread.allocate_lock()
print(type(lk).__name__, type(lk) is _thread.LockType, _thread.error is RuntimeError)
print(repr(lk).startswith("<unlocked _thread.lock object at 0x"))
print(lk.acquire(), lk.locked(), repr(lk).startswith("<locked _thread.lock object"))
print(lk.acquire(False), lk.acquire(blocking=False), lk.acquire(timeout=0.01), lk.acquire(True, 0))
print(err(lk.release), lk.locked(), err(lk.release))
with lk:
    print("in with", lk.locked())
print("after with", lk.locked())
print(lk.acquire_lock(), lk.locked_lock(), lk.release_lock(), lk.locked())
for args in [(False, 1), (True, -2), (True, float("nan")), (True, 1e20), (True, "x"), (True, 2**70)]:
    print(args, err(lambda: lk.acquire(*args)))
print(err(lambda: lk.acquire(1, -1.0)), lk.locked())
lk.release()
print(err(lambda: _thread.LockType()))
lk.acquire()
lk._at_fork_reinit()
print("reinit", lk.locked())

r = _thread.RLock()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
print(r.acquire(), r.acquire(), r._is_owned())
print(repr(r).startswith("<locked _thread.RLock object owner=%d count=2 at" % _thread.get_ident()))
state = r._release_save()
print(state == (2, _thread.get_ident()), r._is_owned())
r._acquire_restore(state)
print(r._is_owned(), r.release(), r.release(), err(r.release))
with r:
    with r:
        print("nested", r._is_owned())
print(err(r._release_save), err(lambda: r.acquire(False, 1)))
print(type(_thread.RLock(1, x=2)).__name__)


class MyRLock(_thread.RLock):
    pass


print(repr(MyRLock()).split(" object")[0])

ident = _thread.get_ident()
print(type(ident).__name__, ident == _thread.get_ident(), ident != 0)
print(type(_thread.get_native_id()).__name__, _thread._count())
print(_thread.TIMEOUT_MAX == 9223372036.0)
print(_thread.stack_size(), err(lambda: _thread.stack_size(100)), err(lambda: _thread.stack_size(-1)))
print(_thread.stack_size(65536), _thread.stack_size(), _thread.stack_size(0))
print(err(lambda: _thread.start_new_thread(1, ())))
print(err(lambda: _thread.start_new_thread(print, [])))
print(err(lambda: _thread.start_new_thread(print, (), 1)))
print(err(_thread.exit), err(_thread.exit_thread))
print(err(lambda: _thread.interrupt_main(100)))
s = _thread._set_sentinel()
print(type(s).__name__, s.locked())

loc = _thread._local()
loc.x = 1
print(loc.x, loc.__dict__, err(lambda: loc.y))
print(err(lambda: setattr(loc, "__dict__", {})))
del loc.x
print(loc.__dict__, err(lambda: _thread._local(1)))


class L(_thread._local):
    def __init__(self, a, b=0):
        self.a = a + b

    def twice(self):
        return self.a * 2


ll = L(3, b=4)
print(ll.a, ll.twice(), sorted(ll.__dict__))

a = _thread._ExceptHookArgs((ValueError, ValueError("x"), None, None))
print(a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread, len(a))
print(err(lambda: _thread._ExceptHookArgs((1, 2))))
print(err(lambda: _thread._excepthook(1)))
print(_thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(), None, None))))
import weakref
print(weakref.ref(lk)() is lk, weakref.ref(r)() is r, weakref.ref(ll)() is ll)
sys.stdout.flush()
