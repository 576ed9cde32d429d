# re.sub()/subn() without a match return the subject itself, as CPython (test_re's
# test_search_anchor_at_beginning compares a 10**7-character result in its time budget).
import re
s = 'x' * 1000
print(re.sub('^y', '', s) is s, re.sub('y', 'z', s) is s, re.subn('y', '', s)[0] is s)
b = b'abc' * 10
print(re.sub(b'^y', b'', b) is b)
print(re.sub('a', 'b', 'xax'), re.sub('(x)', r'\1', 'x'), re.sub('x', 'x', 'x') == 'x', re.sub('', '-', 'ab'))
class S(str): pass
r = re.sub('q', '', S('abc'))
print(type(r).__name__, r)
print(re.sub('^y', lambda m: 'z', s) is s)
