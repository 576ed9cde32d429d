matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix if sum(row) > 5 for v in row if v % 2])
data = [3, 8, 1, 9, 4]
print([y for x in data if (y := x * 2) > 7])
print(y)
total = 0
print([total := total + x for x in data], total)
print({k: [v for v in range(k)] for k in range(3)})
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
