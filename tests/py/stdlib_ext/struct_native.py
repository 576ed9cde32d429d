# _struct in C++: every format code in every byte order (standard sizes), round trips at the
# limits, native alignment for the fixed-size codes, s/p/x/c/?/e/f/d details, Struct objects,
# the cache, iter_unpack, pack_into/unpack_from offsets and the error messages.
import struct
import _struct
import array

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
    else:
        print("ok", r)

limits = {"b": (-128, 127), "B": (0, 255), "h": (-2**15, 2**15 - 1), "H": (0, 2**16 - 1),
          "i": (-2**31, 2**31 - 1), "I": (0, 2**32 - 1), "l": (-2**31, 2**31 - 1),
          "L": (0, 2**32 - 1), "q": (-2**63, 2**63 - 1), "Q": (0, 2**64 - 1)}
for order in "<>!=":
    for c, (lo, hi) in limits.items():
        fmt = order + c
        for v in (lo, hi, 0, 1, lo + 1, hi // 3):
            b = struct.pack(fmt, v)
            assert struct.unpack(fmt, b) == (v,), (fmt, v)
        print(fmt, struct.calcsize(fmt), struct.pack(fmt, lo).hex(), struct.pack(fmt, hi).hex())
        for v in (lo - 1, hi + 1, 2**64, -2**63 - 1, 2**100):
            try:
                struct.pack(fmt, v)
            except struct.error as e:
                print("  ", v, e)

# Native (host) sizes for the fixed-size codes, alignment with padding.
for fmt in ["@bhiq", "@bi", "@bq", "@hb", "@ch", "@?d", "@3sH", "@e", "@be", "@xxi", "@0i",
            "bhb", "@iii2h", "@b0q"]:
    print(fmt, struct.calcsize(fmt), struct.pack(fmt, *[1] * len(struct.unpack(fmt, bytes(struct.calcsize(fmt))))).hex()
          if "c" not in fmt and "s" not in fmt else "")
print(struct.pack("@ch", b"x", 5).hex(), struct.pack("@3sH", b"ab", 7).hex())
print(struct.calcsize("P") == struct.calcsize("N") == struct.calcsize("n"))
print(struct.unpack("@P", struct.pack("@P", 12345)), struct.unpack("@n", struct.pack("@n", -5)),
      struct.unpack("@N", struct.pack("@N", 77)))

# s, p, x, c, ?
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("0s", b"zz"),
      struct.pack("s", bytearray(b"q")))
print(struct.unpack("5s2s0s", b"hello" + b"xy"))
print(struct.pack("5p", b"ab"), struct.pack("3p", b"abcdef"), struct.pack("1p", b"abc"),
      struct.pack("300p", b"a" * 400)[:3], len(struct.pack("300p", b"a" * 400)))
print(struct.unpack("5p", b"\x02abcd"), struct.unpack("3p", b"\x09ab"), struct.unpack("1p", b"\x05"))
print(struct.pack("x3xbx", 1), struct.calcsize("5x"), struct.unpack("xbx", b"\x00\x07\x00"))
print(struct.pack("cc", b"a", b"b"), struct.unpack("3c", b"xyz"))
err(lambda: struct.pack("c", bytearray(b"b")))
print(struct.pack("???", 0, [], "x"), struct.unpack("4?", b"\x00\x01\x02\xff"),
      struct.unpack("<?", b"\x05"), struct.unpack(">2?", b"\x00\x03"))

# e, f, d (IEEE binary16/32/64), rounding and specials.
for fmt in ("<e", ">e", "<f", ">f", "<d", ">d", "e", "f", "d"):
    for v in (0.0, -0.0, 1.0, -2.5, 0.1, 65504.0, 6.1e-5, 5.96e-8, float("inf"), float("-inf")):
        b = struct.pack(fmt, v)
        print(fmt, v, b.hex(), struct.unpack(fmt, b)[0])
    nan = struct.unpack(fmt, struct.pack(fmt, float("nan")))[0]
    print(fmt, "nan", nan != nan)
