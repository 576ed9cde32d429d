samples = ["", "abc", "ABC", "Abc", "aBC", "abc def", "Abc Def", "ABC DEF", "123", "a1", "A1B2", "hello_world", "Hello-World", "o'neil", "ÉCOLE", "élan", "ǅungla", "ß", "İ", "ﬁre", "Σίσυφος", "σς", "1st 2nd", "x\ty"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
for s in ["0", "٣", "²", "½", "Ⅳ", "①", "١٢٣", "1.5", "-1", " 1", "一", "〇"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
