import pkg_cycle2.first
S = "second"
def use():
    return pkg_cycle2.first.F
