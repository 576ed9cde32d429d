# _operator in C++: every function against its operator, errors, and the itemgetter /
# attrgetter / methodcaller types (calls, reprs, __reduce__, pickling, sorting with keys).
import _operator
import operator
import pickle
import copy

print(operator.itemgetter is _operator.itemgetter, operator.add is _operator.add)
print(sorted(k for k in dir(_operator) if not k.startswith("__")))

a, b = 17, 5
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lt", "le", "eq", "ne",
             "gt", "ge", "is_", "is_not"]:
    print(name, getattr(_operator, name)(a, b), getattr(_operator, name)(2.5, 2))
for name in ["lshift", "rshift", "and_", "or_", "xor"]:
    print(name, getattr(_operator, name)(a, b), getattr(_operator, name)(True, False))
for name in ["neg", "pos", "abs", "inv", "invert", "not_", "truth", "index"]:
    print(name, getattr(_operator, name)(-7), getattr(_operator, name)(True))
print(_operator.concat([1], [2]), _operator.concat("a", "b"), _operator.concat((1,), (2,)))
print(_operator.contains([1, 2], 2), _operator.contains("abc", "d"))
print(_operator.countOf([1, 2, 1, 1.0, True], 1), _operator.indexOf((3, 4, 5), 5))
nan = float("nan")
print(_operator.countOf([nan, nan], nan), _operator.indexOf([0, nan], nan))
print(_operator.countOf(iter(range(10)), 3))
d = {"k": 1}
_operator.setitem(d, "x", 2)
print(_operator.getitem(d, "x"), d)
_operator.delitem(d, "k")
print(d, _operator.getitem("hello", slice(1, 3)))
print(_operator.length_hint([1, 2, 3]), _operator.length_hint(iter(range(9))),
      _operator.length_hint(object(), 42))
print(_operator.call(max, 3, 9, 4), _operator.call(sorted, [3, 1], reverse=True))
print(_operator.matmul.__doc__, _operator.add.__name__)

class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * 10 + o.v)
    def __imatmul__(self, o):
        self.v = -1
        return self
    def __repr__(self):
        return "M(%r)" % self.v
print(_operator.matmul(M(1), M(2)), _operator.imatmul(M(1), M(2)))

# In-place forms: mutate lists, rebind ints.
lst = [1]
print(_operator.iadd(lst, [2]) is lst, lst, _operator.iconcat(lst, (3,)) is lst, lst)
for name, x, y in [("iadd", 5, 3), ("isub", 5, 3), ("imul", 5, 3), ("itruediv", 5, 2),
                   ("ifloordiv", 5, 2), ("imod", 5, 3), ("ipow", 5, 3), ("ilshift", 5, 3),
                   ("irshift", 40, 3), ("iand", 6, 3), ("ior", 6, 3), ("ixor", 6, 3)]:
    print(name, getattr(_operator, name)(x, y))
s = {1}
print(_operator.ior(s, {2}) is s, s)

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("no error", r)

err(lambda: _operator.add(1))
err(lambda: _operator.add(1, b=2))
err(lambda: _operator.truth())
err(lambda: _operator.neg("x"))
err(lambda: _operator.concat(1, 2))
err(lambda: _operator.concat([1], (2,)))
err(lambda: _operator.iconcat({}, []))
err(lambda: _operator.indexOf([1], 2))
err(lambda: _operator.countOf(1, 1))
err(lambda: _operator.index(1.5))
err(lambda: _operator.length_hint(1, "x"))
err(lambda: _operator.getitem([], 1))
err(lambda: _operator.is_(1))
err(lambda: _operator.itemgetter())
err(lambda: _operator.itemgetter(a=1))
err(lambda: _operator.itemgetter(1)())
err(lambda: _operator.itemgetter(1)([1, 2], x=1))
err(lambda: _operator.itemgetter(5)([1]))
err(lambda: _operator.attrgetter(1))
err(lambda: _operator.attrgetter())
err(lambda: _operator.attrgetter("nope")(1))
err(lambda: _operator.methodcaller())
err(lambda: _operator.methodcaller(1))
err(lambda: _operator.methodcaller("nope")(1))
err(lambda: _operator._compare_digest("a", b"a"))
err(lambda: _operator._compare_digest(1, 1))
err(lambda: _operator._compare_digest("a", 1))
err(lambda: _operator._compare_digest(1, b"a"))
err(lambda: _operator._compare_digest(b"a", "a"))
err(lambda: _operator._compare_digest("\xe9", "\xe9"))
x = "same"
print(_operator._compare_digest(x, x), _operator._compare_digest(b"abc", bytearray(b"abc")), _operator._compare_digest("ab", "abc"),
      _operator._compare_digest(memoryview(b"x"), b"y"), _operator._compare_digest("", ""))

# itemgetter
g = _operator.itemgetter(1)
g2 = _operator.itemgetter(2, 0, -1)
print(g([10, 20, 30]), g2("abcdef"), g({1: "one"}), _operator.itemgetter(slice(1, None))("xyz"))
print(repr(g), repr(g2), repr(_operator.itemgetter("a", (1, 2))))
print(g.__reduce__(), g2.__reduce__())
print(pickle.loads(pickle.dumps(g2))("abcdef"), copy.copy(g)([5, 6]), copy.deepcopy(g2)("abc"))
rows = [(3, "c", 1.5), (1, "a", 2.5), (2, "b", 0.5), (1, "z", 0.0)]
print(sorted(rows, key=_operator.itemgetter(0)), sorted(rows, key=_operator.itemgetter(0, 2)))
print(max(rows, key=_operator.itemgetter(2)), list(map(_operator.itemgetter(1), rows)))
print(type(g).__name__, type(g).__module__, type(g).__qualname__)

# attrgetter, dotted
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return "%s, %s%s" % (greeting, self.name, punct)
p = P("outer", P("mid", P("deep")))
f = _operator.attrgetter("name")
f2 = _operator.attrgetter("inner.inner.name", "name", "inner.name")
print(f(p), f2(p), repr(f), repr(f2), f2.__reduce__())
print(pickle.loads(pickle.dumps(f2))(p))
print(sorted([P("b"), P("a"), P("c")], key=_operator.attrgetter("name"))[0].name)
err(lambda: _operator.attrgetter("inner.nope")(p))
print(repr(_operator.attrgetter("a..b")))

# methodcaller
m = _operator.methodcaller("greet", "hi")
m2 = _operator.methodcaller("greet", "yo", punct="?")
print(m(p), m2(p), repr(m), repr(m2), repr(_operator.methodcaller("upper")))
print(m.__reduce__())
red = m2.__reduce__()
print(red[1], red[0].args, red[0].keywords, red[0].func is _operator.methodcaller)
print(pickle.loads(pickle.dumps(m2))(p), pickle.loads(pickle.dumps(m))(p))
print(list(map(_operator.methodcaller("split", ","), ["a,b", "c"])))
print(_operator.methodcaller("count", "a")("banana"))

# Recursive repr through a container in the items.
lst = []
ig = _operator.itemgetter(lst)
lst.append(ig)
err(lambda: repr(ig)[:40])

# The pure-Python names operator.py adds on top still work.
print(operator.__lt__(1, 2), operator.__add__(1, 2), operator.__concat__("a", "b"))
