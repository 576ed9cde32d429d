for s in ["1_000.5", "1_0e1_0", "0_0.0_1", ".5_5", "5_5.", "1_2_3.4_5_6e-1_0", "inf", "  1.5\n", "\u0661\u0662.\u0663", "1e-0_1"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), e)
for s in ["1__0.5", "_1.5", "1.5_", "1_.5", "1._5", "1e_5", "1_e5", "0x1.8p1", "1,5", "1.5.", "nan1", "infinit"]:
    try:
        print(float(s))
    except ValueError as e:
        print(repr(s), e)
print(1_000.000_1, 1_0e-1_0, 0.1_2j, float(" -1_0 "))
