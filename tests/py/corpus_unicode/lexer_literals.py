print(0_0, 1_000_000, 0x_ff, 0b_1010, 0o_17, 1_0.5_5, 1e1_0, 1_0j, 0.0_1, 00, 0e0, 0j, .5j, 5.j)
print("\777", "\0", "\08", "\x41\101", "\u00e9", b"\777"[0] if False else "", "a\
b", """a
b""", '''x'y"z''', "\q" if False else "")
print(r"\"", r'\'', rb"\x", Rb"y", BR"z", f"{'a'}" f"{1}", "ab" f"{2}" "cd", u"unicode")
x = 1; y = 2
print(f"{x!r:>{y}}", f"{x}{y}", f"{'{'}", f"{x:{'0>'}{3}}", f"{'nested' + f'{x}'}", f"{(lambda: 5)()}", f"{x if x else y}", f"{x,y}", f"{[x for x in range(2)]}")
print(f"{x = }", f"{x=!r}", f"{x = :>5}", f"{3.14159=:.2f}")
print(1 if True else 2, [1 for _ in range(2)])
print(type(1_0).__name__)
