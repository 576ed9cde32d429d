import sys
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(3))
def perms(s):
    if len(s) <= 1: return [s]
    return [s[i] + p for i in range(len(s)) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcde")))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
memo = {}
def collatz(n):
    if n == 1: return 0
    if n in memo: return memo[n]
    r = 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
    memo[n] = r
    return r
print(max(range(1, 10000), key=collatz), collatz(27))
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
try:
    depth(10**6)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(5000)
print(depth(4000))
def mutual_even(n): return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n): return False if n == 0 else mutual_even(n - 1)
print(mutual_even(100), mutual_odd(7))
