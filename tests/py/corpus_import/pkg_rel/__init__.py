from .inner import helper
top = "pkg_rel.top"
