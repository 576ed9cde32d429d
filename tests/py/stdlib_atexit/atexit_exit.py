# Callbacks run after sys.exit(); one that calls sys.exit() is reported and does not change
# the exit status; stdout written by callbacks is flushed.
import atexit, sys

def exits():
    sys.exit(7)

atexit.register(print, "printed at exit", 1, sep="|")
atexit.register(exits)
atexit.register(print, "first at exit")

# A second atexit module object (sys.modules entry deleted): the callbacks belong to the
# interpreter and still run, newest first.
del sys.modules["atexit"]
import atexit as atexit2
print(atexit2 is not atexit)
atexit2.register(print, "from the second module")
print("exiting with 3")
sys.exit(3)
