print(3 + 2.5, 3 * 2.5, 3 - True, True + True, 7 // 2.0, 7 % 2.5, 2 ** 0.5)
print(3 + 1j, 2 * (1 + 2j))
print(abs(-5), abs(5), -(-5), +(-5))
print(round(15, -1), round(25, -1), round(-15, -1), round(123456, -3), round(7))
print(type(round(7.5)).__name__, round(7.5), round(8.5), round(-0.5))
print(sum(range(101)), sum([1, 2, 3], 10))
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    [] * 2.0
except TypeError as e:
    print("TypeError:", e)
print(3 * "ab", [0] * 3, 2 * (1,), -1 * "x")
print(True / 2, False ** 0)
