# int() of buffer objects (CPython's test_int test_non_numeric_input_types): array.array and
# memoryview parse their bytes; an explicit base is refused for non-strings.
from array import array


class CustomBytes(bytes):
    pass


class CustomByteArray(bytearray):
    pass


for f in (bytes, bytearray, CustomBytes, CustomByteArray, memoryview,
          lambda b: array('B', b), lambda b: memoryview(array('B', b))):
    x = f(b'100')
    print(type(x).__name__, int(x))
    try:
        print(int(x, 2))
    except TypeError as e:
        print("TypeError:", e)

for bad in (array('B', b'1x'), array('B', b'')):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
print(int(array('B', b' -42 ')), int(array('b', b'7_0')))
try:
    int(array('i', [1]))
except ValueError as e:
    print("ValueError:", type(e).__name__)
