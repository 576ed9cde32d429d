SIB = "l2 sibling"
from . import LEVEL as mine
