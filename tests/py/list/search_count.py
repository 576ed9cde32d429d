data = [5, 3, 8, 3, 9, 3, 1]
print(data.index(3), data.index(3, 2), data.index(3, 4, 6), data.count(3), 9 in data, data.index(1, -1))
try:
    data.index(3, 6)
except ValueError as e:
    print("ValueError:", e)
class Eq:
    def __eq__(self, o):
        print("eq called")
        return o == 8
print([1, 8].index(Eq()) if False else data.index(8), Eq() in [1, 8], [Eq()].count(8))
nan = float("nan")
l = [nan, 1]
print(nan in l, l.index(nan), l.count(nan), [float("nan")].count(nan))
print([[1]].index([1]), [(1, 2)].count((1, 2)), ["a", "A"].index("A"))
