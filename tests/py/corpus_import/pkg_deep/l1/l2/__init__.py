LEVEL = 'pkg_deep/l1/l2'
