# sys._current_exceptions(): the exception each thread is handling, as exc_info() triples.
import sys, _thread

me = _thread.get_ident()
print(sys._current_exceptions()[me])
try:
    raise KeyError("k")
except KeyError as e:
    t, v, tb = sys._current_exceptions()[me]
    print(t.__name__, v is e, tb is e.__traceback__, list(sys._current_exceptions()) == [me])
    try:
        raise ValueError("inner")
    except ValueError:
        print(sys._current_exceptions()[me][0].__name__)
    print(sys._current_exceptions()[me][0].__name__)
print(sys._current_exceptions()[me])
try:
    sys._current_exceptions(1)
except TypeError as e:
    print(e)
