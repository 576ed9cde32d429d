from ..sibling import SIB
def who(): return __name__ + " sees " + SIB
