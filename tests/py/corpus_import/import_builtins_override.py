# The import statement calls builtins.__import__ when a program replaces it, with
# (name, globals, locals or None, fromlist, level), in module, function and package code.
import builtins

calls = []
real_import = builtins.__import__


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    where = globals.get("__name__") if globals is not None else None
    # Only our own modules' imports: how Lib and the import machinery import their own
    # helpers differs between implementations.
    if where in ("__main__", "pkg_override", "pkg_override.leaf"):
        calls.append((name, where, fromlist, level, locals is None, locals is globals))
    return real_import(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
try:
    import pkg_override
    from pkg_override import leaf as leaf_mod
    import pkg_override.leaf as aliased

    def in_function():
        import math
        from sys import maxsize
        return math.floor(2.5), maxsize > 0

    print(in_function())
finally:
    builtins.__import__ = real_import

for c in calls:
    print(c)
print(pkg_override.VALUE, leaf_mod is aliased)


# A replacement may return anything: the statement binds what it returns.
class Fake:
    attr = "fake attr"


def fake_import(name, globals=None, locals=None, fromlist=(), level=0):
    print("fake import of", name, fromlist, level)
    return Fake


builtins.__import__ = fake_import
try:
    import anything_at_all
    from nowhere import attr
finally:
    builtins.__import__ = real_import
print(anything_at_all is Fake, attr)


# Errors raised by the replacement propagate from the import statement.
def failing_import(*args):
    raise LookupError("no imports today")


builtins.__import__ = failing_import
try:
    import json
except LookupError as e:
    print("LookupError:", e)
finally:
    builtins.__import__ = real_import

# Deleting builtins.__import__ makes import statements fail as CPython's do.
del builtins.__import__
try:
    import json
except ImportError as e:
    print("ImportError:", e)
finally:
    builtins.__import__ = real_import
import json
print(json.__name__)
