# breakpoint() calls sys.breakpointhook(*args, **kws); the default hook follows
# $PYTHONBREAKPOINT ("0" disables it, "module.attr" or a builtin's name, unimportable: a
# RuntimeWarning and nothing else).
import os, sys, warnings

calls = []
def hook(*args, **kws):
    calls.append((args, kws))
    return "hooked"

sys.breakpointhook = hook
print(breakpoint(1, 2, x=3), calls)
sys.breakpointhook = sys.__breakpointhook__

os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "int"
print(breakpoint("42"))
os.environ["PYTHONBREAKPOINT"] = "os.path.join"
print(breakpoint("a", "b"))
for bad in ("nosuchmodule.nosuchcallable", ".foo", "foo.", "os.nosuchattr", "nosuchbuiltin"):
    os.environ["PYTHONBREAKPOINT"] = bad
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        print(breakpoint(), [(x.category.__name__, str(x.message)) for x in w])
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
