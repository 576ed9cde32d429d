// The _sre module: the regular expression engine behind re. re/_compiler.py produces the
// opcode list (MAGIC 20220615); this module matches it with CPython's semantics (greedy and
// lazy repeats, possessive repeats, atomic groups, look-around, group references,
// conditional groups). The engine is a backtracking matcher written as embedded Python.
#include "core/args.h"
#include "core/errors.h"
#include "modules/embedded_py_module.h"
#include "modules/modules.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/unicode_db.h"

namespace krait {

namespace {

const char kSreSource[] = R"PY(
MAGIC = 20220615
CODESIZE = 4
MAXREPEAT = 4294967295
MAXGROUPS = 2147483647
copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "

import sys as _sys

(FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CHARSET,
 BIGCHARSET, GROUPREF, GROUPREF_EXISTS, IN, INFO, JUMP, LITERAL, MARK, MAX_UNTIL, MIN_UNTIL,
 NOT_LITERAL, NEGATE, RANGE, REPEAT, REPEAT_ONE, SUBPATTERN, MIN_REPEAT_ONE, ATOMIC_GROUP,
 POSSESSIVE_REPEAT, POSSESSIVE_REPEAT_ONE, GROUPREF_IGNORE, IN_IGNORE, LITERAL_IGNORE,
 NOT_LITERAL_IGNORE, GROUPREF_LOC_IGNORE, IN_LOC_IGNORE, LITERAL_LOC_IGNORE,
 NOT_LITERAL_LOC_IGNORE, GROUPREF_UNI_IGNORE, IN_UNI_IGNORE, LITERAL_UNI_IGNORE,
 NOT_LITERAL_UNI_IGNORE, RANGE_UNI_IGNORE) = range(43)

(AT_BEGINNING, AT_BEGINNING_LINE, AT_BEGINNING_STRING, AT_BOUNDARY, AT_NON_BOUNDARY,
 AT_END, AT_END_LINE, AT_END_STRING, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY,
 AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY) = range(12)

_SINGLE = frozenset([ANY, ANY_ALL, CATEGORY, IN, IN_IGNORE, IN_LOC_IGNORE, IN_UNI_IGNORE,
                     LITERAL, NOT_LITERAL, LITERAL_IGNORE, NOT_LITERAL_IGNORE,
                     LITERAL_LOC_IGNORE, NOT_LITERAL_LOC_IGNORE, LITERAL_UNI_IGNORE,
                     NOT_LITERAL_UNI_IGNORE])

def getcodesize():
    return CODESIZE

def ascii_iscased(ch):
    return ch < 128 and (65 <= ch <= 90 or 97 <= ch <= 122)

def ascii_tolower(ch):
    return ch + 32 if 65 <= ch <= 90 else ch

_unicode_toupper = _k_toupper

def _is_word_ascii(ch):
    return ch < 128 and (48 <= ch <= 57 or 65 <= ch <= 90 or 97 <= ch <= 122 or ch == 95)

def _is_word_uni(ch):
    return ch == 95 or chr(ch).isalnum()

def _category(cat, ch):
    if cat == 0: return 48 <= ch <= 57
    if cat == 1: return not (48 <= ch <= 57)
    if cat == 2: return ch in (32, 9, 10, 11, 12, 13)
    if cat == 3: return ch not in (32, 9, 10, 11, 12, 13)
    if cat == 4: return _is_word_ascii(ch)
    if cat == 5: return not _is_word_ascii(ch)
    if cat == 6: return ch == 10
    if cat == 7: return ch != 10
    if cat == 8: return _is_word_ascii(ch)
    if cat == 9: return not _is_word_ascii(ch)
    if cat == 10: return chr(ch).isdecimal()
    if cat == 11: return not chr(ch).isdecimal()
    if cat == 12: return chr(ch).isspace()
    if cat == 13: return not chr(ch).isspace()
    if cat == 14: return _is_word_uni(ch)
    if cat == 15: return not _is_word_uni(ch)
    if cat == 16: return ch in (10, 11, 12, 13, 28, 29, 30, 133, 0x2028, 0x2029)
    if cat == 17: return ch not in (10, 11, 12, 13, 28, 29, 30, 133, 0x2028, 0x2029)
    return False

def _in_set(code, p, ch):
    ok = True
    while True:
        op = code[p]
        if op == FAILURE:
            return not ok
        if op == LITERAL:
            if ch == code[p + 1]:
                return ok
            p += 2
        elif op == RANGE:
            if code[p + 1] <= ch <= code[p + 2]:
                return ok
            p += 3
        elif op == CHARSET:
            if ch < 256 and (code[p + 1 + (ch >> 5)] >> (ch & 31)) & 1:
                return ok
            p += 9
        elif op == CATEGORY:
            if _category(code[p + 1], ch):
                return ok
            p += 2
        elif op == NEGATE:
            ok = not ok
            p += 1
        elif op == RANGE_UNI_IGNORE:
            if code[p + 1] <= ch <= code[p + 2]:
                return ok
            u = _unicode_toupper(ch)
            if code[p + 1] <= u <= code[p + 2]:
                return ok
            p += 3
        elif op == BIGCHARSET:
            count = code[p + 1]
            p += 2
            if ch < 65536:
                hi = ch >> 8
                block = (code[p + (hi >> 2)] >> (8 * (hi & 3))) & 255
                word = code[p + 64 + block * 8 + ((ch & 255) >> 5)]
                if (word >> (ch & 31)) & 1:
                    return ok
            p += 64 + count * 8
        else:
            raise RuntimeError("internal error in regular expression charset")

def _char_ok(code, pc, ch):
    op = code[pc]
    if op == LITERAL: return ch == code[pc + 1]
    if op == NOT_LITERAL: return ch != code[pc + 1]
    if op == ANY: return ch != 10
    if op == ANY_ALL: return True
    if op == IN: return _in_set(code, pc + 2, ch)
    if op == CATEGORY: return _category(code[pc + 1], ch)
    if op == LITERAL_IGNORE: return ascii_tolower(ch) == code[pc + 1]
    if op == NOT_LITERAL_IGNORE: return ascii_tolower(ch) != code[pc + 1]
    if op == LITERAL_UNI_IGNORE: return ch == code[pc + 1] or unicode_tolower(ch) == code[pc + 1]
    if op == NOT_LITERAL_UNI_IGNORE:
        return ch != code[pc + 1] and unicode_tolower(ch) != code[pc + 1]
    if op == LITERAL_LOC_IGNORE: return ascii_tolower(ch) == code[pc + 1] or ch == code[pc + 1]
    if op == NOT_LITERAL_LOC_IGNORE:
        return ascii_tolower(ch) != code[pc + 1] and ch != code[pc + 1]
    if op == IN_IGNORE: return _in_set(code, pc + 2, ascii_tolower(ch))
    if op == IN_UNI_IGNORE: return _in_set(code, pc + 2, unicode_tolower(ch))
    if op == IN_LOC_IGNORE:
        return _in_set(code, pc + 2, ch) or _in_set(code, pc + 2, ascii_tolower(ch))
    raise RuntimeError("internal error in regular expression engine")

def _char_width(code, pc):
    op = code[pc]
    if op == ANY or op == ANY_ALL:
        return 1
    if op in (IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE):
        return 1 + code[pc + 1]
    return 2

class _State:
    __slots__ = ('code', 's', 'end', 'marks', 'lastindex', 'mstart', 'pos', 'endpos',
                 'string', 'mend')

