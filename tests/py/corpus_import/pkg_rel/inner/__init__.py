from . import helper
from .. import sibling
