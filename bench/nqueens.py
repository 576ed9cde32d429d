# N-queens: backtracking over lists and sets, plus a bitmask solver (int arithmetic and lists).
import sys


def solve_lists(n):
    # Classic backtracking with a column list and occupied-diagonal lists.
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = [0] * n
    count = 0
    first = None

    def place(row):
        nonlocal count, first
        if row == n:
            count += 1
            if first is None:
                first = placement[:]
            return
        for c in range(n):
            d1 = row + c
            d2 = row - c + n
            if not cols[c] and not diag1[d1] and not diag2[d2]:
                cols[c] = diag1[d1] = diag2[d2] = True
                placement[row] = c
                place(row + 1)
                cols[c] = diag1[d1] = diag2[d2] = False

    place(0)
    return count, first


def solve_bits(n):
    full = (1 << n) - 1
    count = 0
    stack = [(0, 0, 0)]
    while stack:
        cols, left, right = stack.pop()
        if cols == full:
            count += 1
            continue
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            stack.append((cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1))
    return count


def solve_sets(n):
    # Permutation-style search keeping sets of used diagonals.
    solutions = 0

    def extend(queens, used_d1, used_d2):
        nonlocal solutions
        row = len(queens)
        if row == n:
            solutions += 1
            return
        for c in range(n):
            if c in queens:
                continue
            a, b = row + c, row - c
            if a in used_d1 or b in used_d2:
                continue
            queens.append(c)
            used_d1.add(a)
            used_d2.add(b)
            extend(queens, used_d1, used_d2)
            queens.pop()
            used_d1.discard(a)
            used_d2.discard(b)

    extend([], set(), set())
    return solutions


def main(reps):
    total = 0
    for _ in range(reps):
        count, first = solve_lists(8)
        total += count + sum(first)
        total += solve_bits(9)
        total += solve_sets(7)
    print(total, count, first)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
