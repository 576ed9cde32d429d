# _sre module surface: constants, case helpers, Pattern/Match attributes and their
# read-only errors, pickling, hashing, str/bytes subclass subjects.
import re, _sre, pickle, weakref, copy
print(sorted(n for n in dir(_sre) if not n.startswith('__')))
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print(_sre.ascii_iscased(65), _sre.ascii_iscased(200), _sre.unicode_iscased(0x3a3), _sre.unicode_iscased(0x5d0))
print(_sre.ascii_tolower(65), _sre.ascii_tolower(0xc0), _sre.unicode_tolower(0xc0), _sre.unicode_tolower(0x130))
p = re.compile(r'(?P<a>x)(y)', re.I)
print(pickle.loads(pickle.dumps(p)) == p, weakref.ref(p)() is p)
m = p.match('xy')
print(bool(m), type(m).__name__, type(m).__module__, type(p).__qualname__)
print(sorted(n for n in dir(m) if not n.startswith('__')))
print(sorted(n for n in dir(p) if not n.startswith('__')))
try:
    p.foo = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    m.pos = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    class X(re.Pattern): pass
except TypeError as e:
    print('TypeError', e)
print(re.template('a') if hasattr(re, 'template') else None)
print(len({re.compile('a'), re.compile('a'), re.compile('b')}))
print(re.compile('a') == 'a', re.compile('a') < re.compile('b') if False else 'skip')
try:
    _sre.compile('a', 0, [1 << 40], 0, {}, ())
except OverflowError as e:
    print('OverflowError', e)
print(m.group(True), m.start(False), m[-0])
try:
    m.group(2**70)
except IndexError as e:
    print('IndexError', e)
print(re.compile(r'\d+').finditer('12 34').__class__.__name__)
print(re.fullmatch(r'(?s).*', 'a\nb'), re.compile('a|b').split('xaybz', 1))
print(re.sub('(?P<n>.)', r'\g<n>\g<n>', 'ab'), re.subn('', '-', 'abc'))
print(re.sub('a', 'b', 'aaa', 0), re.sub('a', 'b', 'aaa', count=-1))
print(re.compile('(a)(b)').match('ab').expand(b'x' if False else r'\2\1'))
print(re.match('(a)', 'a').span(1.0) if False else 'ok')
class S(str): pass
class B(bytes): pass
print(type(re.match('a', S('ab')).group()), type(re.sub('a', 'b', S('xy'))), type(re.findall('a', S('a'))[0]))
print(type(re.match(b'a', B(b'ab')).group()), type(re.match(b'ab', B(b'ab')).group()), type(re.split(b'x', B(b'ab'))[0]))
print(type(re.match('ab', 'ab').group()) , re.match('ab', S('ab')).string.__class__.__name__)
