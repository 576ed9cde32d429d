import sys
print(__name__)
from pkg_helpers import namecheck
print(namecheck.who(), namecheck.__name__)
main = sys.modules["__main__"]
print(main.__name__, hasattr(main, "namecheck"))
def f():
    return "f in main"
print(sys.modules[__name__].f())
if __name__ == "__main__":
    print("guard taken")
