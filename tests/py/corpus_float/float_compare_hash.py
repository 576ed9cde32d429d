nan, inf = float("nan"), float("inf")
vals = [0, 0.0, -0.0, 1, 1.0, True, 0.5, inf, -inf, nan, 2**53, 2.0**53, 2**53 + 1, 10**400, -(10**400)]
for a in vals:
    print(repr(a)[:12], [a == b for b in vals], [a < b for b in vals])
print(nan == nan, nan != nan, nan is nan, [nan] == [nan], nan in [nan], {nan: 1}.get(nan), float("nan") in [float("nan")])
print(hash(0.0) == hash(0) == hash(-0.0) == hash(False), hash(1.5) == hash(1.5), hash(2.0**70) == hash(2**70), hash(inf) == 314159, hash(-inf), hash(nan) == hash(nan) or True)
print(hash(0.1), hash(-0.5), hash(1e-10), hash(123.456), hash(2**61 + 0.0), hash(float(2**62)))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0), sorted([0.0, -0.0, -0.0, 0.0]), [repr(x) for x in sorted([0.0, -0.0])])
print(1 < 1.5 < 2, 1.0 == 1 == True, 0.1 + 0.2 > 0.3, 1e308 < inf, -inf < -1e308, 3 > 2.9999999999999996, 3 == 2.9999999999999999)
d = {1: "int", 1.0: "float"}; print(d, {0.0: "a", -0.0: "b"}, {True: 1, 1.0: 2})
