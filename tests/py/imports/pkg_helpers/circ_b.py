print("circ_b start")
from . import circ_a
B_VALUE = "b-value"
seen_early = getattr(circ_a, "A_EARLY", "missing")
seen_late = getattr(circ_a, "A_LATE", "missing")
print("circ_b end; saw", seen_early, seen_late)
