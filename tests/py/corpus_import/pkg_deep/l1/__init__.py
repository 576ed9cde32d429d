LEVEL = 'pkg_deep/l1'
