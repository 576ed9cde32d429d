# A __hash__ result that fits in a hash value is used unchanged, so a class that returns
# hash(y) hashes like y (str subclasses delegating to super().__hash__() stay findable in
# dicts); larger results are reduced like int hashes, and -1 becomes -2.
import sys


class K(str):
    def __hash__(self):
        return super().__hash__()


k = K("name")
print(hash(k) == hash("name"), hash(k) == str.__hash__("name"))
e = Exception()
setattr(e, k, 5)
print(e.name, getattr(e, "name"), {k: 1}["name"], {"name": 2}[k])


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


M = sys.hash_info.modulus
for v in [0, 1, -1, -2, 2**62, -(2**63), 2**63 - 1, 2**63, 2**64 + 5, -(2**70), M, M + 1, 10**30]:
    print(v, hash(H(v)), hash(H(v)) == hash(v))
print(hash(H(True)))
