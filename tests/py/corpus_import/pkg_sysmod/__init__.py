import sys
class Replacement:
    """A module that replaces itself in sys.modules."""
    value = "replaced"
    def __getattr__(self, name):
        return "dynamic " + name
sys.modules[__name__] = Replacement()
