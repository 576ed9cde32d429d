# hashlib without OpenSSL-only algorithms: digests, update/copy, names, sizes, errors.
import hashlib

msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 1000, bytes(range(256)) * 3]
algos = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384",
         "sha3_512", "blake2b", "blake2s"]
for name in algos:
    ctor = getattr(hashlib, name)
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size)
    for m in msgs:
        print(" ", ctor(m).hexdigest())
    # incremental update equals one-shot
    h = ctor()
    for i in range(0, len(msgs[4]), 37):
        h.update(msgs[4][i:i + 37])
    print("  incremental ok:", h.hexdigest() == ctor(msgs[4]).hexdigest(), h.digest() == ctor(msgs[4]).digest())
    h2 = h.copy()
    h2.update(b"more")
    print("  copy independent:", h.hexdigest() != h2.hexdigest(), h.hexdigest() == ctor(msgs[4]).hexdigest())
    print("  new():", hashlib.new(name, b"abc").hexdigest() == ctor(b"abc").hexdigest())

for name in ["shake_128", "shake_256"]:
    ctor = getattr(hashlib, name)
    print(name, ctor(b"abc").hexdigest(16), ctor(b"").hexdigest(40), ctor(b"abc").name, ctor().digest_size)
    print(len(ctor(b"x").digest(100)))

# blake2 parameters
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest())
print(hashlib.blake2b(b"abc", key=b"secret").hexdigest())
print(hashlib.blake2s(b"abc", key=b"k", salt=b"salt", person=b"me", digest_size=20).hexdigest())
print(hashlib.blake2b(b"data", salt=b"s" * 16, person=b"p" * 16).hexdigest())
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE)
try:
    hashlib.blake2b(digest_size=65)
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.blake2s(key=b"k" * 33)
except ValueError as e:
    print("ValueError:", e)

# str input is rejected
for bad in ["text", 123, None]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hashlib.md5().update("x")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nonexistent")
except ValueError as e:
    print("ValueError:", e)
print(hashlib.sha256(bytearray(b"abc")).hexdigest() == hashlib.sha256(memoryview(b"abc")).hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.new("sha512", data=b"x").hexdigest()[:16])
print(hashlib.sha256(string=b"kw").hexdigest()[:16], hashlib.md5(b"x", usedforsecurity=False).hexdigest())
print(sorted(a for a in hashlib.algorithms_guaranteed))
print(hashlib.sha1(b"abc").digest())

import hmac
print(hmac.new(b"key", b"msg", "sha256").hexdigest(), hmac.new(b"key", b"msg", hashlib.md5).hexdigest())
print(hmac.digest(b"k", b"m", "sha1").hex(), hmac.compare_digest(b"a", b"a"), hmac.compare_digest("a", "b"))
h = hmac.new(b"key", digestmod="sha512")
h.update(b"part1")
h2 = h.copy()
h.update(b"part2")
print(h.hexdigest()[:32], h2.hexdigest()[:32], h.name, h.digest_size, h.block_size)
print(hashlib.file_digest.__name__ if hasattr(hashlib, "file_digest") else "no file_digest")
import io
print(hashlib.file_digest(io.BytesIO(b"file contents"), "sha256").hexdigest())
