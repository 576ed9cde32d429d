def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m): return [list(r) for r in zip(*m)]
def identity(n): return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1: return m[0][0]
    return sum((-1) ** c * m[0][c] * det([r[:c] + r[c + 1:] for r in m[1:]]) for c in range(len(m)))
A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
print(matmul(A, B), transpose(A), matmul(A, identity(2)) == A, det(A), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
M = [[i * 3 + j for j in range(3)] for i in range(3)]
print(M, [row[::-1] for row in M], [list(r) for r in zip(*M[::-1])], sum(map(sum, M)), [M[i][i] for i in range(3)])
from fractions import Fraction
F = [[Fraction(1, i + j + 1) for j in range(3)] for i in range(3)]
print(det(F), F[2][2])
for row in M:
    print(" ".join(f"{v:3d}" for v in row))
print(repr([[0.1 * i for i in range(3)]]))
