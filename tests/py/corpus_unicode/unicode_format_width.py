for s in ["abc", "é", "日本語", "😀", "a\u0301", ""]:
    print(repr(s), "[%5s]" % s, "[%-5s]" % s, "[%.1s]" % s, "[{:>6}]".format(s), "[{:*^7}]".format(s), "[{:.2}]".format(s), f"[{s:<4}]", s.center(7, "·"), s.ljust(4, "—"), s.rjust(4, "日"))
print("%c|%c|%c" % ("é", 0x65e5, 0x1f600), "{:c}{:c}".format(233, 0x1f600), chr(0x1f600).encode("utf-8"))
print("{:>10}".format("日本"), len("{:>10}".format("日本")), "{:10}|".format("😀"), "{0!r:^12}".format("é"), "{!a}".format("日"))
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "àéîõü".title(), "ÀÉÎÕÜ".swapcase(), "àb".capitalize(), "ﬁsh".capitalize(), "ǆemal".title())
print(sorted(["é", "e", "f", "E", "É", "ê"]), sorted(["é", "e", "f"], key=str.casefold), "Straße".casefold() == "strasse", "ﬀ".casefold())
