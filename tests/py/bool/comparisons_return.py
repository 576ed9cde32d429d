print(type(1 < 2).__name__, type("a" == "a").__name__, type(1 in [1]).__name__, type(None is None).__name__)
class Custom:
    def __eq__(self, o):
        return 42
    def __lt__(self, o):
        return [1]
print(Custom() == 1, Custom() < 1, 1 == Custom())
print(not Custom() == 1, bool(Custom() < 1))
print([1, 2] == [1, 2], (1, 2) != (1, 2), {"a": 1} == {"a": 1})
print(isinstance(1 == 1, bool), (1 < 2) + (2 < 3), (1 < 2) * 10)
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, x is not None)
