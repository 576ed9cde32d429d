print("pkg_a init", __name__, __package__)
value = "pkg_a.value"
from . import mod1
from .mod1 import func1 as f1
