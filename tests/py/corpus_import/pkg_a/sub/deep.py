from ...pkg_a import value as v
name = __name__
def where(): return __name__, __package__
