# timeout: 120
# unicodedata.normalize / is_normalized in all four forms: every code point (in 256-character
# strings per block, digested), tricky sequences, seeded random mixes of starters and marks.
import random
import unicodedata as ud

FORMS = ("NFC", "NFD", "NFKC", "NFKD")

def digest(s):
    h = len(s)
    for c in s:
        h = (h * 1000003 + ord(c)) % (1 << 61)
    return h

for form in FORMS:
    changed = []
    total = 0
    h = 0
    for block in list(range(0, 0x30000, 0x100)) + [0xE0000, 0xE0100, 0xF0000, 0x10FF00]:
        s = "".join(map(chr, range(block, block + 0x100)))
        r = ud.normalize(form, s)
        if r != s:
            changed.append("%X" % block)
        total += len(r)
        if r != s:
            h = (h * 31 + digest(r[:64]) + sum(map(ord, r))) % (1 << 61)
        if ud.is_normalized(form, s) != (r == s):
            print("is_normalized mismatch", form, hex(block))
    print(form, total, h, len(changed), changed[:40])

# Per character, where the result differs from the input (a digest of each result), for the
# characters with a decomposition or a combining class.
special = [c for c in range(0xA0, 0x30000) if c < 0xAC00 or c > 0xD7A3 or c % 5 == 0
           if ud.decomposition(chr(c)) or ud.combining(chr(c)) or 0xAC00 <= c <= 0xD7A3]
print("special", len(special))
for form in FORMS:
    h = n = 0
    for c in special:
        ch = chr(c)
        r = ud.normalize(form, ch)
        if r != ch:
            n += 1
            h = (h * 31 + digest(r) + c) % (1 << 61)
    print(form, "per char", n, h)

cases = [
    "\u1e9b\u0323", "\u0041\u030a", "\u212b", "\u2126", "\u00c5", "A\u0328\u0301", "\u0041\u0301\u0328",
    "\u1100\u1161\u11a8", "\u1100\u1161", "\uac00\u11a8", "\uac01\u11a8", "\u1100\u1100\u1161",
    "\u1161\u11a8", "\uac00\u0300\u11a8", "e\u0301\u0301", "e\u0302\u0301", "e\u0301\u0302",
    "\u0958", "\u0915\u093c", "\u2adc", "\u2add\u0338", "\u0f73", "\u0f71\u0f72", "\u0344",
    "\u0b47\u0b3e", "\u0b47\u0300\u0b3e", "\u05d0\u05b7\u05bc", "\ufb2f", "\u00bd\u2155",
    "\ufb01\ufb03", "\u2460\u32b1", "\uff76\uff9e", "\u30ab\u3099", "\u3300", "\u01c4\u01c6",
    "\u1e0a\u0323", "\u1e0c\u0307", "D\u0307\u0323", "q\u0307\u0323", "\u00e0\u0315\u0300",
    "a\u0315\u0300\u05ae\u0300b", "\U0001d15e\U0001d165", "\U0001d15f", "\U000110ab",
    "\U00011099\U000110ba", "\u0cca", "\u0cc6\u0cc2\u0cd5", "\u0301a", "\u0301\u0300",
    "\u00a8\u0301", "\u1fee", "\u0385", "\u03d3", "\u03d2\u0301", "x\u0345\u0314\u0301",
    "\ufdfa", "\ufdfb", "\u3192", "\u2f00\u2fd5", "\U0002f800\U0002fa1d", "\uf900\ufad9",
    "\U0001f100\U0001f12b", "\u00b5\u1d43", "\u0130\u0131", "\u2000\u2001\u00a0\u202f",
]
for s in cases:
    row = [ascii(ud.normalize(f, s)) for f in FORMS]
    row += [str(int(ud.is_normalized(f, s)))[0] for f in FORMS]
    print(ascii(s), *row)

rng = random.Random(1234)
pool = [chr(c) for c in list(range(0x41, 0x5b)) + list(range(0x300, 0x370)) +
        list(range(0xc0, 0x180)) + list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176)) +
        list(range(0x11a8, 0x11c3)) + list(range(0xac00, 0xac40)) + list(range(0x1e00, 0x1e20)) +
        list(range(0x591, 0x5c8)) + list(range(0x900, 0x980)) + list(range(0xfb1d, 0xfb50)) +
        list(range(0x3099, 0x309d)) + list(range(0x304b, 0x3060)) + list(range(0xf900, 0xf910)) +
        list(range(0x1f00, 0x1f80)) + list(range(0x0f70, 0x0f90)) + list(range(0x1d15e, 0x1d170))]
for form in FORMS:
    h = 0
    nchanged = 0
    for i in range(1500):
        s = "".join(rng.choice(pool) for _ in range(rng.randrange(1, 8)))
        r = ud.normalize(form, s)
        nchanged += r != s
        h = (h * 31 + digest(r)) % (1 << 61)
        if ud.is_normalized(form, s) != (r == s):
            print("is_normalized mismatch", form, ascii(s))
        if i < 12:
            print(form, ascii(s), ascii(r))
    print(form, "random", nchanged, h)

# Idempotence and the relations between forms.
for s in cases:
    for f in FORMS:
        n = ud.normalize(f, s)
        assert ud.normalize(f, n) == n, (f, s)
    assert ud.normalize("NFC", ud.normalize("NFD", s)) == ud.normalize("NFC", s)

class S(str):
    pass
x = S("abc")
print(type(ud.normalize("NFC", x)).__name__, ud.normalize("NFC", x) is x, ud.normalize("NFD", "abc"))
for args in (("NFX", "a"), ("nfc", "a"), (1, "a"), ("NFC", 1), ("NFC",), ("NFC", "a", "b"),
             (b"NFC", "a")):
    for f in (ud.normalize, ud.is_normalized):
        try:
            f(*args)
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
