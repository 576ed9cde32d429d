# str.lower()/upper(): the ASCII fast path and the full Unicode mapping agree with CPython.
for s in ["", "abc", "ABC def", "MiXeD 123 !?", "ß straße", "İstanbul", "ΣΑΣ", "x" * 1000]:
    print(repr(s.lower()), repr(s.upper()))
class S(str): pass
print(type(S("AbC").lower()), S("AbC").upper())
print(str.lower("QQ"), str.upper(S("qq")))
try: str.lower(5)
except TypeError as e: print(e)
try: "a".lower(1)
except TypeError as e: print(e)
try: "a".upper(x=1)
except TypeError as e: print(e)
