from pkg_cycle2 import second
F = "first"
def use(): return second.S