for v in (65519.0, 2.98e-8, 2.99e-8, 1.00048828125, 1.000732421875, 3.0e-5, 1e-10):
    print("e", v, struct.pack("<e", v).hex(), struct.unpack("<e", struct.pack("<e", v))[0])
print(struct.pack("<f", 1e-50).hex(), struct.pack("<f", 3.4028235e38).hex(),
      struct.unpack("<f", struct.pack("<f", 0.1))[0])
print(struct.pack("f", 1e300).hex())   # native f: no range check
class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
print(struct.pack("<iHqd", Idx(), Idx(), Idx(), Idx()).hex(), struct.pack("<dfe", Flt(), Flt(), 3).hex())
err(lambda: struct.pack("<f", 1e300))
err(lambda: struct.pack(">f", 10 ** 39))
err(lambda: struct.pack("<e", 1e6))
err(lambda: struct.pack("e", 65520.0))
err(lambda: struct.pack("<e", 10 ** 6))
err(lambda: struct.pack("d", "1.5"))
err(lambda: struct.pack("d", 2 ** 2000))
err(lambda: struct.pack("f", None))

# Integer argument errors.
err(lambda: struct.pack("i", "x"))
err(lambda: struct.pack("i", 1.5))
err(lambda: struct.pack("<Q", -1))
err(lambda: struct.pack(">Q", -1))
err(lambda: struct.pack(">q", 2 ** 63))
err(lambda: struct.pack("q", 2 ** 64))
err(lambda: struct.pack("@h", 2 ** 17))
err(lambda: struct.pack("@H", -1))
err(lambda: struct.pack("@b", 200))
err(lambda: struct.pack("@B", -1))
err(lambda: struct.pack("@i", 2 ** 31))
err(lambda: struct.pack("@I", 2 ** 32))
err(lambda: struct.pack("@I", -1))
err(lambda: struct.pack("<H", 2 ** 70))

# Format parsing.
for fmt in ["", "i i", " \t\ni\n", "<", "!hh", "=q", "10x", "0s", "4s4p", b"<2h"]:
    print(repr(fmt), struct.calcsize(fmt))
err(lambda: struct.calcsize("5"))
err(lambda: struct.calcsize("3 i"))
err(lambda: struct.calcsize("iz"))
err(lambda: struct.calcsize("<P"))
err(lambda: struct.calcsize(">n"))
err(lambda: struct.calcsize("i@"))
err(lambda: struct.calcsize("9999999999999999999999i"))
err(lambda: struct.calcsize("\0"))
err(lambda: struct.calcsize(b"2\0i"))
err(lambda: struct.calcsize("\xe9"))
err(lambda: struct.calcsize(b"\xe9"))
err(lambda: struct.calcsize(1))
err(lambda: struct.calcsize())

# Struct objects.
s = struct.Struct("<hi?")
print(s.format, s.size, type(s).__name__, type(s).__module__, s.pack(-1, 2, True))
print(s.unpack(b"\xff\xff\x02\x00\x00\x00\x01"), s.unpack_from(b"xx" + s.pack(1, 2, 0), 2),
      s.unpack_from(buffer=s.pack(3, 4, 1)), s.unpack_from(s.pack(3, 4, 1) + b"zz", offset=0))
print(struct.Struct(b">I").format, struct.Struct(format="2h").size)
s.__init__(">q")
print(s.format, s.size, s.pack(1))
err(lambda: setattr(s, "size", 3))
err(lambda: setattr(s, "format", "i"))
err(lambda: struct.Struct())
err(lambda: struct.Struct(1))
err(lambda: struct.Struct("i", "j"))
err(lambda: s.unpack())
err(lambda: s.unpack(b"1234"))
err(lambda: s.pack(1, 2))
err(lambda: s.pack())
class Sub(struct.Struct):
    def __init__(self, fmt="<H"):
        super().__init__(fmt)
        self.extra = 1
sub = Sub()
print(sub.pack(5), sub.size, sub.extra, isinstance(sub, struct.Struct))
import weakref
print(weakref.ref(s)() is s)
print(repr(s).startswith("<_struct.Struct object at "))

