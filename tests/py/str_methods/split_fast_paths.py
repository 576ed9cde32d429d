# str.split/rsplit: whitespace of every kind (Latin-1 NBSP/NEL, wide spaces), one-character
# and longer separators, maxsplit values, str subclasses, identity of an unsplit exact str,
# argument errors, and the preallocated result list size (sys.getsizeof) as CPython's.
import sys


class S(str):
    pass


samples = ["", " ", "a", "a b", "  a  b  ", "a\tb\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x1fj",
           "x\xa0y\x85z", "caf\xe9 na\xefve", "\u3000wide\u2003space\u20ac x",
           "\U0001F600 \U0001F601\u2028y", "a,b,,c,", ",", ",,", "a, b, c", "\xe9,\xe9",
           "\u20ac,\u20ac", "x" * 40, " ".join("abcdefghijklmnopqrstuvwxyz"),
           ",".join(str(i) for i in range(30)), S("sub str here"), S("s,u,b")]
for s in samples:
    for args in [(), (None,), (None, 1), (None, 0), (",",), (", ",), (",", 1), (",", 0),
                 (",", -1), ("\xe9",), ("\u20ac",), ("ab",), ("x",), (" ",)]:
        for meth in (str.split, str.rsplit):
            r = meth(s, *args)
            print(meth.__name__, repr(s)[:30], args, r, sys.getsizeof(r),
                  [type(p).__name__ for p in r if type(p) is not str])
print(S("x").split()[0] is not None, type(S("abc").split()[0]).__name__)
word = "unsplit"
print(word.split()[0] is word, word.split(",")[0] is word, word.rsplit(",")[0] is word)
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a,b,c".split(sep=",", maxsplit=1))
print("a b".split(sep=None), "a,b".split(",", maxsplit=True))
for bad in [(1,), ("",), (b",",), (",", "1"), (",", 1.5), (",", 1, 2)]:
    for meth in (str.split, str.rsplit):
        try:
            meth("a,b", *bad)
        except (TypeError, ValueError) as e:
            print(meth.__name__, type(e).__name__, e)
try:
    "a".split(sepx=",")
except TypeError as e:
    print("TypeError", e)
