data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
print(list(iter(lambda: next(it), 5)))
count = 0
def next_val():
    global count
    count += 1
    return count * count
print(list(iter(next_val, 49)))
class Reader:
    def __init__(self, text, n):
        self.text, self.n, self.pos = text, n, 0
    def read(self):
        chunk = self.text[self.pos:self.pos + self.n]
        self.pos += self.n
        return chunk
r = Reader("abcdefghij", 3)
print(list(iter(r.read, "")))
si = iter(int, 1)
print(next(si), next(si))
class Raises:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
print(list(iter(Raises(), None)))
