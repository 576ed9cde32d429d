from collections import namedtuple, OrderedDict, deque, defaultdict, Counter, ChainMap
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]), p == (1, 2), len(p), tuple(p), repr(p), type(p).__name__, P.__name__)
x, y = p; print(x, y, p.count(1), p.index(2), isinstance(p, tuple), hash(p) == hash((1, 2)))
try:
    P(1)
except TypeError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    namedtuple("Q", "a a")
except ValueError as e:
    print(e)
try:
    namedtuple("Q", "def")
except ValueError as e:
    print(e)
Q = namedtuple("Q", ["a", "b"], defaults=[9]); print(Q(1), Q._field_defaults, namedtuple("R", "a, b", rename=False)(1, 2))
R = namedtuple("R", "a def b", rename=True); print(R._fields)
od = OrderedDict([("b", 1), ("a", 2)]); od["c"] = 3; od.move_to_end("b"); print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict(a=1, b=2); od3 = OrderedDict(b=2, a=1); print(od2 == od3, dict(od2) == dict(od3), od2 == {"b": 2, "a": 1})
d = deque([1, 2, 3], maxlen=4); d.append(4); d.append(5); d.appendleft(0); print(d, d.pop(), d.popleft(), d, d.maxlen, len(d), d[0], d[-1])
d.rotate(1); print(d); d.extend([7, 8]); d.extendleft([9]); print(d, 7 in d, d.count(7), list(reversed(d)))
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque().popleft()
except IndexError as e:
    print(e)
dd = defaultdict(list); dd["a"].append(1); dd["b"]; print(dd, dict(dd), dd.default_factory, defaultdict(int)["x"])
try:
    defaultdict()["x"]
except KeyError as e:
    print(repr(e))
c = Counter("abracadabra"); print(c.most_common(2), c["z"], sorted(c.elements())[:5], c + Counter("aa"), c - Counter("aaaaaaaa"), Counter(a=1) == Counter(a=1, b=0))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
