tests = ["hello world", "HELLO WORLD", "they're bill's", "3rd place", "a-b_c d.e", "ǆemal", "ﬃ test", "  spaced  out ", "ÉCOLE", "o'NEIL"]
for t in tests:
    print(repr(t), repr(t.title()), repr(t.capitalize()), t.istitle(), repr(t.swapcase()))
print("ß".upper(), "ß".lower(), "ß".casefold(), "ẞ".lower(), "ŉ".upper(), "ΐ".upper(), len("ΐ".upper()))
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Β".lower(), "ΣΑ".lower())
