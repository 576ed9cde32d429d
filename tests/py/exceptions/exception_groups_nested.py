def raise_group():
    raise ExceptionGroup("top", [
        ValueError("v1"),
        ExceptionGroup("mid", [TypeError("t1"), ValueError("v2")]),
        KeyError("k1"),
    ])
try:
    raise_group()
except* ValueError as g:
    print("ValueError group:", repr(g))
except* (TypeError, KeyError) as g:
    print("Type/Key group:", repr(g))
def handled_partially():
    try:
        raise_group()
    except* KeyError:
        print("handled KeyError")
try:
    handled_partially()
except ExceptionGroup as eg:
    print("leftover:", repr(eg))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("raised in except*")
except ExceptionGroup as eg:
    print("new:", repr(eg), [repr(e) for e in eg.exceptions])
eg = ExceptionGroup("msg", [ValueError("a"), TypeError("b")])
print(eg.derive([KeyError()]).message, type(eg.derive([KeyError()])).__name__, eg.args[0], len(eg.args[1]))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    try:
        raise TypeError("plain")
    except* ValueError:
        print("no")
except TypeError as e:
    print("unmatched plain exception passes through unwrapped:", repr(e))
