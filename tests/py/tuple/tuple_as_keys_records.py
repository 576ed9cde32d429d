grid = {}
for r in range(3):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid[1, 2], grid[(2, 0)], (0, 0) in grid, len(grid))
records = [("smith", "john", 30), ("doe", "jane", 25), ("smith", "anna", 35)]
by_last = {}
for last, first, age in records:
    by_last.setdefault(last, []).append((first, age))
print(sorted(by_last.items()))
print(sorted(records, key=lambda r: (r[0], -r[2])))
print(max(records, key=lambda r: r[2])[1], min(r[2] for r in records))
memo = {}
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[r, c] = paths(r - 1, c) + paths(r, c - 1)
    return memo[r, c]
print(paths(10, 10), len(memo))
