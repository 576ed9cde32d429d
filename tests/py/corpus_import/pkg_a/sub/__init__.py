from .. import mod1
from ..mod1 import func1