# pack_into / unpack_from offsets.
buf = bytearray(12)
struct.pack_into("<hh", buf, 2, 1, -1)
struct.pack_into("<B", buf, -1, 9)
print(buf.hex(), struct.unpack_from("<hh", buf, 2), struct.unpack_from("<B", buf, -1),
      struct.unpack_from("<hh", bytes(buf), offset=-10))
mv = memoryview(bytearray(8))
struct.pack_into(">I", mv, 4, 0xdeadbeef)
print(bytes(mv).hex())
arr = array.array("b", [0] * 4)
struct.pack_into("<i", arr, 0, 0x01020304)
print(arr.tolist(), struct.unpack("<i", arr), struct.unpack("<i", memoryview(b"\1\0\0\0")),
      struct.unpack_from("<h", memoryview(b"\0\0\5\0")[1:], 1))
err(lambda: struct.pack_into("i", bytearray(3), 0, 1))
err(lambda: struct.pack_into("<I", bytearray(10), -2, 1))
err(lambda: struct.pack_into("<B", bytearray(10), -11, 1))
err(lambda: struct.pack_into("i", bytearray(8), 6, 1))
err(lambda: struct.pack_into("i", b"abcd", 0, 1))
err(lambda: struct.pack_into("i", bytearray(8)))
err(lambda: struct.pack_into("i", bytearray(8), 0))
err(lambda: struct.pack_into("i", bytearray(8), 0, 1, 2))
err(lambda: struct.pack_into("i", bytearray(8), "x", 1))
err(lambda: struct.pack_into("i"))
err(lambda: struct.unpack_from("i", b"abc", 1))
err(lambda: struct.unpack_from("<I", bytearray(10), -2))
err(lambda: struct.unpack_from("<B", bytearray(10), -11))
err(lambda: struct.unpack_from("i", b"abcdefgh", 8))
err(lambda: struct.unpack_from("i", "abcd"))
err(lambda: struct.unpack("i", b"abc"))
err(lambda: struct.unpack("i", "abcd"))
err(lambda: struct.unpack("i"))
err(lambda: struct.pack())
err(lambda: struct.pack("i"))
err(lambda: struct.pack("3s", "abc"))
err(lambda: struct.pack("3s", memoryview(b"abc")))
err(lambda: struct.pack("p", 1))
err(lambda: struct.pack("c", b"ab"))
err(lambda: struct.pack("c", "a"))

# iter_unpack
it = struct.iter_unpack("<hb", bytes(range(9)))
print(type(it).__name__, type(it).__module__, it.__length_hint__(), next(it), it.__length_hint__(),
      list(it), it.__length_hint__(), list(it))
print(list(struct.Struct(">H").iter_unpack(bytearray(b"\x00\x01\x00\x02"))),
      list(struct.iter_unpack("b", memoryview(b"\x01\xff"))), list(struct.iter_unpack("i", b"")))
err(lambda: struct.iter_unpack("i", b"abc"))
err(lambda: struct.iter_unpack("", b"abc"))
err(lambda: struct.iter_unpack("0s", b""))
err(lambda: type(it)())

# The module: names, the cache, error class.
print(sorted(k for k in dir(_struct) if not k.startswith("__")))
print(struct.error.__module__, struct.error.__mro__[1:], _struct.Struct is struct.Struct)
for i in range(150):
    struct.calcsize("%dB" % i)
struct._clearcache()
print(struct.calcsize("<5h"), struct.pack("B", 255))
print(isinstance(struct.error("x"), Exception))

# Offsets at the 64-bit limits (the same messages on 32-bit hosts).
err(lambda: struct.pack_into("<I", bytearray(10), 2**63 - 1, 1))
err(lambda: struct.pack_into("<I", bytearray(10), -2**63, 1))
err(lambda: struct.pack_into("<I", bytearray(10), 2**64, 1))
err(lambda: struct.unpack_from("<I", bytes(10), 2**63 - 1))
err(lambda: struct.unpack_from("<I", bytes(10), -2**63))
err(lambda: struct.unpack_from("<I", bytes(10), 2**64))
err(lambda: struct.Struct("<I").unpack_from(bytes(10), offset=-2**63 + 3))
print(repr(struct.Struct.__doc__))
