a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, 2 * b, [] * 5, a * 0, a * -1)
print(a == [1, 2, 3], a != b, a < b, [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0])
print(3 in a, 7 not in a, [1] in [[1], 2])
x = a
x += [4]
print(a, x is a)
x = x + [5]
print(a, x is a)
nested = [[0] * 3] * 2
nested[0][0] = 1
print(nested)
print(len([None] * 4), list((1, 2)), list("ab"), list({1: 2}), list(range(3)))
try:
    a + (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
print([1, [2, [3]]] == [1, [2, [3]]], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n])
