import sys
print("side_effects executing; already in sys.modules:", __name__ in sys.modules)
order = getattr(sys, "_krait_test_order", [])
order.append(__name__)
sys._krait_test_order = order
