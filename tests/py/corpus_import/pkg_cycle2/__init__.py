from pkg_cycle2 import first
