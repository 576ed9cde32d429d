import nspkg_helpers.inner.mod as m
print(m.VALUE)
import nspkg_helpers
print(hasattr(nspkg_helpers, "__path__"), getattr(nspkg_helpers, "__file__", None))
from nspkg_helpers.inner import mod
print(mod is m, mod.__name__)
