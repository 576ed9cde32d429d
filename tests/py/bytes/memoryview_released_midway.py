# A memoryview released by the __index__/__float__/__bool__ of its own subscript or value:
# ValueError, never a use of freed memory; a slice taken meanwhile keeps the buffer.
size = 128
def release():
    m.release()
    global ba
    ba = bytearray(size)
class MyIndex:
    def __index__(self):
        release()
        return 4
for i, case in enumerate([
    lambda: m[MyIndex()],
    lambda: list(m[:MyIndex()]),
    lambda: list(m[MyIndex():8]),
]):
    ba = None
    m = memoryview(bytearray(b'\xff'*size))
    try:
        print(i, case())
    except ValueError as e:
        print(i, "ValueError", e)
def setcase(fn):
    global m, ba
    ba = None
    m = memoryview(bytearray(b'\xff'*size))
    try:
        fn()
    except ValueError as e:
        print("ValueError", e)
    print(ba[:8])
def s1(): m[MyIndex()] = 42
def s2(): m[:MyIndex()] = b'spam'
def s3(): m[MyIndex():8] = b'spam'
for f in (s1, s2, s3):
    setcase(f)
def s4(): m[0] = MyIndex()
setcase(s4)
class MyFloat:
    def __float__(self):
        release()
        return 4.25
class MyBool:
    def __bool__(self):
        release()
        return True
for fmt, val in [(f, MyIndex) for f in "bhilqnBHILQN"] + [("f", MyFloat), ("d", MyFloat), ("?", MyBool)]:
    ba = None
    m = memoryview(bytearray(b"\xff" * size)).cast(fmt)
    try:
        m[0] = val()
    except ValueError as e:
        print(fmt, "ValueError", e)
    print(ba[:8])
m = memoryview(bytearray(8)).cast('d')
for v in ['x', b'1', None, 1, 2.5, True, MyFloat]:
    try:
        m[0] = v() if v is MyFloat else v
        print(m[0])
    except Exception as e:
        print(type(e).__name__, e)
