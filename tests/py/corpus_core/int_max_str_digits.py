import sys
try:
    s = str(10**5000)
    print(len(s))
except ValueError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
print(len(str(10**4299)), sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else "")
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
sys.set_int_max_str_digits(5000)
print(len(str(10**4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
print(hex(10**5000)[:10], f"{10**5000:x}"[:5])
try:
    f"{10**6000}"
except ValueError as e:
    print(e)
print(sys.flags.int_max_str_digits, sys.int_info)
