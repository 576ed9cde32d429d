# Code leaning on the C-implemented parts of CPython's library: itertools, collections.deque,
# defaultdict, namedtuple, functools.reduce/partial, operator.itemgetter/attrgetter, heapq,
# bisect. (In Krait these are C++ modules; this keeps their speed honest.)
import bisect
import heapq
import itertools
import operator
import sys
from collections import deque, defaultdict, namedtuple
from functools import partial, reduce

Point = namedtuple("Point", "x y")


def bfs(grid_size, walls):
    start = (0, 0)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        x, y = queue.popleft()
        d = dist[(x, y)]
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < grid_size and 0 <= ny < grid_size and (nx, ny) not in walls \
                    and (nx, ny) not in dist:
                dist[(nx, ny)] = d + 1
                queue.append((nx, ny))
    return max(dist.values())


def dijkstra(n):
    edges = defaultdict(list)
    for i in range(n):
        for j in (i * 7 % n, (i + 1) % n, (i * i + 3) % n):
            edges[i].append((j, (i * j) % 13 + 1))
    best = {0: 0}
    heap = [(0, 0)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > best.get(u, 1 << 60):
            continue
        for v, w in edges[u]:
            nd = d + w
            if nd < best.get(v, 1 << 60):
                best[v] = nd
                heapq.heappush(heap, (nd, v))
    return sum(best.values())


def iter_work(n):
    total = 0
    data = list(range(n))
    total += sum(itertools.islice(itertools.count(5, 3), 1000))
    total += sum(a * b for a, b in zip(data, itertools.cycle((1, 2, 3))))
    total += sum(itertools.chain(data, data[::2], (1, 2, 3)))
    total += sum(len(list(g)) * k for k, g in itertools.groupby(sorted(x % 10 for x in data)))
    total += sum(1 for _ in itertools.combinations(range(14), 4))
    total += sum(p[0] for p in itertools.permutations(range(6), 4))
    total += sum(x * y for x, y in itertools.product(range(30), repeat=2))
    total += list(itertools.accumulate(data))[-1]
    total += sum(itertools.starmap(operator.mul, zip(data, reversed(data)))) % 1000
    total += sum(itertools.takewhile(lambda v: v < 500, data))
    total += sum(itertools.dropwhile(lambda v: v < n - 500, data))
    total += sum(v for _, v in itertools.zip_longest(data[:10], data, fillvalue=0))
    total += reduce(operator.add, data, 0)
    add5 = partial(operator.add, 5)
    total += sum(map(add5, data))
    pts = [Point(i % 17, i % 23) for i in range(n // 4)]
    total += sum(map(operator.attrgetter("x"), pts)) + max(pts, key=operator.itemgetter(1)).y
    total += sum(p.x * p.y for p in sorted(pts, key=operator.attrgetter("y", "x"))[:50])
    keys = sorted(d * 7 % 1009 for d in data[:2000])
    total += sum(bisect.bisect_left(keys, q) for q in range(0, 1009, 3))
    window = deque(maxlen=16)
    for v in data:
        window.append(v)
        if v % 64 == 0:
            total += sum(window)
    return total


def main(reps):
    checksum = 0
    walls = {(i, (i * 3) % 40) for i in range(40)}
    for _ in range(reps):
        checksum += bfs(40, walls)
        checksum += dijkstra(3000)
        checksum += iter_work(8000)
    print(checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
