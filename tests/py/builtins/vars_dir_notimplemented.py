# vars() reads a __dict__ the class defines itself; dir() with a mapping as locals uses its
# keys(); bool(NotImplemented) warns (DeprecationWarning).
import warnings

class C:
    def getDict(self):
        return {'a': 2}
    __dict__ = property(fget=getDict)

print(vars(C()), C().__dict__)

class W:
    __weakref__ = "mine"
print(W.__weakref__)

class D(dict):
    def keys(self):
        return list('xyz')
print(eval('dir()', {}, D()), eval('dir()', {}, {'b': 1, 'a': 2}))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented), not NotImplemented)
    print([(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        if NotImplemented:
            pass
    except DeprecationWarning as e:
        print("error:", e)
