print(True and False, True or False, not True, True & True, True | False, True ^ False, False ^ False)
print(type(True & True).__name__, type(True | 1).__name__, type(True + 0).__name__, type(~True).__name__)
print(True << 3, True >> 1, -True, True * 1.5, True % 2, divmod(True, 2))
for a in (True, False):
    for b in (True, False):
        print(a, b, a and b, a or b, a == b, a != b, a < b, a >= b)
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" and "x", [] or [0])
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) and side(1, log)
r2 = side(1, log) or side(2, log)
r3 = side(0, log) or side(3, log) and side(0, log) or side(4, log)
print(r, r2, r3, log)
print(not not 5, not not [], (not 0) + 1)
