from .. import util
from ..util import double
from . import sibling
from .sibling import SIB as renamed
from .. import VERSION
def info():
    return (__name__, __package__, util.CONSTANT, double(21), sibling.SIB, renamed, VERSION)
