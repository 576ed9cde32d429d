tests = ["plain", "it's", 'dq"', "both'\"", "tab\t", "nl\n", "cr\r", "bs\\", "nul\0",
         "\x07\x1b\x7f", "\x80\x9f\xa0\xad", "é ü ß", "日本語", "\u2028\u2029", "\ud800",
         "\U0001F600", "\U000e0001", "\ufeff", "\u0378", "\x00end"]
for t in tests:
    print(repr(t), ascii(t), len(t))
print(repr("a" * 3), str("x\ny"))
print(repr('\''), repr("\""), repr("'\""))
