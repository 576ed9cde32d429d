vals = [7, -7, 0, 1, -1, 13, -13]
for a in vals:
    row = []
    for b in (3, -3, 1, -1, 5):
        row.append((a // b, a % b))
    print(a, row)
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3).__name__)
for a, b in [(7, 0), (0, 0)]:
    for op in ("//", "%", "/"):
        try:
            eval(f"{a} {op} {b}")
        except ZeroDivisionError as e:
            print(op, "ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("divmod:", e)
print(divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(2 ** 10, 2 ** -2, (-2) ** 3, 0 ** 0, pow(2, 10, 1000), pow(3, -1, 7))
