print("pkg_side_effects init start")
order = ["init"]
from . import first
order.append("after first")
from . import second
order.append("after second")
print("pkg_side_effects init end")
