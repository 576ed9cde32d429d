from collections import deque
import functools
import itertools
def dijkstra(graph, start):
    dist = {start: 0}
    frontier = [(0, start)]
    while frontier:
        frontier.sort()
        d, node = frontier.pop(0)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in sorted(graph.get(node, {}).items()):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                frontier.append((nd, nxt))
    return dict(sorted(dist.items()))
g = {"a": {"b": 1, "c": 4}, "b": {"c": 2, "d": 5}, "c": {"d": 1}}
print(dijkstra(g, "a"))
def bfs(graph, start):
    seen, q, order = {start}, deque([start]), []
    while q:
        n = q.popleft()
        order.append(n)
        for m in sorted(graph.get(n, {})):
            if m not in seen:
                seen.add(m)
                q.append(m)
    return order
print(bfs(g, "a"))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), functools.reduce(lambda a, b: a ^ b, range(10)))