    def __init__(self, code, string, pos, endpos, ngroups):
        self.code = code
        self.string = string
        self.s = _codes(string)
        n = len(self.s)
        if pos < 0: pos = 0
        if pos > n: pos = n
        if endpos < 0: endpos = 0
        if endpos > n: endpos = n
        self.pos = pos
        self.endpos = endpos
        self.end = endpos
        self.marks = [-1] * (2 * ngroups)
        self.mstart = self.mend = -1
        self.lastindex = -1

    def reset(self):
        for i in range(len(self.marks)):
            self.marks[i] = -1
        self.lastindex = -1

    def at(self, kind, p):
        s = self.s
        end = self.end
        if kind == AT_BEGINNING or kind == AT_BEGINNING_STRING:
            return p == 0
        if kind == AT_BEGINNING_LINE:
            return p == 0 or s[p - 1] == 10
        if kind == AT_END:
            return p == end or (p + 1 == end and s[p] == 10)
        if kind == AT_END_LINE:
            return p == end or s[p] == 10
        if kind == AT_END_STRING:
            return p == end
        if kind in (AT_BOUNDARY, AT_NON_BOUNDARY, AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY):
            if end == 0:
                return False
            that = p > 0 and _is_word_ascii(s[p - 1])
            this = p < end and _is_word_ascii(s[p])
            return (this != that) == (kind in (AT_BOUNDARY, AT_LOC_BOUNDARY))
        if kind in (AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY):
            if end == 0:
                return False
            that = p > 0 and _is_word_uni(s[p - 1])
            this = p < end and _is_word_uni(s[p])
            return (this != that) == (kind == AT_UNI_BOUNDARY)
        return False

