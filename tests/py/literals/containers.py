print([], [1], [1, 2,], [[], [[]]])
print((), (1,), (1, 2), ((),))
print({}, {1: 2}, {"a": [1, 2]}, {(1, 2): None})
print({1}, {1, 2, 2, 3}, set())
print(type({}).__name__, type({1}).__name__, type(()).__name__)
x = 1,
print(x, type(x).__name__)
print([*range(3), *"ab"], (*[1], 2), {*(1, 2), 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({1: "a", 1.0: "b", True: "c"})
print([i for i in ()], {k: v for k, v in ()})
nested = {"list": [1, {"t": (2, 3)}], "set": sorted({3, 1, 2})}
print(nested)
