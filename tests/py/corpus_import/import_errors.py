import sys
for stmt in ["import a_b_c_nonexistent", "from pkg_rel import nonexistent_name", "import pkg_rel.nonexistent_mod", "from pkg_rel.sibling import NOPE", "import pkg_rel.sibling.SIB", "from . import x", "from .x import y", "import math.nope"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, "|", e, "|", e.name, "|", type(e.path).__name__)
try:
    import a_b_c_nonexistent
except ModuleNotFoundError as e:
    print(e.msg, e.args)
e = ImportError("msg", name="n", path="/p")
print(e, repr(e), e.name, e.path, e.msg, e.args)
e2 = ModuleNotFoundError()
print(repr(e2), e2.name, e2.msg)
try:
    ImportError("x", bad=1)
except TypeError as ex:
    print(ex)
sys.path.insert(0, "pkg_rel")
import sibling
print(sibling.SIB, sibling.__name__)
sys.path.pop(0)
print("sibling" in sys.modules)
