# _signal in C++: handler table, raise_signal with Python handlers (run in the main thread
# before the next instruction), interrupt_main with a handler, CPython's error messages.
import errno, signal, _signal, _thread, sys

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM))
print(_signal.getsignal(signal.SIGTERM), _signal.SIG_DFL, _signal.SIG_IGN, _signal.NSIG)
print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.SIGKILL, signal.SIGCHLD,
      signal.SIG_BLOCK, signal.SIG_UNBLOCK, signal.SIG_SETMASK)
vs = signal.valid_signals()
print(type(vs).__name__, len(vs), min(vs), max(vs), 32 in vs, 33 in vs)
print([signal.strsignal(s) for s in (1, 2, 3, 9, 11, 13, 14, 15)])
print(signal.strsignal(signal.SIGINT) == _signal.strsignal(2))

got = []
def handler(signum, frame):
    got.append((signum, frame is sys._getframe(0) or frame.f_code.co_name))

old = signal.signal(signal.SIGUSR1, handler)
print(old)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(len(got), signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

# A handler that raises: the exception comes out of raise_signal / interrupt_main.
def bad(signum, frame):
    1/0
for sig in (signal.SIGINT, signal.SIGTERM):
    old = signal.signal(sig, bad)
    try:
        _thread.interrupt_main(sig)
    except ZeroDivisionError as e:
        print("interrupt_main", sig, "->", type(e).__name__)
    try:
        signal.raise_signal(sig)
    except ZeroDivisionError as e:
        print("raise_signal", sig, "->", type(e).__name__)
    signal.signal(sig, old)

# SIGINT's default handler raises KeyboardInterrupt; SIG_IGN / SIG_DFL: interrupt_main
# does nothing.
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print("interrupt_main KeyboardInterrupt")
for h in (signal.SIG_IGN, signal.SIG_DFL):
    old = signal.signal(signal.SIGINT, h)
    _thread.interrupt_main()
    _thread.interrupt_main(signal.SIGTERM)
    signal.signal(signal.SIGINT, old)
print("no interrupt")
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises")

# Handlers that install handlers; enum results from signal.signal().
def h2(s, f):
    signal.signal(signal.SIGUSR2, signal.SIG_DFL)
    got.append("h2")
signal.signal(signal.SIGUSR2, h2)
signal.raise_signal(signal.SIGUSR2)
print(got[-1], signal.getsignal(signal.SIGUSR2))
print(repr(signal.signal(signal.SIGUSR2, signal.SIG_IGN)), repr(signal.getsignal(signal.SIGUSR2)))
signal.signal(signal.SIGUSR2, signal.SIG_DFL)

def err(f, *a):
    try:
        r = f(*a)
        print("ok", r)
    except OSError as e:
        # errno values differ on WASI: print the name
        print(type(e).__name__, errno.errorcode[e.errno], e.strerror)
    except BaseException as e:
        print(type(e).__name__, e)

err(_signal.signal, 0, handler)
err(_signal.signal, 65, handler)
err(_signal.signal, signal.SIGKILL, handler)
err(_signal.signal, signal.SIGSTOP, signal.SIG_IGN)
err(_signal.signal, signal.SIGINT, 5)
err(_signal.signal, signal.SIGINT, None)
err(_signal.signal, signal.SIGINT, True)
err(_signal.signal, "x", handler)
err(_signal.signal, 2.0, handler)
err(_signal.signal, 2**40, handler)
err(_signal.signal, 1)
err(_signal.getsignal, 0)
err(_signal.getsignal, -1)
err(_signal.getsignal)
err(_signal.strsignal, 65)
err(_signal.strsignal, "2")
err(_signal.siginterrupt, 0, 1)
err(_signal.default_int_handler, 2)
err(_signal.set_wakeup_fd, -1, 5)
err(_signal.set_wakeup_fd, "x")
err(_signal.valid_signals, 1)
err(_thread.interrupt_main, -1)
err(_thread.interrupt_main, signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
