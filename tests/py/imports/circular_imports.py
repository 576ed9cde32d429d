from pkg_helpers import circ_a
print(circ_a.from_b(), circ_a.A_LATE)
from pkg_helpers import circ_b
print(circ_b.seen_early, circ_b.seen_late, circ_b.circ_a is circ_a)
