# BaseException.__setstate__ keeps the key and value alive while setattr runs: a str subclass
# key whose __hash__ clears the state dict must not free them (gh-97591).
import gc

d = {}


class ClearingKey(str):
    def __hash__(self):
        d.clear()
        return super().__hash__()


class Value(str):
    pass


exc = Exception()
d[ClearingKey("attr")] = Value("v")
exc.__setstate__(d)
gc.collect()
print(d, exc.attr, type(exc.attr).__name__)
e2 = ValueError(1)
e2.__setstate__({"a": 1, "b": [2]})
print(e2.a, e2.b, e2.__reduce__())
try:
    e2.__setstate__(5)
except TypeError as e:
    print("TypeError", e)
