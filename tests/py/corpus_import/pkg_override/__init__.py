from . import leaf
from .leaf import VALUE
