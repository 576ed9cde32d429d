from pkg_circ.c import C
D = 2
