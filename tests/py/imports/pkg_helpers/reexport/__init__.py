from .impl import public_function as exported
from .impl import *
__all__ = ["exported", "helper_const"]
