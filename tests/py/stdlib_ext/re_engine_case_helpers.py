# _sre's case helpers against str.lower() (CPython's cpython_only test_case_helpers) and
# _sre.compile argument errors.
import _sre, string
bad = 0
for i in range(128):
    c = chr(i)
    lo = ord(c.lower())
    bad += _sre.ascii_tolower(i) != lo
    bad += _sre.unicode_tolower(i) != lo
    iscased = c in string.ascii_letters
    bad += _sre.ascii_iscased(i) != iscased
    bad += _sre.unicode_iscased(i) != iscased
for i in list(range(128, 0x1000)) + [0x10400, 0x10428]:
    c = chr(i)
    bad += _sre.ascii_tolower(i) != i
    if i != 0x0130:
        bad += _sre.unicode_tolower(i) != ord(c.lower())
    bad += _sre.ascii_iscased(i)
    bad += _sre.unicode_iscased(i) != (c != c.lower() or c != c.upper())
print(bad, _sre.ascii_tolower(0x0130), _sre.unicode_tolower(0x0130), _sre.ascii_iscased(0x0130), _sre.unicode_iscased(0x0130))
for args in [("abc", 0, [2**128], 0, {}, ()), ("abc", 0, [2**33], 0, {}, ()), ("abc", 0, [-1], 0, {}, ()), ({}, 0, [], 0, [], [])]:
    try:
        _sre.compile(*args)
    except Exception as e:
        print(type(e).__name__)
# malformed code is rejected by the validator
import re
for code, groups in [([], 0), ([17, 0, 1], 1), ([15, 2**32 - 1, 1], 0), ([17, 4, 1], 1),
                     ([24, 100, 0, 5, 16, 97, 1, 1], 0), ([13, 3, 16, 1], 0),
                     ([7, 4, 16, 97, 15, 9, 0, 1], 0), ([11, 3, 1], 1), ([99, 1], 0)]:
    try:
        p = _sre.compile('x', 0, code, groups, {}, ())
        print('accepted', code)
    except RuntimeError as e:
        print('RuntimeError', e)
p = re._compiler.compile('(a)(?(1)b|c)(?=e)[e-f]+|x', 0)
print(p.match('abef'), p.match('x'))
good = re._compiler._code(re._parser.parse('(a)(?(1)b|c)(?=e)[e-f]+|x*?y'), 0)
print(_sre.compile('', 0, good, 1, {}, ()).match('abef'), _sre.compile('', 0, good, 1, {}, ()).match('xxy'))
