// The _sre module: the regular expression engine behind re. re/_compiler.py produces the
// opcode list (MAGIC 20220615); modules/sre_engine.cpp matches it in C++ with CPython's
// semantics. Pattern, Match and Scanner are still embedded Python over that engine.
#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "objects/bytes.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "modules/embedded_py_module.h"
#include "modules/modules.h"
#include "modules/sre_engine.h"
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

def getcodesize():
    return CODESIZE

def ascii_iscased(ch):
    return ch < 128 and (65 <= ch <= 90 or 97 <= ch <= 122)

def ascii_tolower(ch):
    return ch + 32 if 65 <= ch <= 90 else ch

class Pattern:
    __slots__ = ('pattern', 'flags', '_code', '_prog', 'groups', '_groupindex', '_indexgroup',
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
                if _k_isbuffer(string):
                    raise TypeError("cannot use a string pattern on a bytes-like object")
                raise TypeError("expected string or bytes-like object, got '%s'"
                                % type(string).__name__)
        elif isinstance(string, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        elif not _k_isbuffer(string):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)

    def _exec(self, string, pos, endpos, mode, must_advance=False, start=-1):
        r = _k_run(self._prog, string, pos, endpos, start, mode, must_advance, self.groups)
        if r is None:
            return None
        return Match._make(self, string, r)

    def match(self, string, pos=0, endpos=_sys.maxsize):
        self._check(string)
        return self._exec(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        self._check(string)
        return self._exec(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_sys.maxsize):
        self._check(string)
        return self._exec(string, pos, endpos, 2)

    def _iter(self, string, pos, endpos, limit=0):
        self._check(string)
        n = 0
        must_advance = False
        start = -1
        while not limit or n < limit:
            m = self._exec(string, pos, endpos, 2, must_advance, start)
            if m is None:
                return
            yield m
            n += 1
            a, b = m._marks[0], m._marks[1]
            must_advance = a == b
            start = b

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        self._check(string)
        return self._iter(string, pos, endpos)

    def scanner(self, string, pos=0, endpos=_sys.maxsize):
        self._check(string)
        return SRE_Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        out = []
        empty = '' if isinstance(string, str) else b''
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m._get(1, empty))
            else:
                out.append(tuple(m._get(i, empty) for i in range(1, self.groups + 1)))
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
        for m in self._iter(string, 0, _sys.maxsize, count):
            a, b = m._marks[0], m._marks[1]
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
        if isinstance(string, (bytes, bytearray)) or not isinstance(string, str):
            return bytes(empty).join(bytes(x) for x in pieces), n
        return ''.join(pieces), n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        for m in self._iter(string, 0, _sys.maxsize, maxsplit):
            a, b = m._marks[0], m._marks[1]
            out.append(string[last:a])
            out.extend(m.groups())
            last = b
        out.append(string[last:])
        return out

    def __repr__(self):
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
    def _make(pattern, string, r):
        m = object.__new__(Match)
        m.re = pattern
        m.string = string
        m.pos = r[0]
        m.endpos = r[1]
        m.lastindex = r[2] if r[2] >= 0 else None
        m._marks = r[3:]
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
        s = self.string
        if isinstance(s, (str, bytes)):
            return s[a:b]
        return bytes(s[a:b])

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
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._start = -1
        self._must_advance = False
        self._done = False
    def _next(self, mode):
        if self._done:
            return None
        m = self.pattern._exec(self._string, self._pos, self._endpos, mode, self._must_advance,
                               self._start)
        if m is None:
            self._done = True
            return None
        a, b = m._marks[0], m._marks[1]
        self._must_advance = a == b
        self._start = b
        return m
    def match(self):
        return self._next(0)
    def search(self):
        return self._next(2)

Pattern.__module__ = Match.__module__ = 're'

def compile(pattern, flags, code, groups, groupindex, indexgroup):
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = flags
    p._code = list(code)
    p._prog = _k_prog(p._code)
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

Object* sreUnicodeIsCased(Object*, Object* const* args, size_t nargs, Object*) {
    uint32_t cp;
    if (!codePointArg("unicode_iscased", args, nargs, &cp)) return nullptr;
    if (cp > 0x10FFFF) return newBool(false);
    return newBool(unicode::toLowerSimple(cp) != cp || unicode::toUpperSimple(cp) != cp);
}

// Zero words after the code so fixed-size operand reads near its end stay in bounds.
constexpr size_t kCodePadding = 16;

// _k_prog(code list) -> bytes holding the code as native uint32 words plus padding.
Object* sreProg(Object*, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("_k_prog", nargs, 1, 1)) return nullptr;
    Object* list = args[0];
    if (!isList(list)) return setError(&ExcTypeError, "code must be a list");
    ssize n = listSize(list);
    std::vector<uint32_t> words(static_cast<size_t>(n) + kCodePadding, 0);
    for (ssize i = 0; i < n; i++) {
        Object* v = listItem(list, i);
        if (!isInt(v)) return setError(&ExcTypeError, "an integer is required");
        int64_t x;
        if (!intAsInt64(v, &x)) return nullptr;
        if (x < 0 || x > 0xFFFFFFFFll) {
            return setError(&ExcOverflowError, "regular expression code size limit exceeded");
        }
        words[static_cast<size_t>(i)] = static_cast<uint32_t>(x);
    }
    return bytesFromStd(std::string_view(reinterpret_cast<const char*>(words.data()),
                                         words.size() * sizeof(uint32_t)));
}

