samples = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "123abc", "ß straße", "ǅ", "ﬁ", "İ", "ΣΑΣ", "o'neil mc-donald", ""]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
    print("  ", s.isupper(), s.islower(), s.istitle())
