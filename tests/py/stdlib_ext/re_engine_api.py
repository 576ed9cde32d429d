# Pattern, Match and Scanner objects of the C++ _sre: sub/subn with templates, groups and
# callables; split edge cases; findall/finditer with pos/endpos; bytes-like subjects; reprs,
# equality, copying and errors.
import copy
import re

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)')
m = p.search('  John Smith  ')
print(m, m.span(), m.start(), m.end(), m.span('last'), m.start(2), m.end('first'))
print(m.group(), m.group(0, 1, 'last'), m[0], m['first'], m[2], m.groups(), m.groupdict())
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is p, m.string, m.regs)
print(m.expand(r'\g<last>, \1 (\g<0>)'), m.expand(r'\2\n'))
print(p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex))
for bad in (3, -1, 'nope', 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
m2 = re.match(r'(a)(b)?(c)?', 'ac')
print(m2.groups(), m2.groups('-'), m2.span(2), m2.start(2), m2.lastindex, m2.lastgroup, m2.regs)
print(re.match(r'(?P<x>a)|(?P<y>b)', 'b').groupdict('?'), re.match(r'(a)(?:b)', 'ab').lastindex)
print(re.match('a' * 60, 'a' * 60))
print(re.compile('x', re.I | re.M | re.S), re.compile(b'x', re.I), re.compile('x', re.X | re.A))
print(re.compile('x' * 300))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I),
      re.compile('a') != re.compile('b'), hash(re.compile('ab')) == hash(re.compile('ab')))
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.Pattern, re.Match, re.Pattern[str], re.Match[bytes])
for f in (lambda: re.Pattern(), lambda: re.Match()):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
# sub / subn
print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'joe@example.com, ann@site.com'))
print(re.sub(r'(?P<d>\d)', r'<\g<d>\g<0>>', 'a1b22'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'x*', '-', ''), re.sub('', '-', 'ab'))
print(re.subn(r'a', 'b', 'banana', count=2), re.subn(r'z', 'b', 'banana'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.sub(r'(a)|b', lambda m: m.group(1) or 'B', 'abab'))
print(re.sub(r'a', lambda m: None if m.start() else 'X', 'aaa'))
print(re.sub(r'(a)(b)?', r'[\2]', 'a ab'))
print(re.sub(rb'(\d+)', rb'<\1>', b'a12b3'), re.sub(b'a', b'\\n', b'banana'))
print(re.sub(rb'a', b'x', bytearray(b'banana')), re.sub(b'a', b'x', memoryview(b'aba')))
print(re.sub('a', r'\\', 'banana'), re.sub('a', '\n', 'ab'), re.sub('a', r'\n', 'ab'))
for args in [(r'(a)', r'\2', 'a'), (r'a', r'\g<x>', 'a'), (r'a', r'\g<1', 'a'),
             ('a', 1, 'a'), ('a', 'b', 1), ('a', b'b', 'a'), (b'a', 'b', b'a'),
             ('a', lambda m: 1, 'a'), (b'a', lambda m: 'x', b'a')]:
    try:
        print(re.sub(*args))
    except (re.error, TypeError, IndexError) as e:
        print(type(e).__name__, e)
# split
print(re.split(r',', 'a,b,,c,'), re.split(r'(,)', 'a,b'), re.split(r',', 'a,b,c', maxsplit=1))
print(re.split(r'x*', 'axbc'), re.split(r'(x*)', 'axbc'), re.split(r'\b', 'a b'))
print(re.split(r'(a)|b', 'xaybz'), re.split(r'', 'abc'), re.split(r'^', 'a\nb', flags=re.M))
print(re.split(r'(?=b)', 'abab'), re.split(b'-', b'a-b'), re.split(r'\s+', '  a b  '))
print(re.split('x', ''), re.split('', ''), re.split('(x)?', 'ab'))
# findall / finditer / pos / endpos
p = re.compile(r'(\w)(\d)?')
print(p.findall('a1b c2'), p.findall('a1b c2', 2), p.findall('a1b c2', 1, 4))
print(re.findall(r'\w', 'abc', ), re.findall(r'(\w)', 'ab'), re.findall(r'b', bytearray(b'abab')))
print([(m.span(), m.pos, m.endpos) for m in re.compile(r'\w').finditer('abcd', 1, 3)])
print(re.compile('b').search('abcb', 2), re.compile('b').match('abcb', 1),
      re.compile('b').fullmatch('abcb', 1, 2), re.compile('').match('abc', 2, 1))
print(re.compile('^b').search('ab', 1), re.compile('(?<=a)b').search('ab', 1),
      re.compile('b$').search('abc', 0, 2), re.compile(r'\bb').search('ab', 1))
print(re.compile('a').search('aaa', pos=-5, endpos=99).pos, re.compile('a').search('aaa', 5))
print(re.compile('a').match(string='a'), re.compile('a').search('xa', endpos=1))
for bad in [lambda: re.compile('a').match(b'a'), lambda: re.compile(b'a').match('a'),
            lambda: re.compile('a').match(1), lambda: re.compile('a').match('a', 'x'),
            lambda: re.compile('a').match('a', 2 ** 100), lambda: re.compile('a').split(None)]:
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
# bytes-like subjects keep their own slices as bytes
for subj in [b'xaby', bytearray(b'xaby'), memoryview(b'xaby')]:
    m = re.search(rb'(a)(b)', subj)
    print(type(m.string).__name__, m.group(), m.groups(), m[1], re.findall(rb'a|b', subj),
          re.split(rb'a', subj))
# scanner
sc = re.compile(r'\d').scanner('a1b22')
print(sc.pattern.pattern, sc.search(), sc.search(), sc.search(), sc.search(), sc.search())
sc = re.compile(r'\d|').scanner('1a')
print(sc.match(), sc.match(), sc.match(), sc.match())
sc = re.compile(r'\d*').scanner('12a3', 1)
print([m.span() for m in iter(sc.search, None)])
it = re.finditer(r'\w', 'ab')
print(type(it).__name__, next(it), list(it))
print(re.Scanner([(r'\d+', lambda s, t: int(t)), (r'\s+', None), (r'\w+', lambda s, t: t)]).scan('12 ab 3'))
print(re.escape('a.b*c'), re.fullmatch(re.escape('a.b*c'), 'a.b*c') is not None)
