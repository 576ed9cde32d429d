from pkg_all import *
print(pub, sorted(k for k in dir() if not k.startswith("__")))
from helpers_mod.plain import *
print(a, f(), K.__name__)
try:
    _hidden
except NameError as e:
    print(e)
import helpers_mod.plain as p
print(p._hidden, sorted(k for k in vars(p) if not k.startswith("__")))
try:
    import helpers_mod.raises
except ValueError as e:
    print("ValueError", e)
import sys
print("helpers_mod.raises" in sys.modules)
try:
    import helpers_mod.raises
except ValueError as e:
    print("again", e)
try:
    import helpers_mod.syntaxerr
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.endswith("syntaxerr.py"))
import types
m = types.ModuleType("fake_mod")
m.attr = 42
sys.modules["fake_mod"] = m
import fake_mod
from fake_mod import attr
print(fake_mod.attr, attr, fake_mod.__name__, repr(m))
sys.modules["none_mod"] = None
try:
    import none_mod
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["fake_mod"]
try:
    import fake_mod
except ImportError as e:
    print(type(e).__name__, e)
import math as m1, sys as s1
print(m1.pi > 3, s1 is sys)
def func_import():
    import helpers_mod.plain
    from helpers_mod import plain as pl
    return helpers_mod.plain.a, pl.f()
print(func_import())
mod = __import__("helpers_mod.plain")
print(mod.__name__, __import__("helpers_mod.plain", fromlist=["x"]).__name__)
import importlib
print(importlib.import_module("helpers_mod.plain").a, importlib.import_module(".plain", "helpers_mod").f())
