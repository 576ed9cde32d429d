items = {"apple": 1.5, "banana": 0.25, "cherry": 10}
for name, price in items.items():
    print(f"{name:<10}|{price:>8.2f}|{price * 100:>6.0f}%")
width = 12
print(f"{'centered':^{width}}|{'right':>{width - 2}}|")
print(f"{3.14159:{'.2f'}}", f"{10:{'#x'}}", f"{'x'!r:^7}")
n = 1234567.891
print(f"{n:,.2f} {n:_.1f} {n:e} {n:.3g} {int(n):,d} {int(n):08x}")
print(f"{-42:+05d} {42:=+6} {42:*^+8}")
print(f"{'a' if True else 'b'} {[1, 2][0]} {(lambda: 'lam')()} {'{'}{'}'}")
nested = {"k": [1, {"kk": "deep"}]}
print(f"{nested['k'][1]['kk']}")
x = 5
print(f"{x = }", f"{x*2 = }", f"{x = :>4}", f"{x = !r}")
print(f"{'tab':\t>5}" if False else f"{'tab':>5}")
print(F"{x:b}" f"{x:o}" "plain" rf"\{x}")
