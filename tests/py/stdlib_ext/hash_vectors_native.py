# The native hash modules (_md5, _sha1, _sha256, _sha512, _sha3, _blake2): block-boundary and
# long messages, every buffer kind, copy() mid-stream, BLAKE2 tree parameters, SHAKE output
# lengths across the rate, types, attributes and error messages.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2
import array
import hashlib

ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512,
         _blake2.blake2b, _blake2.blake2s]

# Lengths around every block size and padding boundary (55/56, 111/112, rates 72..144).
lengths = sorted({0, 1, 3, 55, 56, 57, 63, 64, 65, 71, 72, 73, 103, 104, 105, 111, 112, 113,
                  119, 120, 127, 128, 129, 135, 136, 137, 143, 144, 145, 167, 168, 169, 255, 256,
                  1000})
data = bytes((i * 7 + 3) & 255 for i in range(1000))
for c in ctors:
    h = c()
    print(type(h).__module__, type(h).__name__, h.name, h.digest_size, h.block_size)
    for n in lengths:
        print(" ", n, c(data[:n]).hexdigest())

# A million 'a's (the classic long-message vector) in uneven pieces.
chunk = b"a" * 9973
for c in ctors:
    h = c()
    left = 1000000
    while left:
        n = min(left, len(chunk))
        h.update(chunk[:n])
        left -= n
    print(h.name, "1M a:", h.hexdigest())

# copy() mid-stream: the copy and the original continue independently.
for c in ctors:
    h = c(b"prefix-")
    h.update(data[:100])
    k = h.copy()
    print(type(k) is type(h), k.name == h.name)
    h.update(b"left")
    k.update(b"right")
    print(h.name, h.hexdigest() == c(b"prefix-" + data[:100] + b"left").hexdigest(),
          k.hexdigest() == c(b"prefix-" + data[:100] + b"right").hexdigest())
    d1 = h.digest()
    print(h.digest() == d1, len(d1) == h.digest_size)   # digest() does not finalize

# Any buffer: bytes, bytearray, memoryview (also sliced), array.array.
buffers = [b"abcdef", bytearray(b"abcdef"), memoryview(b"xxabcdefyy")[2:8],
           array.array("B", b"abcdef"), memoryview(bytearray(b"abcdef"))]
for c in (_md5.md5, _sha3.sha3_256, _blake2.blake2s):
    print([c(b).hexdigest() == c(b"abcdef").hexdigest() for b in buffers])
    h = c()
    for b in buffers:
        h.update(b)
    print(h.hexdigest())
print(_sha256.sha256(array.array("i", [1, 2, 3])).hexdigest() ==
      _sha256.sha256(array.array("i", [1, 2, 3]).tobytes()).hexdigest())

# string= keyword and usedforsecurity.
print(_md5.md5(string=b"abc").hexdigest(), _sha1.sha1(b"abc", usedforsecurity=False).hexdigest())
print(_sha512.sha384(string=b"abc", usedforsecurity=True).hexdigest())
print(_sha3.sha3_256(b"abc", usedforsecurity=False).hexdigest())

# SHAKE: outputs crossing the rate (168 / 136 bytes), prefixes agree, copy.
for c in (_sha3.shake_128, _sha3.shake_256):
    h = c(data[:200])
    long = h.digest(500)
    print(h.name, h.digest_size, h.block_size, h._rate_bits, h._capacity_bits, h._suffix)
    print(long.hex()[:80], long.hex()[-80:])
    print(all(h.digest(n) == long[:n] for n in (0, 1, 135, 136, 137, 167, 168, 169, 337)))
    print(h.hexdigest(20) == long[:20].hex())
    k = h.copy()
    k.update(b"z")
    print(k.digest(32) != h.digest(32))
for c in (_sha3.sha3_224, _sha3.sha3_512):
    h = c()
    print(h._rate_bits, h._capacity_bits, h._suffix)

# BLAKE2 tree parameters and keyed hashing (key exactly one block, data empty).
print(_blake2.blake2b(b"x", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1,
                      inner_size=32, last_node=True).hexdigest())
print(_blake2.blake2s(b"x", fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**48 - 1,
                      node_depth=255, inner_size=32, last_node=True).hexdigest())
print(_blake2.blake2b(node_offset=2**64 - 1).hexdigest())
print(_blake2.blake2b(key=b"k" * 64).hexdigest(), _blake2.blake2s(key=b"k" * 32).hexdigest())
print(_blake2.blake2b(b"a" * 128, key=b"key").hexdigest())
print(_blake2.blake2s(data[:64]).hexdigest(), _blake2.blake2s(data[:65]).hexdigest())
for n in (1, 17, 32, 63, 64):
    h = _blake2.blake2b(b"abc", digest_size=n, salt=bytearray(b"s"), person=memoryview(b"pp"))
    print(n, h.digest_size, h.hexdigest())
print(_blake2.blake2b.SALT_SIZE, _blake2.blake2b.PERSON_SIZE, _blake2.blake2b.MAX_KEY_SIZE,
      _blake2.blake2b.MAX_DIGEST_SIZE, _blake2.blake2s.SALT_SIZE, _blake2.blake2s.MAX_DIGEST_SIZE)
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_PERSON_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE,
      _blake2.BLAKE2S_MAX_DIGEST_SIZE)
print(sorted(k for k in dir(_md5) if not k.startswith("__")))
print(sorted(k for k in dir(_sha256) if not k.startswith("__")))
print(_md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type, _sha512.SHA384Type, _sha3.sha3_224,
      _blake2.blake2b)
print(repr(_md5.md5()).startswith("<_md5.md5 object at "))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("no error")

err(lambda: _md5.md5("x"))
err(lambda: _sha1.sha1(1))
err(lambda: _sha256.sha256().update("x"))
err(lambda: _sha256.sha256().update(None))
err(lambda: _md5.MD5Type())
err(lambda: _sha3.sha3_224("a"))
err(lambda: _sha3.shake_128(b"a").digest(-1))
err(lambda: _sha3.shake_128(b"a").digest(2**40))
err(lambda: _sha3.shake_128(b"a").digest("3"))
err(lambda: _blake2.blake2b(digest_size=0))
err(lambda: _blake2.blake2s(digest_size=33))
err(lambda: _blake2.blake2b(key=b"x" * 65))
err(lambda: _blake2.blake2b(salt=b"x" * 17))
err(lambda: _blake2.blake2s(person=b"x" * 9))
err(lambda: _blake2.blake2b(fanout=256))
err(lambda: _blake2.blake2b(depth=0))
err(lambda: _blake2.blake2b(leaf_size=-1))
err(lambda: _blake2.blake2b(leaf_size=2**32))
err(lambda: _blake2.blake2b(node_offset=-1))
err(lambda: _blake2.blake2s(node_offset=2**48))
err(lambda: _blake2.blake2b(node_depth=256))
err(lambda: _blake2.blake2b(inner_size=65))
err(lambda: _blake2.blake2b(key="x"))
err(lambda: setattr(_sha3.sha3_224(), "x", 1))

# hashlib and hmac on top of the native modules.
import hmac
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "sha256").hexdigest())
print(hmac.new(b"key" * 50, b"msg", "sha512").hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
print(hmac.digest(b"k", b"m", "sha3_256").hex())
print(hashlib.new("sha3_384", b"abc").hexdigest())
