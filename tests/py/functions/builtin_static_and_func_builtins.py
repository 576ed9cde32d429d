# Static methods of builtin types report their type in __qualname__ and repr but have no
# __self__; functions built with FunctionType(code, globals) take __builtins__ from globals,
# else from the running frame (so exec() with other builtins carries over).
import sys

for f in (str.maketrans, bytes.maketrans, bytearray.maketrans, dict.fromkeys, int.from_bytes,
          float.fromhex, [].append, {}.pop, len, sys.getrecursionlimit):
    print(f.__name__, f.__qualname__, f.__self__ is None, type(f.__self__).__name__)
print(repr(str.maketrans).split(" at ")[0])
print(str.maketrans("ab", "xy"), bytes.maketrans(b"a", b"b")[97], str.maketrans({"a": "b"}))
print(str.maketrans == str.maketrans, str.maketrans.__reduce__()[1][1])
try:
    str.maketrans(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    str.maketrans()
except TypeError as e:
    print(e)

def func(s):
    return len(s)
ns = {}
func2 = type(func)(func.__code__, ns)
print(func2.__globals__ is ns, func2.__builtins__ is __builtins__.__dict__
      if hasattr(__builtins__, "__dict__") else func2.__builtins__ is __builtins__)
print(func2("abc"), ns)

code = """
def func3(s): pass
func4 = type(func3)(func3.__code__, {})
"""
safe_builtins = {'None': None}
ns = {'type': type, '__builtins__': safe_builtins}
exec(code, ns)
print(ns['func3'].__builtins__ is safe_builtins, ns['func4'].__builtins__ is safe_builtins,
      ns['func3'].__globals__['__builtins__'] is safe_builtins, '__builtins__' in ns['func4'].__globals__)
