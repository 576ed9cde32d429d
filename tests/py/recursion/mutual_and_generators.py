def tree(depth):
    if depth == 0:
        return None
    return (tree(depth - 1), depth, tree(depth - 1))
def walk(t):
    if t is None:
        return
    left, v, right = t
    yield from walk(left)
    yield v
    yield from walk(right)
print(list(walk(tree(4))))
def count_nodes(t):
    return 0 if t is None else 1 + count_nodes(t[0]) + count_nodes(t[2])
print(count_nodes(tree(10)))
def collatz_len(n, memo={1: 1}):
    if n not in memo:
        memo[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return memo[n]
print(max(range(1, 3000), key=collatz_len), collatz_len(27))
def deep_gen(n):
    if n:
        yield from deep_gen(n - 1)
    yield n
print(sum(deep_gen(400)))
