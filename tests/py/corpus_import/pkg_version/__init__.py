__version__ = "1.2.3"
__author__ = "corpus"
from .core import api as _api
def api(): return _api()
