d = {1: "a", 2: "b"}
k, v, i = d.keys(), d.values(), d.items()
d[3] = "c"
print(list(k), list(v), list(i), len(k), 3 in k, "c" in v, (3, "c") in i, reversed(k).__class__.__name__)
print(k == {1, 2, 3}, k != {1}, k < {1, 2, 3, 4}, k > {1}, k & [1, 9], k | [9], k ^ [1, 9], k - [1], [1, 9] & k if False else {1, 9} & k)
print(i & {(1, "a")}, i | {(9, "z")} >= {(9, "z")}, i - {(1, "a")} == {(2, "b"), (3, "c")})
print(v == v, v == d.values(), bool(v), bool({}.values()))
try:
    v & {1}
except TypeError as e:
    print(e)
try:
    hash(k)
except TypeError as e:
    print(e)
print(k.isdisjoint([5]), i.isdisjoint([(1, "a")]), k.mapping if hasattr(k, "mapping") else "", sorted(k.mapping.items()) if hasattr(k, "mapping") else "")
it = iter(d.items()); print(next(it), it.__length_hint__())
print(dict(sorted(d.items(), key=lambda kv: kv[1], reverse=True)), max(d, key=d.get), min(d.items(), key=lambda x: x[1]))
d2 = dict.fromkeys(range(3), [])
d2[0].append(1); print(d2)
nested = {"a": {"b": {"c": 1}}}; print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
from collections import OrderedDict
od = OrderedDict(); od["z"] = 1; od["a"] = 2; od.move_to_end("z"); print(list(od.keys()), od, repr(OrderedDict()))
try:
    od.move_to_end("nope")
except KeyError as e:
    print(repr(e))
cnt = {}
for ch in "hello world":
    cnt[ch] = cnt.get(ch, 0) + 1
print(cnt, sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
x = {}
x.setdefault("l", []).append(1)
x.setdefault("l", []).append(2)
print(x, x.pop("l"), x, {}.get("a"), dict(a=1, **{"b": 2}), {**{}, **{}})
print({i: i for i in range(3)} == dict(zip(range(3), range(3))), {(1, 2): 3}[(1, 2)], {1.0: "f"}[1], {True: "t"}[1])
big = {i: i * 2 for i in range(1000)}
for i in range(0, 1000, 2): del big[i]
print(len(big), sum(big), list(big)[:3], big.get(999))
print(dict([("a", 1), ["b", 2], "cd"]))
try:
    dict(["abc"])
except ValueError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
