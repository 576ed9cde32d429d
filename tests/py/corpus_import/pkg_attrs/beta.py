from . import alpha
from .alpha import NAME as ALPHA_NAME
LOADED = True
