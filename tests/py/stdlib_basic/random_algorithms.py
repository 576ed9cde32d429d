import random
rng = random.Random(2024)
data = [rng.randint(-1000, 1000) for _ in range(200)]
print(sum(data), min(data), max(data), data[:8])
def merge_sort(a):
    if len(a) <= 1:
        return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
print(merge_sort(data) == sorted(data))
hits = sum(1 for _ in range(10000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print(hits)
print(rng.sample("abcdefghij", 4), rng.choices("ab", weights=[1, 9], k=8))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:5])
