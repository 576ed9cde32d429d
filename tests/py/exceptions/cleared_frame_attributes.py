# frame.clear() on a finished frame drops its locals but keeps f_code, f_lineno, f_globals:
# traceback.clear_frames() followed by formatting the traceback (what unittest does) works.
import sys
import traceback


class Big:
    def __del__(self):
        print("Big freed")


def inner():
    big = Big()
    x = 42
    raise ValueError("boom")


def outer():
    inner()


try:
    outer()
except ValueError:
    tb = sys.exc_info()[2]

frames = []
t = tb
while t:
    frames.append(t.tb_frame)
    t = t.tb_next
print([f.f_code.co_name for f in frames])
print(sorted(frames[-1].f_locals))
print("clearing")
traceback.clear_frames(tb)
print("cleared")
print([f.f_code.co_name for f in frames], [f.f_lineno > 0 for f in frames])
print(frames[-1].f_globals is globals(), frames[-1].f_lasti >= 0)
print(frames[-1].f_locals)
lines = traceback.format_tb(tb)
print(len(lines), [l.strip().splitlines()[-1] for l in lines])
print(traceback.format_exception(ValueError, ValueError("boom"), tb)[-1], end="")
