import sys
cases = ["import pkg_errs.bad_relative", "import pkg_errs.name_error", "from pkg_errs.attr_error_star import *", "from pkg_errs import missing_attr", "import pkg_errs.missing_module", "from pkg_errs.name_error import x", "import pkg_errs.__init__.nope"]
for stmt in cases:
    try:
        exec(stmt, {})
        print("ok", stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__, e, getattr(e, "name", None))
print(sorted(k for k in sys.modules if k.startswith("pkg_errs")))
try:
    from pkg_errs import name_error
except NameError as e:
    print("retry NameError", e)
try:
    __import__("pkg_errs.bad_relative")
except ModuleNotFoundError as e:
    print(e.name, e.msg)
