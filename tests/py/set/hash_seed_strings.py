# str/bytes/memoryview hashes and set iteration orders under the runner's PYTHONHASHSEED=0
# (SipHash-1-3 with a zero key): bit-identical to CPython's, including str hashed over its
# 1-, 2- or 4-byte code units, and set displays of constants laid out as CPython's compiler
# leaves them.
import sys

print(sys.hash_info)
print(sys.flags.hash_randomization)

words = ['', 'a', 'ab', 'abc', 'abcdefg', 'abcdefgh', 'abcdefghi', 'x' * 100, 'é', 'ÿþ',
         'λόγος', '€uro', 'mixed ascii and \u0100', '\U0001f600', 'a\U00010000b', '\x00',
         '__init__', 'print', 'len', 'self']
for w in words:
    print(ascii(w), hash(w), hash(w.encode('utf-8')), hash(w) == hash(w[:]))
for b in [b'', b'\x00', b'\xff' * 9, bytes(range(256))]:
    print(hash(b), hash(memoryview(b)), hash(memoryview(b)[1:]))
for mv in [memoryview(bytearray(b'ab')), memoryview(bytearray(b'ab')).toreadonly(),
           memoryview(memoryview(bytearray(b'ab'))).toreadonly()]:
    try:
        print(hash(mv))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hash(memoryview(b'abcdef')[::2]) == hash(b'ace'))

# str subclasses hash as str; hash() of str and equal bytes differ only by content units.
class S(str):
    pass
print(hash(S('abc')) == hash('abc'), hash('abc') == hash(b'abc'), hash('é') == hash(b'\xe9'))

greek = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa',
         'λ', '€', '😀']
print(set(greek))
print(frozenset(greek))
print({'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa',
       'λ', '€', '😀'})
print({'a b', 'c d', 'e f', 'g h', 'i j', 'k l', 'm n', 'o p', 'q r', 's t', 'u v'})
print({'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n'})
print([x for x in {'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'}])
for x in {'red', 'green', 'blue', 'cyan', 'magenta', 'yellow', 'black'}:
    print(x, end=' ')
print()
print('blue' in {'red', 'green', 'blue', 'cyan', 'magenta', 'yellow', 'black'})
print({w for w in greek})
print({*greek})
s = set()
for i in range(60):
    s.add('k%d' % i)
for i in range(0, 60, 3):
    s.discard('k%d' % i)
print(s)
print(set(str(i) for i in range(100)))
print({b'spam', b'eggs', b'ham', b'bacon', b'beans'})
print(set(dict.fromkeys(greek)))
print(set(greek) | {'omega', 'psi'}, set(greek) - {'alpha'}, set(greek) & set(greek[::2]))
print(sorted(set(greek)) == sorted(greek))
