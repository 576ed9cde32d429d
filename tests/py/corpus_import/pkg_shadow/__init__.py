from .math import value
