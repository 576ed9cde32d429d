class Recorder:
    def __getitem__(self, key):
        return type(key).__name__, key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
r = Recorder()
print(r[1], r[1:2], r[::], r[1:2:3], r["a":"b"], r[1, 2:3], r[...], r[:, ::2])
r[1:3] = "v"
r[::2] = [1]
del r[5:]
del r[:, 0]
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            if isinstance(r, slice):
                return [row[c] for row in self.rows[r]]
            return self.rows[r][c]
        return self.rows[idx]
m = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m[1], m[1, 2], m[:, 0], m[1:, 1:], m[::2, -1])
