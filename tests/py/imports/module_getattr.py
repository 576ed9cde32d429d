from pkg_helpers import lazy_attrs
print(lazy_attrs.known, lazy_attrs.dyn_value)
try:
    lazy_attrs.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(dir(lazy_attrs))
from pkg_helpers.lazy_attrs import dyn_imported
print(dyn_imported)
import pkg_helpers
try:
    pkg_helpers.undefined_attribute
except AttributeError as e:
    print("AttributeError:", e)