    def count(self, pc, p, maxcount):
        code = self.code
        s = self.s
        limit = self.end
        if maxcount < limit - p:
            limit = p + maxcount
        start = p
        op = code[pc]
        if op == ANY_ALL:
            return limit - p
        if op == LITERAL:
            c = code[pc + 1]
            while p < limit and s[p] == c:
                p += 1
            return p - start
        while p < limit and _char_ok(code, pc, s[p]):
            p += 1
        return p - start

    # Matches code at pc against position p; on success of the whole continuation k(p)
    # returns True. Marks set on the way stay set after success and are restored on failure.
    def m(self, pc, p, k):
        code = self.code
        s = self.s
        while True:
            op = code[pc]
            if op == SUCCESS:
                return k(p)
            if op == FAILURE:
                return False
            if op in _SINGLE:
                if p >= self.end or not _char_ok(code, pc, s[p]):
                    return False
                p += 1
                pc += _char_width(code, pc)
                continue
            if op == AT:
                if not self.at(code[pc + 1], p):
                    return False
                pc += 2
                continue
            if op == INFO or op == JUMP:
                pc = pc + 1 + code[pc + 1]
                continue
            if op == MARK:
                i = code[pc + 1]
                marks = self.marks
                old = marks[i]
                oldlast = self.lastindex
                marks[i] = p
                if i & 1:
                    self.lastindex = i // 2 + 1
                if self.m(pc + 2, p, k):
                    return True
                marks[i] = old
                self.lastindex = oldlast
                return False
            if op == BRANCH:
                q = pc + 1
                while code[q]:
                    if self.m(q + 1, p, k):
                        return True
                    q += code[q]
                return False
            if op == REPEAT_ONE or op == MIN_REPEAT_ONE or op == POSSESSIVE_REPEAT_ONE:
                mn = code[pc + 2]
                mx = code[pc + 3]
                nxt = pc + 1 + code[pc + 1]
                if op == MIN_REPEAT_ONE:
                    n = self.count(pc + 4, p, mn) if mn else 0
                    if n < mn:
                        return False
                    q = p + n
                    while True:
                        if self.m(nxt, q, k):
                            return True
                        if n >= mx or q >= self.end or not _char_ok(code, pc + 4, s[q]):
                            return False
                        q += 1
                        n += 1
                n = self.count(pc + 4, p, mx)
                if n < mn:
                    return False
                if op == POSSESSIVE_REPEAT_ONE:
                    p += n
                    pc = nxt
                    continue
                if code[nxt] == SUCCESS and k is _accept:
                    return k(p + n)
                if code[nxt] == LITERAL:
                    c = code[nxt + 1]
                    while n >= mn:
                        q = p + n
                        if q < self.end and s[q] == c and self.m(nxt, q, k):
                            return True
                        n -= 1
                    return False
                while n >= mn:
                    if self.m(nxt, p + n, k):
                        return True
                    n -= 1
                return False
            if op == REPEAT or op == POSSESSIVE_REPEAT:
                mn = code[pc + 2]
                mx = code[pc + 3]
                body = pc + 4
                tail = pc + 1 + code[pc + 1]
                if op == POSSESSIVE_REPEAT:
                    n = 0
                    res = [0]
                    def grab(q):
                        res[0] = q
                        return True
                    while n < mx:
                        if not self.m(body, p, grab):
                            break
                        q = res[0]
                        n += 1
                        if q == p and n >= mn:
                            break
                        p = q
                    if n < mn:
                        return False
                    pc = tail
                    continue
                lazy = code[tail] == MIN_UNTIL
                return self.rep(body, tail + 1, mn, mx, lazy, 0, p, -1, k)
            if op == ATOMIC_GROUP:
                res = [0]
                def grab(q):
                    res[0] = q
                    return True
                if not self.m(pc + 2, p, grab):
                    return False
                p = res[0]
                pc = pc + 1 + code[pc + 1]
                continue
            if op == ASSERT or op == ASSERT_NOT:
                back = code[pc + 2]
                q = p - back
                if op == ASSERT:
                    if q < 0 or not self.m(pc + 3, q, _accept):
                        return False
                else:
                    if q >= 0:
                        saved = list(self.marks)
                        savedlast = self.lastindex
                        hit = self.m(pc + 3, q, _accept)
                        self.marks[:] = saved
                        self.lastindex = savedlast
                        if hit:
                            return False
                pc = pc + 1 + code[pc + 1]
                continue
            if op in (GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE, GROUPREF_LOC_IGNORE):
                g = code[pc + 1]
                a = self.marks[2 * g]
                b = self.marks[2 * g + 1]
                if a < 0 or b < 0 or b < a:
                    return False
                n = b - a
                if p + n > self.end:
                    return False
                for i in range(n):
                    x = s[a + i]
                    y = s[p + i]
                    if x != y:
                        if op == GROUPREF:
                            return False
                        if op == GROUPREF_UNI_IGNORE:
                            if unicode_tolower(x) != unicode_tolower(y):
                                return False
                        elif ascii_tolower(x) != ascii_tolower(y):
                            return False
                p += n
                pc += 2
                continue
            if op == GROUPREF_EXISTS:
                g = code[pc + 1]
                a = self.marks[2 * g]
                b = self.marks[2 * g + 1]
                if a < 0 or b < 0 or b < a:
                    pc = pc + 1 + code[pc + 2]
                else:
                    pc += 3
                continue
            if op == MAX_UNTIL or op == MIN_UNTIL:
                # The end of a REPEAT body: the continuation decides what follows.
                return k(p)
            raise RuntimeError("internal error in regular expression engine: opcode %d" % op)

