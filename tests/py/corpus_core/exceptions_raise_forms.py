for stmt in ["raise ValueError", "raise ValueError()", "raise ValueError('msg')", "raise ValueError from None", "raise ValueError from KeyError('k')", "raise KeyError('a', 'b')", "raise Exception", "raise TypeError(1, 2, 3)"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__, repr(e), repr(e.__cause__), e.__suppress_context__)
for bad in ["raise 5", "raise 'str'", "raise int", "raise ValueError from 5", "raise ValueError from int"]:
    try:
        exec(bad)
    except TypeError as e:
        print(bad, "->", e)
def reraise_outside():
    raise
try:
    reraise_outside()
except RuntimeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(e)
try:
    try:
        raise KeyError("x")
    except KeyError:
        raise
except KeyError as e:
    print("re-raised", repr(e))
def exc_in_except():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            return repr(t.__context__)
print(exc_in_except())
