# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
seed = 4321
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
sets = [set() for _ in range(4)]
res = []
for step in range(3000):
    a = sets[rnd(4)]; b = sets[rnd(4)]
    op = rnd(16)
    k = rnd(400) - 150
    if op < 4:
        for _ in range(rnd(10)): a.add(rnd(500) - 200)
    elif op == 4:
        for _ in range(rnd(10)): a.discard(rnd(500) - 200)
    elif op == 5: res.append(list(a & b))
    elif op == 6: res.append(list(a | b))
    elif op == 7: res.append(list(a - b))
    elif op == 8: res.append(list(a ^ b))
    elif op == 9: res.append(list(a.intersection(list(b))))
    elif op == 10: res.append(list(a.difference(list(b), [k])))
    elif op == 11: res.append(list(a.symmetric_difference(list(b))))
    elif op == 12: res.append(list(a.union(list(b), range(k, k + 3))))
    elif op == 13: a.intersection_update(b | {k})
    elif op == 14: a.difference_update(list(b)[:3])
    elif op == 15: res.append(list(frozenset(a) | frozenset(b)))
    if a and rnd(20) == 0: res.append(a.pop())
    if step % 300 == 0:
        print(step, [len(s) for s in sets], [list(s)[:6] for s in sets])
print(len(res), res[-5:])
print([hash(frozenset(s)) for s in sets])
print({frozenset(s) for s in sets} == {frozenset(list(s)) for s in sets})
d = {}
for i in range(3000):
    k = rnd(200)
    if rnd(3): d[k] = i
    else: d.pop(k, None)
    if rnd(50) == 0 and d: d.popitem()
print(list(d.items())[:10], len(d))
print(list(set(d))[:20], list(set(d.values()))[:10], list(dict.fromkeys(set(d)))[:10])
