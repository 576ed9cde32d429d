try:
    e = ValueError("base")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(err.__notes__, str(err))
try:
    ValueError().add_note(5)
except TypeError as e:
    print("TypeError:", e)
def f():
    raise KeyError("deep")
def g():
    f()
try:
    g()
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
try:
    raise RuntimeError("with tb").with_traceback(None)
except RuntimeError as e:
    print(e.__traceback__ is not None)
raise_note = ValueError("final error with note")
raise_note.add_note("this note goes to stderr")
raise raise_note
