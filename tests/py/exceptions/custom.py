class AppError(Exception):
    pass
class DbError(AppError):
    def __init__(self, table, msg="db failed"):
        super().__init__(msg)
        self.table = table
    def __str__(self):
        return f"[{self.table}] {self.args[0]}"
try:
    raise DbError("users")
except AppError as e:
    print(type(e).__name__, e, e.table, e.args, repr(e))
class NoInit(Exception):
    pass
e = NoInit(1, 2, 3)
print(e.args, str(e), repr(e), str(NoInit()), repr(NoInit("x")), str(NoInit("only")))
class Attr(Exception):
    code = 404
try:
    raise Attr
except Attr as err:
    print(err.code, repr(err))
class Base(BaseException):
    pass
try:
    try:
        raise Base("base")
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise int
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    try:
        pass
    except NotExc:
        pass
    print("no error when nothing raised")
    try:
        1 / 0
    except NotExc:
        pass
except TypeError as e:
    print("TypeError:", e)
e = ValueError("x")
e.extra = 5
print(e.extra, e.with_traceback(None) is e, e.__traceback__)
