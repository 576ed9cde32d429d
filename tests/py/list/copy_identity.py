a = [1, [2, 3]]
b = a[:]
c = list(a)
d = a.copy()
e = a
print(a == b == c == d, a is b, a is e, a[1] is b[1] is c[1] is d[1])
b[1].append(4)
print(a, b)
e.append(5)
print(a)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
bad = [[0] * 3] * 3
bad[0][0] = 1
print(grid, bad)
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
x = y
x += [4]
print(x, y)
l = [0]
l[0] = l
print(l, l[0] is l)
