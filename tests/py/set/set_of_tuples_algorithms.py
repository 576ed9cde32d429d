def neighbors(cell):
    r, c = cell
    return {(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)}
def step(live):
    candidates = live | {n for cell in live for n in neighbors(cell)}
    return {c for c in candidates if len(neighbors(c) & live) == 3 or (c in live and len(neighbors(c) & live) == 2)}
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = glider
for _ in range(4):
    state = step(state)
print(sorted(state), sorted((r - 1, c - 1) for r, c in state) == sorted(glider))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
visited = set()
stack = [(0, 0)]
while stack:
    p = stack.pop()
    if p in visited or not (0 <= p[0] < 4 and 0 <= p[1] < 4) or p in {(1, 1), (2, 2)}:
        continue
    visited.add(p)
    stack.extend([(p[0] + 1, p[1]), (p[0], p[1] + 1), (p[0] - 1, p[1]), (p[0], p[1] - 1)])
print(len(visited), (3, 3) in visited)
