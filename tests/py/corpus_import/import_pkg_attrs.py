import pkg_attrs
print(pkg_attrs.NAME, pkg_attrs.PKG, pkg_attrs.SPEC_NAME, pkg_attrs.HAS_PATH, pkg_attrs.FILE_TAIL, pkg_attrs.DOC)
print(pkg_attrs.alpha.NAME, pkg_attrs.alpha.__doc__, pkg_attrs.alpha.PARENT_IN_MODULES, pkg_attrs.alpha.PARENT_PARTIAL)
print(hasattr(pkg_attrs, "beta"))
b = pkg_attrs.get_beta()
print(b.LOADED, b.ALPHA_NAME, hasattr(pkg_attrs, "beta"), pkg_attrs.beta is b)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkg_attrs")))
print(type(pkg_attrs.__path__).__name__, len(pkg_attrs.__path__), pkg_attrs.__spec__.origin.endswith("__init__.py"), pkg_attrs.alpha.__spec__.origin.endswith("alpha.py"))
import pkg_ns_parent.nsub.mod as nm
print(nm.VALUE, nm.__name__, nm.__package__)
import pkg_ns_parent
print(pkg_ns_parent.__file__ if hasattr(pkg_ns_parent, "__file__") else "no file", type(pkg_ns_parent.__path__).__name__ != "", pkg_ns_parent.__spec__.origin)
