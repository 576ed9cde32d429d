import hashlib, binascii, heapq
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"abc"); h.update(b"def")
    print(name, h.hexdigest()[:32], h.digest_size, h.block_size, h.name, h.copy().hexdigest() == h.hexdigest())
print(hashlib.sha256(b"").hexdigest(), hashlib.md5("é".encode()).hexdigest(), hashlib.blake2b(b"x", digest_size=16).hexdigest(), hashlib.sha1(b"a" * 1000).hexdigest())
print(sorted(hashlib.algorithms_guaranteed)[:5])
try:
    hashlib.sha256("str")
except TypeError as e:
    print(e)
try:
    hashlib.new("nope")
except ValueError as e:
    print(e)
print(binascii.hexlify(b"\x00\xffab"), binascii.unhexlify(b"00ff"), binascii.b2a_hex(b"xy", b":"), binascii.a2b_hex("4142"), binascii.b2a_base64(b"hello world"), binascii.b2a_base64(b"x", newline=False), binascii.a2b_base64(b"aGVsbG8="), binascii.crc32(b"hello"), binascii.crc32(b"world", 123), binascii.crc_hqx(b"abc", 0))
for bad in [lambda: binascii.unhexlify(b"0"), lambda: binascii.unhexlify(b"zz"), lambda: binascii.a2b_base64(b"a")]:
    try:
        bad()
    except binascii.Error as e:
        print("Error", e)
h = [5, 3, 8, 1, 9, 2]
heapq.heapify(h); print(h)
heapq.heappush(h, 0); print(heapq.heappop(h), heapq.heappushpop(h, 4), heapq.heapreplace(h, 7), h)
print(heapq.nlargest(3, range(10)), heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, "hello", key=ord), list(heapq.merge([1, 4, 7], [2, 5], [3])), list(heapq.merge([3, 1], [2], key=lambda x: -x, reverse=False)))
pq = []
for p, t in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    heapq.heappush(pq, (p, t))
print([heapq.heappop(pq) for _ in range(len(pq))])
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
