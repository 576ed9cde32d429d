print("sub package init", __name__, __package__)
from .sibling import SIB
