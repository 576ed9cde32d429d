s = "0123456789"
cases = [(None, None, None), (2, None, None), (None, 3, None), (-3, None, None), (None, -3, None), (None, None, 2),
         (None, None, -1), (8, 2, -2), (2, 8, -1), (-1, -11, -1), (100, None, -1), (None, 100, 3), (-100, 100, 4),
         (5, 5, None), (3, 1, None), (0, 10, 11), (None, None, -11), (-5, -2, None)]
for st, sp, step in cases:
    sl = slice(st, sp, step)
    print((st, sp, step), repr(s[sl]), sl.indices(len(s)), list(range(10))[sl] == [int(c) for c in s[sl]])
print(s[::-1][::-1] == s, s[-1:-1], s[len(s):])
