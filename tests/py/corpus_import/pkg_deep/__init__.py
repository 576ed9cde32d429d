LEVEL = 'pkg_deep'
