samples = ["abc", "ABC", "123", "12.5", "", " ", "\t\n", "abc123", "½", "²", "٣", "Ⅷ", "_id", "id_1", "1id", "class", "é", "a b", "\x00", "Ab Cd"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
