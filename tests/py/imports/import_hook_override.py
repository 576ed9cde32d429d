# A replacement builtins.__import__ is what the import statement calls, with
# (name, globals, locals, fromlist, level); restoring the original restores normal imports.
import builtins

calls = []
real_import = builtins.__import__


def hook(name, globals=None, locals=None, fromlist=(), level=0):
    where = "module" if locals is globals else ("no-locals" if locals is None else "other")
    calls.append((name, fromlist, level, globals is not None and globals.get("__name__"), where))
    if name in ("fake", "fake.sub") or level > 0:
        class Fake:
            alpha = 1
            beta = 2
            sub = "sub-attr"
        return Fake
    return real_import(name, globals, locals, fromlist, level)


builtins.__import__ = hook
try:
    import fake
    import fake.sub
    from fake import alpha
    from fake.sub import alpha, beta
    from . import alpha
    from ..fake import beta
    import math as m

    def inside_function():
        import fake
        from fake import beta
        return beta

    print(inside_function())

    class Body:
        import fake
        from fake import alpha
    print(Body.alpha)
finally:
    builtins.__import__ = real_import

for c in calls:
    print(c)
print(fake.alpha, alpha, beta, m.sqrt(16))

# the normal machinery is back
import json
print(json.dumps([1]))

# a non-callable __import__ gives a TypeError from the import statement
builtins.__import__ = 42
try:
    import os
except TypeError as e:
    print("TypeError", e)
finally:
    builtins.__import__ = real_import

# __import__ removed from builtins: ImportError
del builtins.__import__
try:
    import os
except ImportError as e:
    print("ImportError", e)
finally:
    builtins.__import__ = real_import
import os
print(os.sep)
