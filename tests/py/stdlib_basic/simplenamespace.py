# types.SimpleNamespace: __dict__, vars(), repr (subclass name, recursion, non-identifier keys),
# equality across subclasses, pickling and copying, attribute deletion, positional args error.
import types, pickle, copy, sys
ns = types.SimpleNamespace(a=1, b="two")
print(ns, vars(ns), ns.__dict__ is vars(ns))
ns.c = [1, 2]
del ns.a
print(ns, sorted(ns.__dict__))
try:
    del ns.zzz
except AttributeError as e:
    print("AttributeError", e)
ns.__dict__["x-y"] = 5
ns.__dict__[""] = 6
print(ns)
ns.self = ns
print(ns)
class Sub(types.SimpleNamespace):
    pass
s = Sub(q=1)
print(s, repr(Sub()), s == types.SimpleNamespace(q=1), types.SimpleNamespace(q=1) == s)
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    n2 = pickle.loads(pickle.dumps(types.SimpleNamespace(x=1, y=[2]), proto))
    print(proto, n2)
print(copy.copy(types.SimpleNamespace(k=3)), copy.deepcopy(types.SimpleNamespace(k=[3])))
print(types.SimpleNamespace(a=1).__reduce__())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print("TypeError", e)
print(type(sys.implementation) is types.SimpleNamespace, sys.implementation.name in ("cpython", "krait"))
