import struct
# (native l/L/n/N/P sizes differ on wasm32: only standard sizes for those)
for p in "<>@=":
    for c in "bBhHiIlLqQnNP":
        if c in "nNP" or (p == "@" and c in "lL"): continue
        for v in [-1, 2**7, 2**8, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63-1, -2**31-1, -2**15-1, -129]:
            try:
                struct.pack(p + c, v)
            except struct.error as e:
                print(p + c, v, e)
print(repr(struct.Struct("<i"))[:20], struct.pack("<L", 4294967295), struct.pack(">q", -1))
