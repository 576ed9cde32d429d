words = ["naïve", "Ångström", "日本語", "ελληνικά", "русский", "עברית", "١٢٣", "Ⅻ"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w.title(), w.isalpha(), w.isnumeric(), w.isdecimal(), w[::-1])
print("\u3000x\u2003".strip(), "\u3000".isspace(), "\x1c".isspace(), "\x85".isspace())
print("a\u2028b".splitlines(), "a\x1eb\x1fc".splitlines())
print(int("٤٢"), float("٣.٥"), int("१२३"), "٤٢".isdigit())
print("½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())
print("ǅ".istitle(), "ǅ".isupper(), "ǅ".islower())
print(sorted("bäaåz"), "ä" < "z", max("日本語"))
print("{:^10}".format("日本"), "|" + "é".center(5, "·") + "|")
