# Recursion: naive fib (call overhead), Ackermann-like small recursion and a deep recursion of
# several thousand frames (sum over a linked list, tree depth).
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def deep_sum(node):
    if node is None:
        return 0
    return node[0] + deep_sum(node[1])


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def main(reps):
    sys.setrecursionlimit(20000)
    lst = None
    for i in range(8000):
        lst = (i, lst)
    total = 0
    for _ in range(reps):
        total += fib(24)
        total += tak(18, 12, 6)
        for _ in range(20):
            total += deep_sum(lst) + depth(9000)
    print(total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
