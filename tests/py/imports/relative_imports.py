from pkg_helpers.sub import deep
print(deep.info())
import pkg_helpers.sub
print(pkg_helpers.sub.SIB, pkg_helpers.sub.__package__, pkg_helpers.sub.deep is deep)
try:
    exec("from . import something", {"__name__": "toplevel", "__package__": ""})
except ImportError as e:
    print("ImportError:", e)
