# float() and int() accept any bytes-like object (bytes, bytearray, memoryview, array.array)
# and parse its bytes; errors name the object as CPython does.
import array
for x in [memoryview(b'3.14'), array.array('B', b'3.14'), bytearray(b' 2.5 '), memoryview(b'1.5x')[:3]]:
    for f in (float, int):
        try:
            print(f.__name__, f(x))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, str(e).split(" at 0x")[0])
for x in [memoryview(b'12'), array.array('B', b'42'), memoryview(b'123')[1:]]:
    try:
        print(int(x), int(x, 16))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for x in [array.array('B', b'x1'), memoryview(b'zz'), bytearray(b'1e5000x')]:
    for f in (float, int):
        try:
            print(f.__name__, f(x))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, str(e).split(" at 0x")[0])
