import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
print(sys.flags.dont_write_bytecode in (0, 1), sys.flags.utf8_mode in (0, 1), type(sys.flags).__name__)
print(sys.maxunicode, sys.float_repr_style, sys.int_info.sizeof_digit in (2, 4))
print(sys.getswitchinterval() > 0, sys.api_version > 0 or True)