    # A REPEAT ... MAX_UNTIL/MIN_UNTIL loop that has matched `n` iterations, the last one
    # starting at `last`.
    def rep(self, body, tail, mn, mx, lazy, n, p, last, k):
        if n < mn:
            return self.m(body, p, lambda q: self.rep(body, tail, mn, mx, lazy, n + 1, q, p, k))
        if p == last:
            return self.m(tail, p, k)
        if lazy:
            if self.m(tail, p, k):
                return True
            if n >= mx:
                return False
            return self.m(body, p, lambda q: self.rep(body, tail, mn, mx, lazy, n + 1, q, p, k))
        if n < mx:
            if self.m(body, p, lambda q: self.rep(body, tail, mn, mx, lazy, n + 1, q, p, k)):
                return True
        return self.m(tail, p, k)

def _accept(p):
    return True

# The code points of the last subject string: callers such as json's scanner match the same
# long string at many positions. Only immutable subjects are cached.
_last_subject = [None, None]

def _codes(string):
    if string is _last_subject[0]:
        return _last_subject[1]
    if isinstance(string, str):
        codes = [ord(c) for c in string]
    else:
        codes = list(memoryview_bytes(string))
    if type(string) is str or type(string) is bytes:
        _last_subject[0] = string
        _last_subject[1] = codes
    return codes

# The matcher recurses once per repeat iteration / group: give it room beyond the caller's
# recursion limit (Python frames do not use the native stack in Krait).
_EXTRA_DEPTH = 50000

def _deep(f, *args):
    lim = _sys.getrecursionlimit()
    _sys.setrecursionlimit(lim + _EXTRA_DEPTH)
    try:
        return f(*args)
    finally:
        _sys.setrecursionlimit(lim)

def memoryview_bytes(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    return bytes(b)

class Pattern:
    __slots__ = ('pattern', 'flags', '_code', 'groups', '_groupindex', '_indexgroup',
                 '__weakref__')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        import types
        return types.MappingProxyType(self._groupindex)

    def _check(self, string):
        if isinstance(self.pattern, str):
            if not isinstance(string, str):
                raise TypeError("cannot use a string pattern on a bytes-like object")
        elif self.pattern is not None:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")

    def _state(self, string, pos, endpos):
        self._check(string)
        return _State(self._code, string, pos, endpos, self.groups)

    def _run(self, st, p, full=False):
        end = [0]
        def fin(q):
            if full and q != st.end:
                return False
            end[0] = q
            return True
        st.reset()
        if _deep(st.m, 0, p, fin):
            st.mstart = p
            st.mend = end[0]
            return True
        return False

    def _search(self, st, p):
        code = self._code
        # A literal first character (from INFO prefix or the first opcode) lets us skip
        # positions quickly.
        first = None
        pc = 0
        if code[0] == INFO:
            flags = code[2]
            if flags & 1 and code[5] > 0:
                first = code[7]
            pc = 1 + code[1]
        if first is None and code[pc] == LITERAL:
            first = code[pc + 1]
        s = st.s
        while p <= st.end:
            if first is not None:
                while p < st.end and s[p] != first:
                    p += 1
                if p >= st.end:
                    return False
            if self._run(st, p):
                return True
            p += 1
        return False

    def _match_obj(self, st):
        return Match._make(self, st)

    def match(self, string, pos=0, endpos=_sys.maxsize):
        st = self._state(string, pos, endpos)
        if self._run(st, st.pos):
            return self._match_obj(st)
        return None

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        st = self._state(string, pos, endpos)
        if self._run(st, st.pos, True):
            return self._match_obj(st)
        return None

    def search(self, string, pos=0, endpos=_sys.maxsize):
        st = self._state(string, pos, endpos)
        if self._search(st, st.pos):
            return self._match_obj(st)
        return None

    def _run_nonempty(self, st, p):
        end = [0]
        def fin(q):
            if q == p:
                return False
            end[0] = q
            return True
        st.reset()
        if _deep(st.m, 0, p, fin):
            st.mstart = p
            st.mend = end[0]
            return True
        return False

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        return iter(self._matches(string, pos, endpos))

    def _matches(self, string, pos, endpos):
        st = self._state(string, pos, endpos)
        out = []
        p = st.pos
        last_empty_at = -1
        while p <= st.end:
            found = False
            q = p
            while q <= st.end:
                if q == last_empty_at:
                    ok = self._run_nonempty(st, q)
                else:
                    ok = self._run(st, q)
                if ok:
                    found = True
                    break
                q += 1
            if not found:
                break
            out.append(self._match_obj(st))
            a, b = st.mstart, st.mend
            if a == b:
                last_empty_at = b
            else:
                last_empty_at = -1
            p = b
        return out

    def scanner(self, string, pos=0, endpos=_sys.maxsize):
        return SRE_Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        out = []
        for m in self._matches(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) if m.start(1) >= 0 else string[:0])
            else:
                out.append(tuple(g if g is not None else string[:0] for g in m.groups()))
        return out

