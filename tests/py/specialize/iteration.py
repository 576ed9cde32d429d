# Specialized FOR_ITER, UNPACK_SEQUENCE, subscripts, truth tests and containment.
def it_sum(seq):
    s = 0
    for x in seq:
        s += x
    return s


print(it_sum(list(range(300))), it_sum(tuple(range(300))), it_sum(range(300)))
print(it_sum(range(2**63 - 5, 2**63 + 5)) - 10 * 2**63)
print(it_sum(x for x in range(300)))
print(it_sum({1: 2, 3: 4}), it_sum({5, 6}))

# list mutated during iteration
lst = list(range(10))
out = []
for x in lst:
    out.append(x)
    if x < 5:
        lst.append(x + 100)
print(out)


def gen():
    yield 1
    return


for i in range(200):
    for v in gen():
        pass
print("gens ok")

# Generator closed while iterating elsewhere
g = (i for i in range(100))
for v in g:
    if v == 50:
        break
print(next(g), list(g)[-1])

# unpacking
pairs = [(i, i * 2) for i in range(200)] + [[1, 2], (1, 2, 3)]
acc = 0
try:
    for a, b in pairs:
        acc += a + b
except ValueError as e:
    print("ValueError", e, acc)
triples = [(1, 2, 3)] * 150 + [[4, 5, 6]] * 100 + [iter((7, 8, 9))]
acc = 0
for a, b, c in triples:
    acc += a * b * c
print(acc)
try:
    for a, b, c in [(1, 2, 3)] * 100 + [(1, 2)]:
        pass
except ValueError as e:
    print(e)

# subscripts
lst = list(range(100))
tup = tuple(range(100))
s = "abcdefghij" * 10
d = {i: i * i for i in range(100)}
acc = []
for i in range(-100, 100):
    acc.append((lst[i], tup[i], s[i], d.get(abs(i), -1)))
print(acc[:2], acc[-2:])
for name, obj in (("list", lst), ("tuple", tup), ("str", s), ("dict", d)):
    try:
        for i in range(200):
            obj[i]
    except (IndexError, KeyError) as e:
        print(name, type(e).__name__, e)
print(d[True], lst[True])


class D(dict):
    def __missing__(self, k):
        return "missing"


dd = D()
print([dd[i] for i in range(100)][-1])

# stores
lst = [0] * 100
for i in range(300):
    lst[i % 100] = i
    lst[-1] = -i
print(lst[:3], lst[-1])
try:
    for i in range(200):
        lst[i] = 0
except IndexError as e:
    print(e)
d = {}
for i in range(300):
    d[i % 7] = i
print(d)
try:
    for i in range(200):
        d[[i] if i == 150 else i] = 0
except TypeError as e:
    print(e)

# containment
ds = {i: 1 for i in range(50)}
ss = set(range(25))
fs = frozenset(range(10))
c = 0
for i in range(300):
    if i in ds:
        c += 1
    if i not in ss:
        c += 2
    if i in fs:
        c += 4
print(c)
try:
    for i in range(200):
        ([i] if i == 150 else i) in ss
except TypeError as e:
    print(e)

# truth tests
class Flag:
    pass


vals = [True, False, 0, 1, 2**70, [], [1], (), (1,), {}, {1: 1}, "", "x", None, Flag(), 0.0, 0.5]
res = []
for r in range(30):
    for v in vals:
        if v:
            res.append(1)
        else:
            res.append(0)
        if not v:
            res.append(2)
print(res[:len(vals) * 2])
f = Flag()
out = []
for i in range(300):
    if i == 100:
        Flag.__len__ = lambda self: 0
    if i == 200:
        Flag.__bool__ = lambda self: True
    out.append(1 if f else 0)
print(out[99], out[100], out[199], out[200])


class BadBool:
    def __bool__(self):
        raise ValueError("no truth")


try:
    for i in range(200):
        if (BadBool() if i == 150 else i):
            pass
except ValueError as e:
    print(e)
