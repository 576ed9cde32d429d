# unicodedata's per-character properties over every code point, as runs of equal values
# (start, end, value): any difference from CPython 3.11 (Unicode 14.0) shows up as a changed run.
import unicodedata as ud

# Planes 0-3 and 14 completely; the empty and private-use planes on a sparse grid.
cps = list(range(0x40000)) + list(range(0x40000, 0xE0000, 0x1F1)) + list(range(0xE0000, 0xE1000))
cps += list(range(0xE1000, 0x110000, 0x1F1)) + [0xFFFFD, 0xFFFFE, 0xFFFFF, 0x10FFFD, 0x10FFFF]
chars = [chr(c) for c in cps]

def runs(name, values):
    out = []
    start = 0
    prev = values[0]
    for i, v in enumerate(values):
        if v != prev:
            out.append("%04X-%04X %s" % (cps[start], cps[i - 1], prev))
            start = i
            prev = v
    out.append("%04X-%04X %s" % (cps[start], cps[-1], prev))
    print(name, len(out))
    print("\n".join(out))

print(ud.unidata_version)
runs("category", list(map(ud.category, chars)))
runs("bidirectional", list(map(ud.bidirectional, chars)))
runs("east_asian_width", list(map(ud.east_asian_width, chars)))
runs("combining", list(map(ud.combining, chars)))
runs("mirrored", list(map(ud.mirrored, chars)))
runs("decimal", [ud.decimal(c, None) for c in chars])
runs("digit", [ud.digit(c, None) for c in chars])
runs("numeric", [ud.numeric(c, None) for c in chars])