    def _subx(self, repl, string, count):
        if callable(repl):
            filt = repl
            literal = None
        else:
            # As CPython's pattern_subx: a str or bytes-like template without a backslash
            # is a literal (a type mismatch surfaces when the pieces are joined); anything
            # else goes to the template compiler, which reports bad types.
            if isinstance(repl, str):
                literal_repl = '\\' not in repl
            else:
                try:
                    literal_repl = b'\\' not in memoryview(repl).tobytes()
                except TypeError:
                    literal_repl = False
            if not literal_repl:
                import re
                filt = re._subx(self, repl)
                if callable(filt):
                    literal = None
                else:
                    literal = filt
            else:
                literal = repl
                filt = None
        self._check(string)
        pieces = []
        n = 0
        last = 0
        for m in self._matches(string, 0, _sys.maxsize):
            if count and n >= count:
                break
            a, b = m.span()
            pieces.append(string[last:a])
            if literal is not None:
                pieces.append(literal)
            else:
                r = filt(m)
                if r is not None:
                    pieces.append(r)
            last = b
            n += 1
        pieces.append(string[last:])
        empty = string[:0]
        if isinstance(string, (bytes, bytearray)):
            return bytes(empty).join(bytes(x) for x in pieces), n
        return ''.join(pieces), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self._matches(string, 0, _sys.maxsize):
            if maxsplit and n >= maxsplit:
                break
            a, b = m.span()
            out.append(string[last:a])
            out.extend(m.groups())
            last = b
            n += 1
        out.append(string[last:])
        return out

