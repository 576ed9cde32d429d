sq = {x: x * x for x in range(6)}
print(sq)
inv = {v: k for k, v in sq.items() if k % 2}
print(inv)
words = "the quick brown the lazy the end quick".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid, grid[(1, 2)])
print(dict(enumerate("abc")), dict(sorted({"b": 2, "a": 1}.items())))
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print(len({i % 7: i for i in range(100)}), {i % 7: i for i in range(100)}[3])
