"""alpha docstring"""
import sys
PARENT_IN_MODULES = "pkg_attrs" in sys.modules
PARENT_PARTIAL = not hasattr(sys.modules["pkg_attrs"], "NAME")
NAME = __name__
