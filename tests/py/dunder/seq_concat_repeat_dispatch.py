# Dispatch of + / * / += / *= between builtin sequences, their subclasses and other types:
# CPython's number slots first, then sq_concat / sq_repeat / sq_inplace_* (which subclasses
# keep or lose depending on the dunders they override).
from collections import deque
import array
def t(f):
    try:
        r = f()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)
class L(list): pass
class S(str): pass
class Rs(str):
    def __radd__(self, o): return 'radd:' + o
t(lambda: L([1]) + [2]); t(lambda: [2] + L([1])); t(lambda: L([1]) * 2); t(lambda: 2 * L([1]))
t(lambda: S('a') + 'b'); t(lambda: 'a' + S('b')); t(lambda: 'a' + Rs('b')); t(lambda: Rs('b') + 'a')
t(lambda: b'a' + memoryview(b'b')); t(lambda: bytearray(b'a') + memoryview(b'b')); t(lambda: memoryview(b'a') + b'b')
t(lambda: [1] * True); t(lambda: 2 * 'ab'); t(lambda: 'ab' * -1); t(lambda: 'ab' * 2.0); t(lambda: 2.0 * 'ab')
t(lambda: deque([1]) + deque([2])); t(lambda: deque([1]) * 2); t(lambda: array.array('b', [1]) + array.array('b', [2])); t(lambda: 3 * array.array('b', [1]))
t(lambda: [1] + (2,)); t(lambda: (1,) + [2]); t(lambda: 'a' + b'b'); t(lambda: b'a' + 'b'); t(lambda: None + [1]); t(lambda: [1] + None)
x = [1]; x *= 2; print(x)
b = bytearray(b'a'); b *= 3; print(b)
tt = (1,); tt += (2,); print(tt)
s = 'a'; s += 'b'; print(s)
def f():
    y = [1]; y += 'ab'; return y
t(f)
def g():
    y = (1,); y += [2]; return y
t(g)
def h():
    y = 3; y *= [1]; return y
t(h)
def k():
    class C: pass
    y = C(); y *= [1]; return y
t(k)
class M(list):
    def __mul__(self, n): return 'mul'
t(lambda: M([1]) * 2); t(lambda: 2 * M([1])); 
def m():
    y = M([1]); y *= 2; return y
t(m)
class NI(list):
    def __iadd__(self, o): return NotImplemented
def n():
    y = NI([1]); y += [2]; return y
t(n)
