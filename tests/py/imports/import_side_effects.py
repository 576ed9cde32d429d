import sys
import pkg_helpers.side_effects
import pkg_helpers.side_effects
from pkg_helpers import side_effects
print(sys._krait_test_order)
print(pkg_helpers.side_effects is side_effects, "pkg_helpers.side_effects" in sys.modules)
import pkg_helpers
print("side_effects" in dir(pkg_helpers))
