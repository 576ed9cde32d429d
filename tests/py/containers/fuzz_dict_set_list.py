# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
d = {}
s = set()
l = []
out = []
for step in range(20000):
    op = rnd(12)
    k = rnd(300) - 100
    if op == 0 or op == 1:
        d[k] = step
        s.add(k)
        l.append(k)
    elif op == 2:
        d.pop(k, None); s.discard(k)
        if k in l: l.remove(k)
    elif op == 3 and d:
        out.append(d.popitem())
    elif op == 4 and s:
        out.append(s.pop())
    elif op == 5:
        l.insert(rnd(len(l) + 1), k)
    elif op == 6 and l:
        del l[rnd(len(l)):rnd(len(l) + 1):rnd(3) + 1]
    elif op == 7:
        s ^= {k, k + 1, k * 2}
    elif op == 8:
        d.setdefault(k, []).__class__
        s -= {k - 1, k + 1}
    elif op == 9 and len(l) > 5:
        l[1:4] = [k] * rnd(5)
    elif op == 10:
        s |= set(range(k, k + rnd(5)))
        d.update({k + 1: 1, k + 2: 2})
    elif op == 11 and step % 500 == 0:
        l.sort(); out.append(len(l))
    if step % 2000 == 0:
        print(step, len(d), len(s), len(l), list(d)[:5], list(s)[:8], l[:5], sum(l))
print(out[:20], out[-10:])
print(list(d.items())[-10:])
print(list(s)[-20:])
print(sorted(s) == sorted(set(s)), frozenset(s) == s, hash(frozenset(s)) == hash(frozenset(list(s))))
print(hash(frozenset(s)), hash(tuple(l)))
