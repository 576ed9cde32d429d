# _signal against the OS (not on wasm): signals from os.kill run their Python handler in the
# main thread, Ctrl-C interrupts lock waits, handlers that return let sleeps and waits go on,
# pthread_sigmask / sigpending, alarm / setitimer, set_wakeup_fd.
import os, signal, threading, time, _signal

try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(1000):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt from SIGINT")

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGUSR1)
print(got)

# SIGINT from another thread while the main thread waits for a lock.
lock = threading.Lock()
lock.acquire()
def killer():
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGINT)
t = threading.Thread(target=killer)
t.start()
try:
    lock.acquire(timeout=10)
    print("acquired?")
except KeyboardInterrupt:
    print("KeyboardInterrupt in acquire")
t.join()

# A handler that returns: the wait goes on and succeeds.
def k2():
    time.sleep(0.1)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.1)
    lock.release()
t = threading.Thread(target=k2)
t.start()
print(lock.acquire(timeout=10), got)
t.join()

# time.sleep() is not cut short by a handler that returns (PEP 475).
t0 = time.monotonic()
def k3():
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)
t = threading.Thread(target=k3)
t.start()
time.sleep(0.3)
t.join()
print(got, time.monotonic() - t0 >= 0.29)

# Blocked signals stay pending until unblocked.
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(signal.SIGUSR1 in old)
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.sigpending() == {signal.SIGUSR1}, got)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print(got)
print(signal.pthread_sigmask(signal.SIG_SETMASK, []) == set())
for a in ([0], [65], ["x"]):
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.pthread_sigmask(17, [])
except OSError as e:
    print("OSError", e.errno)

# Timers.
print(signal.alarm(0))
signal.signal(signal.SIGALRM, lambda s, f: got.append("alarm"))
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
time.sleep(0.3)
print(got[-1], signal.getitimer(signal.ITIMER_REAL))
try:
    signal.setitimer(99, 1)
except signal.ItimerError as e:
    print("ItimerError", e.errno, signal.ItimerError.__mro__[1].__name__)

# set_wakeup_fd: only non-blocking fds; the signal number is written to it.
r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print("ValueError", str(e).replace(str(w), "N"))
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w), signal.set_wakeup_fd(w) == w)
os.kill(os.getpid(), signal.SIGUSR1)
print(os.read(r, 10), got[-1])
print(signal.set_wakeup_fd(-1) == w)
try:
    signal.set_wakeup_fd(10**6)
except OSError as e:
    print("OSError", e.errno)
signal.siginterrupt(signal.SIGUSR1, False)
signal.siginterrupt(signal.SIGUSR1, True)

# Handlers can only be set in the main thread.
def sub():
    for f, a in ((signal.signal, (signal.SIGUSR1, signal.SIG_DFL)), (signal.set_wakeup_fd, (-1,))):
        try:
            f(*a)
        except ValueError as e:
            print("ValueError", e)
t = threading.Thread(target=sub)
t.start()
t.join()

# Signals arriving while others are handled (an interval timer firing during handlers of
# signals sent with os.kill): every handler runs, and no KeyboardInterrupt appears from a
# pending request whose signal was already handled.
counts = {"usr1": 0, "alrm": 0}
def on_usr1(s, f):
    counts["usr1"] += 1
    x = 0
    for i in range(200):
        x += i
def on_alrm(s, f):
    counts["alrm"] += 1
signal.signal(signal.SIGUSR1, on_usr1)
signal.signal(signal.SIGALRM, on_alrm)
signal.setitimer(signal.ITIMER_REAL, 0.0002, 0.0002)
try:
    deadline = time.monotonic() + 1.0
    n = 0
    while time.monotonic() < deadline:
        os.kill(os.getpid(), signal.SIGUSR1)
        n += 1
finally:
    signal.setitimer(signal.ITIMER_REAL, 0)
print("stress: no KeyboardInterrupt", counts["usr1"] == n, counts["alrm"] > 10)
