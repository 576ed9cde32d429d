# PEP 3131: non-ASCII identifiers are NFKC-normalized by the parser (every kind of name), and
# identifier characters are checked against XID_Start / XID_Continue.
ﬁle = 1
print(file, "file" in globals(), "ﬁle" in globals())
ℌ = 2; ℍ = 3
print(H)
ｆｕｌｌ = "fullwidth"
print(full)
def 𝒻(ᵃ, *, 𝐱=5):
    return ᵃ + x
print(f(1), f(a=2, x=3), f(ᵃ=4, 𝐱=1), f.__code__.co_varnames, f.__name__)
class Ｋ:
    ａｔｔｒ = 1
    def 𝓂(self):
        return "m"
print(K.attr, K().m(), K.__name__, getattr(K, "ａｔｔｒ", "missing"), hasattr(K, "attr"))
import math as 𝔪
print(m.pi > 3)
from math import ｓｑｒｔ as ｓ
print(s(16.0))
K.ｎｅｗ = 5
print(K.new)
print(eval("ﬁle + 1"), {**{"ﬁ": 1}}, dict(ﬁ=1))
ns = {}
exec("μ = 1\nµ = 2\n", ns)  # U+03BC and U+00B5 (MICRO SIGN) are the same name
print(sorted(k for k in ns if k != "__builtins__"))
exec("Å = 1\nÅ = 2\nÅ = 3", ns)  # U+00C5, A + ring, U+212B
print(sorted(k for k in ns if k != "__builtins__"), [hex(ord(c)) for c in ns if len(c) == 1 and ord(c) > 127])
def g():
    ǆ = 1
    return dž  # noqa
print(g())
lam = lambda ｘ: x * 2
print(lam(ｘ=4), lam.__code__.co_varnames)
try:
    exec("ℌ = 1\nprint(H_)")
except NameError as e:
    print("NameError", e)
for src in ("a€ = 1", "€ = 1", "x\u00b7 = 1", "\u00b7x = 1", "a\u200b = 1", "x = (1 +\u00a01)",
            "\u0661 = 1", "x\u0661 = 5", "\u2118 = 1", "\u212e = 1", "a\u309b = 1", "\u1885 = 1",
            "𝟘 = 1", "x𝟘 = 1", "_\u0300 = 1", "\u0300 = 1", "ᐅ = 1", "x⁀ = 1", "a\U000E0100 = 1",
            "\u00aa\u00ba = 1", "def f(\u2160): pass", "ﬀ.x = 1"):
    try:
        ns = {}
        exec(src, ns)
        print(ascii(src), "ok", ascii(sorted(k for k in ns if k != "__builtins__")))
    except SyntaxError as e:
        print(ascii(src), "SyntaxError", ascii(e.msg), e.offset)
    except NameError as e:
        print(ascii(src), "NameError", ascii(str(e)))
print(ascii([k for k in "ﬁ ℌ ｆｕｌｌ 𝐱".split() if k.isidentifier()]))
