x = 7
print(r"\n", R"\t", b"b", B"B", rb"\x", Rb"\x", bR"\y", BR"\z", f"{x}", F"{x}", rf"\{x}", fR"{x}\n")
print(u"unicode prefix", U"U", type(u"").__name__)
print("a" 'b' """c""" '''d''')
print("tab:\t|", "bell:\a|".encode(), "null:\0|".encode())
print("\"", '\'', "\\", '\\\\', "'", '"')
print(len("\
"), "line\
continuation")
print("\101\x42\u0043\U00000044\N{LATIN CAPITAL LETTER E}")
print(f"{'nested quotes'}", f'{"double"}', f"""{'''triple'''}""")
print(b"\x00\x01" b"\x02", rb"a\b" == b"a\\b")
