from pkg_helpers.star import *
print(public_a, public_b)
try:
    not_in_all
except NameError as e:
    print("NameError:", e)
from pkg_helpers.star_noall import *
print(visible, func())
try:
    _underscore
except NameError as e:
    print("NameError:", e)
print(sorted(k for k in globals() if not k.startswith("__")))
