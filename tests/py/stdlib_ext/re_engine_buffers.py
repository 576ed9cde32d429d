# _sre subjects that are mutable buffers: a bytearray stays pinned (not resizable) while a
# scanner/finditer or a sub() over it is alive, as CPython holds its buffer; group slices
# of bytes-like subjects are bytes.
import gc
import re

b = bytearray(b'x')
it = re.finditer(b'a', b)
try:
    b.extend(b'x' * 400)
except BufferError as e:
    print('BufferError', e)
print(list(it))
del it
gc.collect()
b.extend(b'x' * 400)
print(len(b))

b = bytearray(b'abcabc')
def f(m):
    b[0:1] = b'z'
    return b'-'
print(re.sub(b'b', f, b), b)
try:
    re.sub(b'b', lambda m: b.extend(b'q') or b'', b)
except BufferError as e:
    print('BufferError', e)
b.extend(b'!')
print(b)

sc = re.compile(rb'\w').scanner(b)
m = sc.search()
b[0:1] = b'Q'
print(m, m.group(), m.string, sc.search())
del sc, m
b.append(0x21)
print(b)
print(re.search(b'', bytearray()), re.findall(b'.', memoryview(b'ab')), re.split(b'b', bytearray(b'abc')))
import array
a = array.array('B', b'hello')
print(re.search(b'l+', a), re.sub(b'l', b'L', a))
