from pkg_circ.d import D
C = 1
