# _thread.interrupt_main() from another thread while the main thread waits in a lock: the
# KeyboardInterrupt is raised right after the C call that returned (as CPython's eval breaker
# after CALL), so threading's Condition/Event state stays consistent and join() works again.
import _thread
import threading


def call_interrupt():
    _thread.interrupt_main()


caught = 0
for i in range(30):
    t = threading.Thread(target=call_interrupt)
    try:
        t.start()
        t.join()
    except KeyboardInterrupt:
        caught += 1
    t.join()
    assert not t.is_alive()
print("caught", caught)

# In the main thread: raised at once.
try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print("main: KeyboardInterrupt")

# An Event set by the interrupting thread: wait() is interrupted or returns, and the
# condition's lock is released either way.
for i in range(10):
    ev = threading.Event()

    def setter():
        ev.set()
        _thread.interrupt_main()

    t = threading.Thread(target=setter)
    try:
        t.start()
        ev.wait()
        t.join()
    except KeyboardInterrupt:
        pass
    t.join()
    assert ev.is_set()
    assert not ev._cond._lock.locked() if hasattr(ev._cond._lock, "locked") else True
print("event ok")
