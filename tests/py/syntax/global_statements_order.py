print("module start", __name__)
def later():
    return helper() * 2
def helper():
    return 21
print(later())
try:
    undefined_function()
except NameError as e:
    print(e)
x = 1
def read_x():
    return x
x = 2
print(read_x())
print(type(__builtins__).__name__ in ("module", "dict"))
print(__doc__)
