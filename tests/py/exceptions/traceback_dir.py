# dir() of a traceback object lists its four attributes only, sorted.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(dir(tb), tb.__dir__())
print(tb.tb_lineno, tb.tb_next, type(tb.tb_frame).__name__, type(tb.tb_lasti).__name__)
