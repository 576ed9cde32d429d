// The _thread module. Krait runs one thread per interpreter for now: locks are plain flags
// (a blocking acquire of a held lock can never succeed, so it fails after the timeout or
// raises instead of deadlocking) and start_new_thread raises RuntimeError.
#include "modules/embedded_py_module.h"
#include "modules/modules.h"

namespace krait {

namespace {

const char kThreadSource[] = R"PY(
error = RuntimeError
TIMEOUT_MAX = 9223372036.0

def get_ident():
    return 1

def get_native_id():
    import os
    return os.getpid()

def _count():
    return 0

def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0

def daemon_threads_allowed():
    return True

def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    raise RuntimeError("can't start new thread")

start_new = start_new_thread

def interrupt_main(signum=2):
    if signum == 2:
        raise KeyboardInterrupt

def exit():
    raise SystemExit

exit_thread = exit

def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")

class lock:
    __slots__ = ('_locked', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._locked = False
        return self

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if blocking and timeout == -1:
            raise RuntimeError("deadlock: acquiring a held lock with one thread")
        if blocking and timeout > 0:
            import time
            time.sleep(timeout)
        return False

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self._locked = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return "<%s %s.%s object at %#x>" % (state, type(self).__module__,
                                              type(self).__qualname__, id(self))

LockType = lock
lock.__module__ = '_thread'

def allocate_lock():
    return lock()

allocate = allocate_lock

class RLock:
    __slots__ = ('_owner', '_count', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._owner = 0
        self._count = 0
        return self

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        me = get_ident()
        if self._count and self._owner == me:
            self._count += 1
            return True
        if not self._count:
            self._owner = me
            self._count = 1
            return True
        return False

    __enter__ = acquire

    def release(self):
        if self._count == 0 or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = 0

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0

    def _at_fork_reinit(self):
        self._owner = 0
        self._count = 0

    def __repr__(self):
        return "<%s %s.%s object owner=%d count=%d at %#x>" % (
            "locked" if self._count else "unlocked", type(self).__module__,
            type(self).__qualname__, self._owner, self._count, id(self))

def _set_sentinel():
    return lock()

class _local:
    __slots__ = ('__dict__', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return object.__new__(cls)

class _ExceptHookArgs(tuple):
    def __new__(cls, seq):
        return tuple.__new__(cls, seq)
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

def _excepthook(args):
    import sys
    if args.exc_type is SystemExit:
        return
    f = sys.stderr
    if f is None:
        return
    name = getattr(args.thread, 'name', None) if args.thread is not None else None
    if name is None:
        name = get_ident()
    print("Exception in thread %s:" % name, file=f, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=f)
    f.flush()


)PY";

}  // namespace

Object* createThreadModule(InterpState*) {
    return moduleFromEmbeddedSource("_thread", kThreadSource);
}

}  // namespace krait