// The subject of a match: str in its own width, or the bytes of a bytes-like object (copied
// unless immutable bytes, so callbacks cannot resize it under the matcher).
struct Subject {
    const void* data = nullptr;
    int width = 1;
    ssize length = 0;
    bool isBytes = false;
    std::string copy;
};

bool getSubject(Object* string, Subject& out) {
    if (isStr(string)) {
        StrObject* so = asStr(string);
        out.data = so->data;
        out.width = so->kind;
        out.length = so->length;
        return true;
    }
    out.isBytes = true;
    if (isBytes(string)) {
        out.data = bytesData(string);
        out.length = bytesSize(string);
        return true;
    }
    std::string_view v;
    if (!getBytesView(string, &v)) {
        clearError();
        setError(&ExcTypeError, "expected string or bytes-like object, got '%T'", string);
        return false;
    }
    out.copy.assign(v.data(), v.size());
    out.data = out.copy.data();
    out.length = static_cast<ssize>(v.size());
    return true;
}

Object* sreIsBuffer(Object*, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("_k_isbuffer", nargs, 1, 1)) return nullptr;
    if (isStr(args[0])) return newBool(false);
    std::string_view v;
    if (!getBytesView(args[0], &v)) {
        clearError();
        return newBool(false);
    }
    return newBool(true);
}

bool ssizeArg(Object* o, ssize* out) {
    Ref<> i = Ref<>::steal(numberIndex(o));
    if (!i) return false;
    *out = asSsize(i.get(), nullptr);
    return !errOccurred();
}

// _k_run(prog, string, pos, endpos, start, mode, must_advance, groups): mode 0 match,
// 1 fullmatch, 2 search; start -1 = pos. None, or (pos, endpos, lastindex, start, end,
// group marks...) with -1 for unset groups.
Object* sreRun(Object*, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("_k_run", nargs, 8, 8)) return nullptr;
    Object* prog = args[0];
    if (!isBytes(prog)) return setError(&ExcTypeError, "bad program");
    Subject subj;
    if (!getSubject(args[1], subj)) return nullptr;
    ssize pos, endpos, start, mode, groups;
    if (!ssizeArg(args[2], &pos) || !ssizeArg(args[3], &endpos) || !ssizeArg(args[4], &start) ||
        !ssizeArg(args[5], &mode) || !ssizeArg(args[7], &groups)) {
        return nullptr;
    }
    int mustAdvance = isTrue(args[6]);
    if (mustAdvance < 0) return nullptr;
    if (pos < 0) pos = 0;
    if (pos > subj.length) pos = subj.length;
    if (endpos < 0) endpos = 0;
    if (endpos > subj.length) endpos = subj.length;
    if (start < 0) start = pos;
    sre::State st;
    st.code = reinterpret_cast<const uint32_t*>(bytesData(prog));
    st.codeLen = static_cast<uint32_t>(static_cast<size_t>(bytesSize(prog)) / sizeof(uint32_t));
    st.data = subj.data;
    st.width = subj.width;
    st.isBytes = subj.isBytes;
    st.length = subj.length;
    st.pos = pos;
    st.start = start;
    st.end = endpos;
    st.matchAll = mode == 1;
    st.mustAdvance = mustAdvance;
    st.marks.assign(static_cast<size_t>(2 * groups), -1);
    int r = mode == 2 ? sre::search(st) : sre::match(st);
    if (r < 0) return nullptr;
    if (r == 0) return newNone();
    Ref<> t = Ref<>::steal(tupleNew(5 + 2 * groups));
    if (!t) return nullptr;
    auto put = [&](ssize i, int64_t v) {
        Object* o = intFromInt64(v);
        if (!o) return false;
        tupleSetItemSteal(t.get(), i, o);
        return true;
    };
    if (!put(0, pos) || !put(1, endpos) || !put(2, st.lastindex)) return nullptr;
    for (ssize g = 0; g <= groups; g++) {
        ssize a, b;
        st.groupSpan(g, &a, &b);
        if (!put(3 + 2 * g, a) || !put(4 + 2 * g, b)) return nullptr;
    }
    return t.release();
}

const MethodDef kSreNatives[] = {
    {"unicode_tolower", sreUnicodeToLower, 0, "Return the lowercase of a code point."},
    {"unicode_iscased", sreUnicodeIsCased, 0, "Return True if the code point is cased."},
    {"_k_prog", sreProg, 0, nullptr},
    {"_k_run", sreRun, 0, nullptr},
    {"_k_isbuffer", sreIsBuffer, 0, nullptr},
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
