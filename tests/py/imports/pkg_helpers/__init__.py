print("pkg_helpers/__init__ running, __name__ =", __name__)
VERSION = "1.0"
init_count = 1
def pkg_func():
    return "pkg_func from " + __name__
