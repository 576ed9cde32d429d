# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
l = list(range(30))
t = tuple(range(20))
out = []
for step in range(4000):
    n = len(l)
    a = rnd(n + 6) - 3 - n // 2; b = rnd(n + 6) - 3; c = rnd(7) - 3 or None
    op = rnd(10)
    try:
        if op == 0: l[a:b:c] = [step] * len(range(*slice(a, b, c).indices(n)))
        elif op == 1: del l[a:b:c]
        elif op == 2: l[a:b] = range(rnd(4))
        elif op == 3: out.append(l[a:b:c])
        elif op == 4: out.append(t[a:b:c])
        elif op == 5: l.insert(a, step)
        elif op == 6: out.append(l.pop(a) if l else None)
        elif op == 7: l[a:b:c] = l[a:b:c][::-1]
        elif op == 8: l.extend(range(rnd(5)))
        elif op == 9: out.append(l.index(rnd(30), a, b) if rnd(2) else l.count(rnd(30)))
    except (IndexError, ValueError) as e:
        out.append(type(e).__name__ + str(e)[:20])
    if len(l) > 200: del l[100:]
    if len(l) < 5: l.extend(range(20))
print(l, len(out))
print(out[-30:])
print(sum(len(x) if isinstance(x, (list, tuple)) else 1 for x in out))