    def __repr__(self):
        import re
        flags = self.flags
        names = []
        if isinstance(self.pattern, str):
            flags &= ~32
        for name, value in (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4),
                            ('MULTILINE', 8), ('DOTALL', 16), ('UNICODE', 32),
                            ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)):
            if flags & value:
                names.append('re.' + name)
                flags &= ~value
        if flags:
            names.append('0x%x' % flags)
        prepr = repr(self.pattern)
        if len(prepr) > 200:
            prepr = prepr[:200]
        if names:
            return 're.compile(%s, %s)' % (prepr, '|'.join(names))
        return 're.compile(%s)' % prepr

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags and
                self._code == other._code)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        import re
        return (re._compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

class Match:
    __slots__ = ('re', 'string', 'pos', 'endpos', '_marks', 'lastindex', '__weakref__')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @staticmethod
    def _make(pattern, st):
        m = object.__new__(Match)
        m.re = pattern
        m.string = st.string
        m.pos = st.pos
        m.endpos = st.endpos
        m._marks = [st.mstart, st.mend] + st.marks
        m.lastindex = st.lastindex if st.lastindex >= 0 else None
        return m

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        ig = self.re._indexgroup
        if ig is None or self.lastindex >= len(ig):
            return None
        return ig[self.lastindex]

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    def _index(self, g):
        if isinstance(g, int) or (hasattr(type(g), '__index__') and not isinstance(g, str)):
            try:
                i = g.__index__()
            except Exception:
                raise IndexError("no such group")
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError("no such group")
        if isinstance(g, (str, bytes)):
            i = self.re._groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        a = self._marks[2 * i]
        b = self._marks[2 * i + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self._marks[2 * self._index(group)]

    def end(self, group=0):
        return self._marks[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._marks[2 * i], self._marks[2 * i + 1])

    def expand(self, template):
        import re
        return re._expand(self.re, self, template)

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

class SRE_Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._it = iter(pattern._matches(string, pos, endpos))
        self._st = pattern._state(string, pos, endpos)
        self._p = self._st.pos
    def match(self):
        st = self._st
        if self._p > st.end or not self.pattern._run(st, self._p):
            self._p = st.end + 1
            return None
        m = self.pattern._match_obj(st)
        a, b = st.mstart, st.mend
        self._p = b if b > a else b + 1
        return m
    def search(self):
        try:
            return next(self._it)
        except StopIteration:
            return None

Pattern.__module__ = Match.__module__ = 're'

# re/_compiler.py packs big charsets with memoryview(b).cast('I').tolist(). While Krait's
# memoryview has no cast(), give the compiler module (being imported: it imports _sre first)
# a stand-in for that one use; it goes away by itself once memoryview.cast exists.
class _CodesView:
    __slots__ = ('_b', 'itemsize')
    def __init__(self, b):
        self._b = bytes(b)
        self.itemsize = 0
    def cast(self, fmt):
        v = _CodesView(self._b)
        v.itemsize = CODESIZE
        return v
    def __len__(self):
        return len(self._b) // (self.itemsize or 1)
    def tolist(self):
        b = self._b
        order = _sys.byteorder
        return [int.from_bytes(b[i:i + 4], order) for i in range(0, len(b), 4)]

if not hasattr(memoryview, 'cast'):
    _compiler_module = _sys.modules.get('re._compiler')
    if _compiler_module is not None:
        _compiler_module.memoryview = _CodesView
    del _compiler_module

def compile(pattern, flags, code, groups, groupindex, indexgroup):
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = flags
    p._code = list(code)
    p.groups = groups
    p._groupindex = dict(groupindex)
    p._indexgroup = tuple(indexgroup) if indexgroup is not None else None
    return p

def template(pattern, template):
    return template
)PY";

// The code point argument of the case helpers.
bool codePointArg(const char* fname, Object* const* args, size_t nargs, uint32_t* out) {
    if (!checkArgCount(fname, nargs, 1, 1)) return false;
    if (!isInt(args[0])) {
        setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", args[0]);
        return false;
    }
    int64_t v;
    if (!intAsInt64(args[0], &v)) return false;
    *out = v < 0 || v > 0x10FFFF ? 0x110000u : static_cast<uint32_t>(v);
    return true;
}

// Simple (one code point) case mappings, as CPython's sre_lower_unicode / sre_upper_unicode.
Object* sreUnicodeToLower(Object*, Object* const* args, size_t nargs, Object*) {
    uint32_t cp;
    if (!codePointArg("unicode_tolower", args, nargs, &cp)) return nullptr;
    if (cp > 0x10FFFF) return newRef(args[0]);
    return intFromInt64(unicode::toLowerSimple(cp));
}

Object* sreUnicodeToUpper(Object*, Object* const* args, size_t nargs, Object*) {
    uint32_t cp;
    if (!codePointArg("_k_toupper", args, nargs, &cp)) return nullptr;
    if (cp > 0x10FFFF) return newRef(args[0]);
    return intFromInt64(unicode::toUpperSimple(cp));
}

Object* sreUnicodeIsCased(Object*, Object* const* args, size_t nargs, Object*) {
    uint32_t cp;
    if (!codePointArg("unicode_iscased", args, nargs, &cp)) return nullptr;
    if (cp > 0x10FFFF) return newBool(false);
    return newBool(unicode::toLowerSimple(cp) != cp || unicode::toUpperSimple(cp) != cp);
}

const MethodDef kSreNatives[] = {
    {"unicode_tolower", sreUnicodeToLower, 0, "Return the lowercase of a code point."},
    {"unicode_iscased", sreUnicodeIsCased, 0, "Return True if the code point is cased."},
    {"_k_toupper", sreUnicodeToUpper, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createSreModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_sre"));
    if (!m || !moduleAddFunctions(m.get(), kSreNatives)) return nullptr;
    if (!runEmbeddedSource(m.get(), "<krait _sre>", kSreSource)) return nullptr;
    return m.release();
}

}  // namespace krait
