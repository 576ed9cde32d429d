for z in [0j, 1j, -1j, 1 + 0j, -1 - 1j, 1.5 + 2.25j, 1e20j, 1e-7 + 1j, complex(-0.0, 0), complex(0, -0.0),
          complex(float("inf"), float("-inf")), complex(1, float("nan")), 123456789 + 987654321j]:
    print(repr(z), str(z), f"{z}")
