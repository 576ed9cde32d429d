print("first loading")
from . import order
order.append("first")
