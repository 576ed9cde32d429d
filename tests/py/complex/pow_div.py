print((1 + 2j) ** 2, (1 + 2j) ** 0.5, 2 ** (1j), (1j) ** (1j), (0j) ** 2)
print((1 + 1j) / (1 - 1j), (4 + 2j) / 2, 1 / 1j, (3 + 4j) / (3 + 4j))
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (1 + 1j) / 0j
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2j, 3), pow(1 + 1j, 2), (2 + 3j) ** 3)
try:
    pow(1j, 2, 3)
except ValueError as e:
    print("ValueError:", e)
print(format(1 / 3 + 2j / 3, ".3f"), format(2j, "e"), format(1 + 1j, ">15"), format(-1.5 + 0j, "g"))
