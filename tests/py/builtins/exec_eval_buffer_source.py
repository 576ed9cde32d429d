# compile/exec/eval take their source from str or any bytes-like object: bytes, bytearray,
# memoryview (also a slice of one) and array.array, as CPython's source_as_string.
import array

print(eval(bytearray(b"1 + 1")))
print(eval(memoryview(b"2 + 2")))
print(eval(memoryview(b"xx3 * 3yy")[2:-2]))
print(eval(array.array("B", b"4 * 4")))
exec(memoryview(b"print('exec from memoryview')"))
exec(bytearray(b"x = 5\nprint('exec from bytearray', x)"))
ns = {}
exec(array.array("b", b"y = 6"), ns)
print(ns["y"])
code = compile(memoryview(b"print('compiled', 7)"), "<mv>", "exec")
exec(code)
print(eval(compile(bytearray(b"8 + 1"), "<ba>", "eval")))

# a coding cookie in a bytes-like source is honoured
print(eval(memoryview("# -*- coding: latin-1 -*-\n'\xe9'".encode("latin-1"))))

# a released memoryview is no source (the buffer error becomes the TypeError)
m = memoryview(b"1")
m.release()
for f, args in ((eval, (m,)), (exec, (m,)), (compile, (m, "<m>", "eval"))):
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)

# null bytes and non-buffers
try:
    eval(memoryview(b"1\x00"))
except (ValueError, SyntaxError) as e:
    print(type(e).__name__, e)
for f, args in ((eval, (42,)), (exec, ([1],)), (compile, (3.5, "<x>", "exec"))):
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, "TypeError", e)
