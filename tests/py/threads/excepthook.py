# An uncaught exception in a thread goes through threading.excepthook (printed to stderr).
import sys
import threading


def boom():
    raise ValueError("boom in thread")


caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, name="T-custom")
t.start()
t.join()
print("custom hook", caught)
threading.excepthook = old

t = threading.Thread(target=lambda: sys.exit(3), name="exiter")
t.start()
t.join()
print("SystemExit ignored", t.is_alive())

t = threading.Thread(target=boom, name="T-default")
t.start()
t.join()
print("after default hook")
sys.stdout.flush()
