from .mod1 import CONST
from . import value
from .sub import deep
X = CONST + 1
