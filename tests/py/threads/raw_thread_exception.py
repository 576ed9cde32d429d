# An exception in a function started by _thread.start_new_thread is reported as unraisable.
import _thread
import time


def bad():
    raise ValueError("raw boom")


_thread.start_new_thread(bad, ())
deadline = time.monotonic() + 10
while _thread._count() and time.monotonic() < deadline:
    time.sleep(0.01)
time.sleep(0.05)
print("count", _thread._count())
