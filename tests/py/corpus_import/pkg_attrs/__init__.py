import sys as _sys
from . import alpha
NAME = __name__
PKG = __package__
SPEC_NAME = __spec__.name
HAS_PATH = "__path__" in globals()
FILE_TAIL = __file__.rsplit("/", 1)[-1]
DOC = __doc__
def get_beta():
    from . import beta
    return beta
