# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno): attributes as given, type
# errors for each argument.
import sys
import types


def get_tb():
    try:
        raise OSError()
    except OSError as e:
        return e.__traceback__


other = get_tb()
frame = sys._getframe()
tb = types.TracebackType(other, frame, 1, 2)
print(tb.tb_next is other, tb.tb_frame is frame, tb.tb_lasti, tb.tb_lineno)
tb = types.TracebackType(None, frame, 7, 20)
print(tb.tb_next, tb.tb_lasti, tb.tb_lineno, other.tb_lasti % 2)
for args in [("no", frame, 1, 2), (other, "no", 1, 2), (other, frame, "no", 2),
             (other, frame, 1, "nuh-uh"), (other, frame, 1)]:
    try:
        types.TracebackType(*args)
    except TypeError as e:
        print("TypeError", e)
