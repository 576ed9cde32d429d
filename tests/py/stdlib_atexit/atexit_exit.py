# Callbacks run after sys.exit(); one that calls sys.exit() is reported and does not change
# the exit status; stdout written by callbacks is flushed.
import atexit, sys

def exits():
    sys.exit(7)

atexit.register(print, "printed at exit", 1, sep="|")
atexit.register(exits)
atexit.register(print, "first at exit")
print("exiting with 3")
sys.exit(3)
