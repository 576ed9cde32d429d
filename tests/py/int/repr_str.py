for v in (0, -0, 7, -7, 10 ** 18, -(2 ** 63), 2 ** 64):
    print(str(v), repr(v), f"{v}", format(v, "d"))
print(format(255, "x"), format(255, "X"), format(255, "o"), format(255, "b"), format(255, "#x"))
print(format(1234567, ","), format(1234567, "_"), format(-42, "+d"), format(42, " d"))
print(format(42, "08d"), format(-42, "08d"), format(42, "<8d") + "|", format(42, "^8d") + "|")
print(format(42, "=+8d"), format(255, "#010b"), format(65, "c"), format(10, "e"), format(10, "%"))
print(str(True), repr(False), int.__repr__(True))
