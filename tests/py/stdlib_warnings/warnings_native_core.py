# The native _warnings core under Lib's warnings module: default filters, registries and
# actions, stacklevel, warn_explicit, source= objects and errors.
import warnings
import _warnings

print(warnings.filters is _warnings.filters)
for f in warnings.filters:
    print(f[0], f[1], f[2].__name__, f[3], f[4])
print(_warnings._defaultaction, _warnings._onceregistry)
print(warnings.warn is _warnings.warn, warnings.warn_explicit is _warnings.warn_explicit)


def helper(msg, level=1):
    warnings.warn(msg, stacklevel=level)


def caller():
    helper("from helper", 2)


# "default": once per location (the module's __warningregistry__ remembers it).
for i in range(3):
    helper("repeated")
caller()
caller()
print(sorted(k for k in __warningregistry__ if k != "version"))

warnings.warn("deprecated in __main__", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)   # ignored by default
warnings.warn(UserWarning("an instance"))
warnings.warn("a big stack level", stacklevel=50)     # reported as sys:1

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    helper("recorded")
    helper("recorded")
    warnings.warn("with source", ResourceWarning, source=[1, 2])
    warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 7, module="fakemod")
    print([(str(w.message), w.category.__name__, w.filename.split("/")[-1], w.lineno,
            w.source) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    try:
        warnings.warn("to error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", repr(e))
    warnings.warn("still a warning", UserWarning)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print("nothing shown")

# "once" (global once-registry) and "module" (once per module).
with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once only")
        helper("once only")
with warnings.catch_warnings():
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("module once")
        helper("module once")

# Message filters are regular expressions matched at the start.
with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("ignore", message="skip")
    warnings.simplefilter("always", append=True)
    warnings.warn("skip this one")
    warnings.warn("keep: skip")
    print([str(w.message) for w in log])

# warn_explicit with and without a registry.
reg = {}
for i in range(2):
    warnings.warn_explicit("explicit once", UserWarning, "where.py", 3, registry=reg)
print(sorted(str(k) for k in reg))
warnings.warn_explicit("no registry", UserWarning, "where.py", 4)
warnings.warn_explicit("no registry", UserWarning, "where.py", 4)

# Errors.
for bad in [dict(category=int), dict(category="x"), dict(stacklevel="1")]:
    try:
        warnings.warn("bad", **bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    warnings.warn_explicit("m", UserWarning, "f.py", 1, registry=[])
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn_explicit("m", UserWarning, "f.py", 1, module_globals=[])
except TypeError as e:
    print("TypeError:", e)
saved = warnings.filters
try:
    warnings.filters = [("bogus", None, Warning, None, 0)]
    warnings._filters_mutated()
    warnings.warn("bogus action")
except RuntimeError as e:
    print("RuntimeError:", e)
finally:
    warnings.filters = saved
    warnings._filters_mutated()
print("done")
