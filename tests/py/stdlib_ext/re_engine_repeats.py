# timeout: 90
# The _sre matcher: greedy, lazy and possessive repeats, atomic groups, zero-width
# iterations, group marks after backtracking, and inputs long enough that a recursive
# matcher would overflow its stack.
import re

def show(pat, s, flags=0):
    m = re.search(pat, s, flags)
    if m is None:
        print(repr(pat), None)
    else:
        print(repr(pat), m.span(), m.groups(), m.lastindex)

show(r'(a+)(a*)', 'aaaa')
show(r'(a+?)(a*)', 'aaaa')
show(r'(a*?)b', 'aaab')
show(r'(a{2,3})(a*)', 'aaaaa')
show(r'(a{2,3}?)(a*)', 'aaaaa')
show(r'(?:(a)|(b))+', 'abab')
show(r'(?:(a)|(b))*?c', 'ababc')
show(r'(?:(a)|b)*', 'ab')
show(r'(?:(a)b)*', 'ababac')
show(r'((a)|(b))*', 'aba')
show(r'(a|ab)(c|bcd)(d*)', 'abcd')
show(r'(?:x*)*y', 'xxxy')
show(r'(?:x*)*', 'xxx')
show(r'(?:x*?)+?y', 'xxy')
show(r'(?:()|a)*b', 'aab')
show(r'(a*)*', 'b')
show(r'(a*)+', 'b')
show(r'(a|)*b', 'aab')
show(r'(?:a{0,2}){3}b', 'aaaab')
show(r'(ab){2,}?', 'abababab')
show(r'(ab){2,}', 'abababab')
show(r'(?:ab){0}c', 'abc')
# possessive and atomic
show(r'a++b', 'aaab')
show(r'a++a', 'aaa')
show(r'a*+a', 'aaa')
show(r'a?+a', 'a')
show(r'(?:ab)++a', 'ababa')
show(r'(?:ab)*+ab', 'abab')
show(r'(?:a|ab)++c', 'abc')
show(r'(?>a|ab)c', 'abc')
show(r'(?>(a+))a', 'aaa')
show(r'(?>(a+))b', 'aaab')
show(r'(?>a*?)b', 'aab')
show(r'x(?>a|b)*+y', 'xababy')
show(r'(?:(a)|b)++', 'ab')
show(r'(a){2}+', 'aaa')
# search with an INFO prefix or charset and must-advance iteration
print(re.findall(r'abc|abd', 'xxabdabc'))
print(re.findall(r'[ab]c', 'acbcdc'))
print(re.findall(r'\d*', 'a12b3'))
print(re.findall(r'(?:)', 'ab'))
print([m.span() for m in re.finditer(r'a*?', 'baa')])
print([m.span() for m in re.finditer(r'\b|x', 'ab x')])
# catastrophic-ish patterns that CPython still finishes quickly
print(re.match(r'(x+x+)+y', 'x' * 14))
print(re.match(r'(a|a)*c', 'a' * 16))
print(re.search(r'(?:a*)*b', 'a' * 20))
print(re.match(r'(?:a+)+$', 'a' * 25 + '!'))
# long inputs: no stack overflow, linear-ish time
n = 200000
s = 'ab' * n
print(len(re.match(r'(?:a|b)*', s).group()))
m = re.match(r'(a|b)*', s)
print(m.span(), m.group(1), m.lastindex)
print(len(re.match(r'(?:ab)*?$', s).group()))
print(re.match(r'(?:a|b)*?c', s + 'c').end())
print(re.search(r'(.)\1', 'ab' * n + 'cc').span())
print(re.match(r'(?:(?:a)|(?:b))+$', s) is not None)
print(len(re.findall(r'a', s)), len(re.split(r'b', s)))
print(re.sub(r'(a)(b)', r'\2\1', s)[:10], len(re.sub(r'a', '', s)))
print(re.fullmatch(r'(?:ab)+', s) is not None, re.fullmatch(r'(?:ab)+', s + 'a'))
print(re.match(r'.*x', 'y' * 100000))
print(re.search(r'x(?=y)', 'x' * 100000 + 'y').start())
print(len(re.match(r'(?:a|b)++', s).group()), len(re.match(r'(?>(?:a|b)*)', s).group()))
print(len(re.match(r'(?s).*?$', 'q\n' * 50000).group()))
