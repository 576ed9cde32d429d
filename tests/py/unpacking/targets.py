class Obj:
    pass
o = Obj()
lst = [0, 0, 0]
d = {}
o.a, lst[1], d["k"] = "attr", "item", "key"
print(o.a, lst, d)
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
for o.x, d["y"] in [(1, 2), (3, 4)]:
    pass
print(o.x, d)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
print([(x, y) for x, *y in ["abc", "de"]])
((a, b), c), d = ((1, 2), 3), 4
print(a, b, c, d)
gen = (i * i for i in range(3))
p, q, r = gen
print(p, q, r)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
s1, s2 = sorted({9, 3})
print(s1, s2)
