print("second loading")
from .first import order as o
o.append("second")
