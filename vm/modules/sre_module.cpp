// The _sre module: the regular expression engine behind re. re/_compiler.py produces the
// opcode list (MAGIC 20220615) and calls _sre.compile(); the Pattern, Match and Scanner types
// here run it with modules/sre_engine.cpp. Names, reprs, messages and the iteration rules of
// findall/finditer/split/sub (an empty match right after the previous match is skipped:
// "must advance") follow CPython's Modules/_sre/sre.c.
#include <cstring>
#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "interp/import.h"
#include "modules/embedded_py_module.h"
#include "modules/modules.h"
#include "modules/sre_engine.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode_db.h"

namespace krait {

namespace {

extern Type PatternType;
extern Type MatchType;
extern Type ScannerType;

// Zero words after the code so fixed-size operand reads near its end stay in bounds.
constexpr uint32_t kCodePadding = 16;

struct PatternObject {
    Object ob;
    Object* weaklist;
    Object* pattern;      // str, bytes-like or None
    Object* groupindex;   // dict name -> group number, or null when there are no names
    Object* indexgroup;   // tuple group number -> name, or null
    uint32_t* code;       // codeSize words, then kCodePadding zero words
    uint32_t codeSize;
    ssize groups;         // capturing groups (group 0 not counted)
    int64_t flags;
    int isBytes;          // 1 bytes pattern, 0 str pattern, -1 None
};

struct MatchObject {
    Object ob;
    Object* string;       // the subject as passed
    Object* pattern;      // the PatternObject
    Object* regs;         // cached .regs tuple or null
    ssize pos, endpos;
    ssize lastindex;      // -1: None
    ssize groups;         // pattern groups + 1
    ssize* marks;         // 2 * groups: start, end per group (-1 unset); follows the object
};

// A subject and an engine state over it (owned by a Scanner or a stack frame). The state
// points into `subject` data, which lives as long as this object.
struct MatchRun {
    Ref<> string;
    std::string copy;            // bytes of other bytes-like subjects (memoryview, array)
    Object* pinned = nullptr;    // a bytearray subject, its buffer exported (not resizable)
    sre::State st;

    MatchRun() = default;
    MatchRun(const MatchRun&) = delete;
    MatchRun& operator=(const MatchRun&) = delete;
    ~MatchRun() {
        if (pinned) {
            asByteArray(pinned)->exports--;
            decref(pinned);
        }
    }
};

struct ScannerObject {
    Object ob;
    Object* pattern;
    MatchRun* run;        // the subject and engine state; null after a GC clear
    bool done;            // a search/match failed: every later call returns None
};

PatternObject* asPattern(Object* o) { return reinterpret_cast<PatternObject*>(o); }
MatchObject* asMatch(Object* o) { return reinterpret_cast<MatchObject*>(o); }
ScannerObject* asScanner(Object* o) { return reinterpret_cast<ScannerObject*>(o); }

// ---------------------------------------------------------------------------------------------
// Subjects

// The character data of a str or bytes-like object. A bytearray is pinned in `run` as CPython
// holds its buffer; other buffers are copied into run.copy. Raises CPython's TypeError for
// anything else.
bool subjectData(Object* string, MatchRun& run, const void** data, int* width, ssize* length,
                 bool* isBytesOut) {
    if (isStr(string)) {
        StrObject* so = asStr(string);
        *data = so->data;
        *width = so->kind;
        *length = so->length;
        *isBytesOut = false;
        return true;
    }
    *isBytesOut = true;
    *width = 1;
    if (isBytes(string)) {
        *data = bytesData(string);
        *length = bytesSize(string);
        return true;
    }
    if (isByteArray(string)) {
        ByteArrayObject* ba = asByteArray(string);
        ba->exports++;
        run.pinned = newRef(string);
        *data = ba->data ? ba->data : "";
        *length = ba->size;
        return true;
    }
    std::string_view v;
    if (!getBytesView(string, &v)) {
        clearError();
        setError(&ExcTypeError, "expected string or bytes-like object, got '%T'", string);
        return false;
    }
    run.copy.assign(v.data(), v.size());
    *data = run.copy.data();
    *length = static_cast<ssize>(v.size());
    return true;
}

// Sets up `run` for matching p against string[pos:endpos] (CPython's state_init).
bool initRun(MatchRun& run, PatternObject* p, Object* string, ssize pos, ssize endpos) {
    const void* data;
    int width;
    ssize length;
    bool isB;
    if (!subjectData(string, run, &data, &width, &length, &isB)) return false;
    if (p->isBytes == 0 && isB) {
        setError(&ExcTypeError, "cannot use a string pattern on a bytes-like object");
        return false;
    }
    if (p->isBytes == 1 && !isB) {
        setError(&ExcTypeError, "cannot use a bytes pattern on a string-like object");
        return false;
    }
    if (pos < 0) pos = 0;
    if (pos > length) pos = length;
    if (endpos < 0) endpos = 0;
    if (endpos > length) endpos = length;
    run.string = Ref<>::borrow(string);
    sre::State& st = run.st;
    st.code = p->code;
    st.codeLen = p->codeSize + kCodePadding;
    st.data = data;
    st.width = width;
    st.isBytes = isB;
    st.length = length;
    st.pos = pos;
    st.start = pos;
    st.end = endpos;
    st.ptr = pos;
    st.marks.assign(static_cast<size_t>(2 * p->groups), -1);
    return true;
}

// string[a:b] for a subject being matched (CPython's getslice): str slices are str, bytes-like
// slices are bytes; an exact bytes or str covering the whole range is returned itself.
Object* runSlice(const MatchRun& run, ssize a, ssize b) {
    Object* s = run.string.get();
    if (!run.st.isBytes) {
        // The whole of an exact str is itself (CPython's getslice): sub() without a match
        // returns the subject unchanged, without a copy.
        if (isStrExact(s) && a == 0 && b == strLength(s)) return newRef(s);
        return strSubstring(s, a, b);
    }
    if (isBytes(s) && s->type == &BytesType && a == 0 && b == bytesSize(s)) return newRef(s);
    if (b < a) b = a;
    return bytesFromStd(std::string_view(static_cast<const char*>(run.st.data) + a,
                                         static_cast<size_t>(b - a)));
}

// Group g (1-based) of the last match, or `empty`/None when it did not take part.
Object* runGroup(const MatchRun& run, ssize g, bool wantEmpty) {
    ssize a, b;
    run.st.groupSpan(g, &a, &b);
    if (a < 0) {
        if (!wantEmpty) return newNone();
        a = b = 0;
    }
    return runSlice(run, a, b);
}

int runSearch(MatchRun& run) {
    run.st.ptr = run.st.start;
    return sre::search(run.st);
}

// After a match: the next search starts at its end and must not return an empty match there.
void runAdvance(MatchRun& run) {
    run.st.mustAdvance = run.st.ptr == run.st.start;
    run.st.start = run.st.ptr;
}

// ---------------------------------------------------------------------------------------------
// Argument helpers

bool ssizeArg(Object* o, ssize* out) {
    if (!isIndex(o) && !isInt(o)) {
        setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", o);
        return false;
    }
    Ref<> i = Ref<>::steal(numberIndex(o));
    if (!i) return false;
    *out = asSsize(i.get(), &ExcOverflowError);
    return !(*out == -1 && errOccurred());
}

// (string, pos=0, endpos=sys.maxsize) of match/search/findall/...
bool stringPosArgs(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                   Object** string, ssize* pos, ssize* endpos) {
    static const char* const kNames[] = {"string", "pos", "endpos"};
    Object* a[3] = {};
    if (!parseArgs(fname, args, nargs, kwnames, kNames, 3, 1, a)) return false;
    *string = a[0];
    *pos = 0;
    *endpos = PTRDIFF_MAX;
    if (a[1] && !ssizeArg(a[1], pos)) return false;
    if (a[2] && !ssizeArg(a[2], endpos)) return false;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Match

Object* newMatch(PatternObject* p, const MatchRun& run) {
    ssize groups = p->groups + 1;
    Object* o = allocVarObject(&MatchType, sizeof(ssize) * static_cast<size_t>(2 * groups));
    if (!o) return nullptr;
    MatchObject* m = asMatch(o);
    m->marks = reinterpret_cast<ssize*>(reinterpret_cast<char*>(o) + MatchType.basicSize);
    m->string = newRef(run.string.get());
    m->pattern = newRef(&p->ob);
    m->pos = run.st.pos;
    m->endpos = run.st.end;
    m->lastindex = run.st.lastindex;
    m->groups = groups;
    for (ssize g = 0; g < groups; g++) run.st.groupSpan(g, &m->marks[2 * g], &m->marks[2 * g + 1]);
    return o;
}

void matchDealloc(Object* self) {
    MatchObject* m = asMatch(self);
    clearRef(m->string);
    clearRef(m->pattern);
    clearRef(m->regs);
    freeObject(self);
}

void matchTraverse(Object* self, VisitFn visit, void* arg) {
    MatchObject* m = asMatch(self);
    if (m->string) visit(m->string, arg);
    if (m->pattern) visit(m->pattern, arg);
    if (m->regs) visit(m->regs, arg);
}

void matchClear(Object* self) {
    MatchObject* m = asMatch(self);
    clearRef(m->string);
    clearRef(m->pattern);
    clearRef(m->regs);
}

// The group number named by `index` (an int-like or a group name), or -1 with IndexError.
ssize matchIndex(MatchObject* m, Object* index) {
    ssize i = -1;
    if (isIndex(index) || isInt(index)) {
        Ref<> v = Ref<>::steal(numberIndex(index));
        if (!v) return -1;
        i = asSsize(v.get(), nullptr);
    } else {
        PatternObject* p = asPattern(m->pattern);
        if (p->groupindex) {
            Object* v = dictGetItem(p->groupindex, index);
            if (!v && errOccurred()) return -1;
            if (v && isInt(v)) i = asSsize(v, nullptr);
        }
    }
    if (i < 0 || i >= m->groups) {
        if (!errOccurred()) setError(&ExcIndexError, "no such group");
        return -1;
    }
    return i;
}

// The text of group i (valid index) or `def` when it did not take part.
Object* matchSliceIndex(MatchObject* m, ssize i, Object* def) {
    ssize a = m->marks[2 * i], b = m->marks[2 * i + 1];
    if (a < 0 || b < 0) return newRef(def);
    Object* s = m->string;
    if (isStr(s)) return strSubstring(s, a, b);
    if (s->type == &BytesType) {
        if (a == 0 && b == bytesSize(s)) return newRef(s);
        return bytesFromStd(bytesView(s).substr(static_cast<size_t>(a), static_cast<size_t>(b - a)));
    }
    std::string_view v;
    if (!getBytesView(s, &v)) return nullptr;
    ssize n = static_cast<ssize>(v.size());
    if (a > n) a = n;
    if (b > n) b = n;
    return bytesFromStd(v.substr(static_cast<size_t>(a), static_cast<size_t>(b - a)));
}

Object* matchSlice(MatchObject* m, Object* index, Object* def) {
    ssize i = matchIndex(m, index);
    if (i < 0) return nullptr;
    return matchSliceIndex(m, i, def);
}

Object* matchGroup(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("group", kwnames)) return nullptr;
    MatchObject* m = asMatch(self);
    if (nargs == 0) return matchSliceIndex(m, 0, &NoneObject);
    if (nargs == 1) return matchSlice(m, args[0], &NoneObject);
    Ref<> t = Ref<>::steal(tupleNew(static_cast<ssize>(nargs)));
    if (!t) return nullptr;
    for (size_t k = 0; k < nargs; k++) {
        Object* v = matchSlice(m, args[k], &NoneObject);
        if (!v) return nullptr;
        tupleSetItemSteal(t.get(), static_cast<ssize>(k), v);
    }
    return t.release();
}

Object* matchGetItem(Object* self, Object* key) {
    return matchSlice(asMatch(self), key, &NoneObject);
}

Object* matchGroups(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"default"};
    Object* a[1] = {};
    if (!parseArgs("groups", args, nargs, kwnames, kNames, 1, 0, a)) return nullptr;
    Object* def = a[0] ? a[0] : &NoneObject;
    MatchObject* m = asMatch(self);
    Ref<> t = Ref<>::steal(tupleNew(m->groups - 1));
    if (!t) return nullptr;
    for (ssize i = 1; i < m->groups; i++) {
        Object* v = matchSliceIndex(m, i, def);
        if (!v) return nullptr;
        tupleSetItemSteal(t.get(), i - 1, v);
    }
    return t.release();
}

Object* matchGroupDict(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"default"};
    Object* a[1] = {};
    if (!parseArgs("groupdict", args, nargs, kwnames, kNames, 1, 0, a)) return nullptr;
    Object* def = a[0] ? a[0] : &NoneObject;
    MatchObject* m = asMatch(self);
    Ref<> d = Ref<>::steal(dictNew());
    if (!d) return nullptr;
    PatternObject* p = asPattern(m->pattern);
    if (!p->groupindex) return d.release();
    Ref<> keys = Ref<>::steal(dictKeys(p->groupindex));
    if (!keys) return nullptr;
    for (ssize k = 0; k < listSize(keys.get()); k++) {
        Object* key = listItem(keys.get(), k);
        Ref<> v = Ref<>::steal(matchSlice(m, key, def));
        if (!v || dictSetItem(d.get(), key, v.get()) < 0) return nullptr;
    }
    return d.release();
}

// start/end/span: the optional group argument.
bool optionalGroup(const char* fname, MatchObject* m, Object* const* args, size_t nargs,
                   Object* kwnames, ssize* out) {
    if (!checkNoKwargs(fname, kwnames) || !checkArgCount(fname, nargs, 0, 1)) return false;
    *out = nargs ? matchIndex(m, args[0]) : 0;
    return *out >= 0;
}

Object* matchStart(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize i;
    if (!optionalGroup("start", asMatch(self), args, nargs, kwnames, &i)) return nullptr;
    return intFromInt64(asMatch(self)->marks[2 * i]);
}

Object* matchEnd(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize i;
    if (!optionalGroup("end", asMatch(self), args, nargs, kwnames, &i)) return nullptr;
    return intFromInt64(asMatch(self)->marks[2 * i + 1]);
}

Object* spanTuple(ssize a, ssize b) {
    Ref<> x = Ref<>::steal(intFromInt64(a));
    Ref<> y = Ref<>::steal(intFromInt64(b));
    if (!x || !y) return nullptr;
    return tuplePack({x.get(), y.get()});
}

Object* matchSpan(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize i;
    if (!optionalGroup("span", asMatch(self), args, nargs, kwnames, &i)) return nullptr;
    MatchObject* m = asMatch(self);
    return spanTuple(m->marks[2 * i], m->marks[2 * i + 1]);
}

// Calls re.NAME(args...) (the Python half of the module: template expansion).
Object* callRe(const char* name, Object* const* args, size_t nargs) {
    Ref<> re = Ref<>::steal(importModule("re"));
    if (!re) return nullptr;
    return callMethod(re.get(), name, args, nargs);
}

Object* matchExpand(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"template"};
    Object* a[1] = {};
    if (!parseArgs("expand", args, nargs, kwnames, kNames, 1, 1, a)) return nullptr;
    Object* cargs[3] = {asMatch(self)->pattern, self, a[0]};
    return callRe("_expand", cargs, 3);
}

Object* returnSelf(Object* self, Object* const*, size_t, Object*) { return newRef(self); }

Object* classGetItem(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("__class_getitem__", kwnames) ||
        !checkArgCount("__class_getitem__", nargs, 1, 1)) {
        return nullptr;
    }
    return genericAliasNew(cls, args[0]);
}

Object* matchGetLastIndex(Object* self, void*) {
    MatchObject* m = asMatch(self);
    if (m->lastindex >= 0) return intFromInt64(m->lastindex);
    return newNone();
}

Object* matchGetLastGroup(Object* self, void*) {
    MatchObject* m = asMatch(self);
    PatternObject* p = asPattern(m->pattern);
    if (p->indexgroup && m->lastindex >= 0 && m->lastindex < tupleSize(p->indexgroup)) {
        return newRef(tupleItem(p->indexgroup, m->lastindex));
    }
    return newNone();
}

Object* matchGetRegs(Object* self, void*) {
    MatchObject* m = asMatch(self);
    if (m->regs) return newRef(m->regs);
    Ref<> t = Ref<>::steal(tupleNew(m->groups));
    if (!t) return nullptr;
    for (ssize i = 0; i < m->groups; i++) {
        Object* s = spanTuple(m->marks[2 * i], m->marks[2 * i + 1]);
        if (!s) return nullptr;
        tupleSetItemSteal(t.get(), i, s);
    }
    m->regs = newRef(t.get());
    return t.release();
}

// The setter of CPython's read-only members (Match.pos, Pattern.flags, ...).
int readonlyMember(Object*, Object*, void*) {
    setError(&ExcAttributeError, "readonly attribute");
    return -1;
}

Object* matchGetString(Object* self, void*) { return newRef(asMatch(self)->string); }
Object* matchGetRe(Object* self, void*) { return newRef(asMatch(self)->pattern); }
Object* matchGetPos(Object* self, void*) { return intFromInt64(asMatch(self)->pos); }
Object* matchGetEndpos(Object* self, void*) { return intFromInt64(asMatch(self)->endpos); }

// "<re.Match object; span=(a, b), match='...'>" with the match's repr cut to 50 characters.
Object* matchRepr(Object* self) {
    MatchObject* m = asMatch(self);
    Ref<> g = Ref<>::steal(matchSliceIndex(m, 0, &NoneObject));
    if (!g) return nullptr;
    Ref<> r = Ref<>::steal(repr(g.get()));
    if (!r) return nullptr;
    if (strLength(r.get()) > 50) {
        r = Ref<>::steal(strSubstring(r.get(), 0, 50));
        if (!r) return nullptr;
    }
    return strFormat("<%s object; span=(%zd, %zd), match=%U>", MatchType.name, m->marks[0],
                     m->marks[1], r.get());
}

Object* matchNew(Type*, Object*, Object*) {
    return setError(&ExcTypeError, "cannot create 're.Match' instances");
}

const MethodDef kMatchMethods[] = {
    {"group", matchGroup, 0, "group([group1, ...]) -> str or tuple."},
    {"start", matchStart, 0, "Return index of the start of the substring matched by group."},
    {"end", matchEnd, 0, "Return index of the end of the substring matched by group."},
    {"span", matchSpan, 0, "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
    {"groups", matchGroups, 0, "Return a tuple containing all the subgroups of the match."},
    {"groupdict", matchGroupDict, 0,
     "Return a dictionary containing all the named subgroups of the match."},
    {"expand", matchExpand, 0, "Return the string obtained by doing backslash substitution."},
    {"__copy__", returnSelf, kMethNoKw, nullptr},
    {"__deepcopy__", returnSelf, kMethNoKw, nullptr},
    {"__class_getitem__", classGetItem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kMatchGetSets[] = {
    {"lastindex", matchGetLastIndex, nullptr, "The integer index of the last matched capturing group.", nullptr},
    {"lastgroup", matchGetLastGroup, nullptr, "The name of the last matched capturing group.", nullptr},
    {"regs", matchGetRegs, nullptr, nullptr, nullptr},
    {"string", matchGetString, readonlyMember, "The string passed to match() or search().", nullptr},
    {"re", matchGetRe, readonlyMember, "The regular expression object.", nullptr},
    {"pos", matchGetPos, readonlyMember, "The index into the string at which the RE engine started looking for a match.", nullptr},
    {"endpos", matchGetEndpos, readonlyMember, "The index into the string beyond which the RE engine will not go.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// Scanner

Object* newScanner(PatternObject* p, Object* string, ssize pos, ssize endpos) {
    MatchRun* run = new (std::nothrow) MatchRun();
    if (!run) return setErrorNoMemory();
    if (!initRun(*run, p, string, pos, endpos)) {
        delete run;
        return nullptr;
    }
    Object* o = allocObject(&ScannerType);
    if (!o) {
        delete run;
        return nullptr;
    }
    ScannerObject* s = asScanner(o);
    s->pattern = newRef(&p->ob);
    s->run = run;
    s->done = false;
    return o;
}

void scannerDealloc(Object* self) {
    ScannerObject* s = asScanner(self);
    clearRef(s->pattern);
    delete s->run;
    s->run = nullptr;
    freeObject(self);
}

void scannerTraverse(Object* self, VisitFn visit, void* arg) {
    ScannerObject* s = asScanner(self);
    if (s->pattern) visit(s->pattern, arg);
    if (s->run && s->run->string) visit(s->run->string.get(), arg);
}

void scannerClear(Object* self) {
    ScannerObject* s = asScanner(self);
    clearRef(s->pattern);
    delete s->run;
    s->run = nullptr;
}

Object* scannerStep(Object* self, bool search) {
    ScannerObject* s = asScanner(self);
    if (s->done || !s->run || !s->pattern) return newNone();
    MatchRun& run = *s->run;
    int r;
    if (search) {
        r = runSearch(run);
    } else {
        run.st.ptr = run.st.start;
        r = sre::match(run.st);
    }
    if (r < 0) return nullptr;
    if (r == 0) {
        s->done = true;
        return newNone();
    }
    Object* m = newMatch(asPattern(s->pattern), run);
    if (!m) return nullptr;
    runAdvance(run);
    return m;
}

Object* scannerMatch(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("match", kwnames) || !checkArgCount("match", nargs, 0, 0)) return nullptr;
    return scannerStep(self, false);
}

Object* scannerSearch(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("search", kwnames) || !checkArgCount("search", nargs, 0, 0)) return nullptr;
    return scannerStep(self, true);
}

Object* scannerGetPattern(Object* self, void*) {
    ScannerObject* s = asScanner(self);
    return s->pattern ? newRef(s->pattern) : newNone();
}

const MethodDef kScannerMethods[] = {
    {"match", scannerMatch, 0, nullptr},
    {"search", scannerSearch, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kScannerGetSets[] = {
    {"pattern", scannerGetPattern, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// Pattern

void patternDealloc(Object* self) {
    PatternObject* p = asPattern(self);
    if (p->weaklist) clearWeakrefs(self);
    clearRef(p->pattern);
    clearRef(p->groupindex);
    clearRef(p->indexgroup);
    delete[] p->code;
    p->code = nullptr;
    freeObject(self);
}

void patternTraverse(Object* self, VisitFn visit, void* arg) {
    PatternObject* p = asPattern(self);
    if (p->pattern) visit(p->pattern, arg);
    if (p->groupindex) visit(p->groupindex, arg);
    if (p->indexgroup) visit(p->indexgroup, arg);
}

void patternClear(Object* self) {
    PatternObject* p = asPattern(self);
    clearRef(p->pattern);
    clearRef(p->groupindex);
    clearRef(p->indexgroup);
}

Object* patternNew(Type*, Object*, Object*) {
    return setError(&ExcTypeError, "cannot create 're.Pattern' instances");
}

// match / fullmatch / search. mode: 0 match, 1 fullmatch, 2 search.
Object* patternExec(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                    const char* fname, int mode) {
    Object* string;
    ssize pos, endpos;
    if (!stringPosArgs(fname, args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
    PatternObject* p = asPattern(self);
    MatchRun run;
    if (!initRun(run, p, string, pos, endpos)) return nullptr;
    run.st.matchAll = mode == 1;
    int r = mode == 2 ? runSearch(run) : sre::match(run.st);
    if (r < 0) return nullptr;
    if (r == 0) return newNone();
    return newMatch(p, run);
}

Object* patternMatch(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return patternExec(self, args, nargs, kwnames, "match", 0);
}
Object* patternFullMatch(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return patternExec(self, args, nargs, kwnames, "fullmatch", 1);
}
Object* patternSearch(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return patternExec(self, args, nargs, kwnames, "search", 2);
}

Object* patternFindAll(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* string;
    ssize pos, endpos;
    if (!stringPosArgs("findall", args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
    PatternObject* p = asPattern(self);
    MatchRun run;
    if (!initRun(run, p, string, pos, endpos)) return nullptr;
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    while (run.st.start <= run.st.end) {
        int r = runSearch(run);
        if (r < 0) return nullptr;
        if (r == 0) break;
        Ref<> item;
        if (p->groups == 0) {
            item = Ref<>::steal(runSlice(run, run.st.start, run.st.ptr));
        } else if (p->groups == 1) {
            item = Ref<>::steal(runGroup(run, 1, true));
        } else {
            item = Ref<>::steal(tupleNew(p->groups));
            if (!item) return nullptr;
            for (ssize g = 1; g <= p->groups; g++) {
                Object* v = runGroup(run, g, true);
                if (!v) return nullptr;
                tupleSetItemSteal(item.get(), g - 1, v);
            }
        }
        if (!item || listAppend(list.get(), item.get()) < 0) return nullptr;
        runAdvance(run);
    }
    return list.release();
}

Object* patternScanner(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* string;
    ssize pos, endpos;
    if (!stringPosArgs("scanner", args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
    return newScanner(asPattern(self), string, pos, endpos);
}

Object* patternFindIter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* string;
    ssize pos, endpos;
    if (!stringPosArgs("finditer", args, nargs, kwnames, &string, &pos, &endpos)) return nullptr;
    Ref<> scanner = Ref<>::steal(newScanner(asPattern(self), string, pos, endpos));
    if (!scanner) return nullptr;
    Ref<> search = Ref<>::steal(getAttr(scanner.get(), "search"));
    if (!search) return nullptr;
    return callIterNew(search.get(), &NoneObject);
}

Object* patternSplit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"string", "maxsplit"};
    Object* a[2] = {};
    if (!parseArgs("split", args, nargs, kwnames, kNames, 2, 1, a)) return nullptr;
    ssize maxsplit = 0;
    if (a[1] && !ssizeArg(a[1], &maxsplit)) return nullptr;
    PatternObject* p = asPattern(self);
    MatchRun run;
    if (!initRun(run, p, a[0], 0, PTRDIFF_MAX)) return nullptr;
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    ssize n = 0;
    ssize last = run.st.start;
    while (!maxsplit || n < maxsplit) {
        int r = runSearch(run);
        if (r < 0) return nullptr;
        if (r == 0) break;
        Ref<> item = Ref<>::steal(runSlice(run, last, run.st.start));
        if (!item || listAppend(list.get(), item.get()) < 0) return nullptr;
        for (ssize g = 1; g <= p->groups; g++) {
            item = Ref<>::steal(runGroup(run, g, false));
            if (!item || listAppend(list.get(), item.get()) < 0) return nullptr;
        }
        n++;
        runAdvance(run);
        last = run.st.start;
    }
    Ref<> item = Ref<>::steal(runSlice(run, last, run.st.end));
    if (!item || listAppend(list.get(), item.get()) < 0) return nullptr;
    return list.release();
}

// Does the replacement contain a backslash (then it is a template for re._subx)? -1: not a
// str or bytes-like object (also handed to re._subx, which raises the right error).
int replHasBackslash(Object* repl) {
    if (isStr(repl)) {
        ssize n = strLength(repl);
        for (ssize i = 0; i < n; i++) {
            if (strCharAt(repl, i) == '\\') return 1;
        }
        return 0;
    }
    std::string_view v;
    if (!getBytesView(repl, &v)) {
        clearError();
        return -1;
    }
    return v.find('\\') != std::string_view::npos ? 1 : 0;
}

Object* patternSubx(Object* self, Object* const* args, size_t nargs, Object* kwnames,
                    const char* fname, bool subn) {
    static const char* const kNames[] = {"repl", "string", "count"};
    Object* a[3] = {};
    if (!parseArgs(fname, args, nargs, kwnames, kNames, 3, 2, a)) return nullptr;
    ssize count = 0;
    if (a[2] && !ssizeArg(a[2], &count)) return nullptr;
    PatternObject* p = asPattern(self);
    Ref<> filter;
    bool callable = false;
    if (isCallable(a[0])) {
        filter = Ref<>::borrow(a[0]);
        callable = true;
    } else if (replHasBackslash(a[0]) == 0) {
        filter = Ref<>::borrow(a[0]);
    } else {
        Object* cargs[2] = {self, a[0]};
        filter = Ref<>::steal(callRe("_subx", cargs, 2));
        if (!filter) return nullptr;
        callable = isCallable(filter.get());
    }
    MatchRun run;
    if (!initRun(run, p, a[1], 0, PTRDIFF_MAX)) return nullptr;
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    ssize n = 0, i = 0;
    while (!count || n < count) {
        int r = runSearch(run);
        if (r < 0) return nullptr;
        if (r == 0) break;
        ssize b = run.st.start, e = run.st.ptr;
        if (i < b) {
            Ref<> item = Ref<>::steal(runSlice(run, i, b));
            if (!item || listAppend(list.get(), item.get()) < 0) return nullptr;
        }
        if (callable) {
            Ref<> m = Ref<>::steal(newMatch(p, run));
            if (!m) return nullptr;
            Object* cargs[1] = {m.get()};
            Ref<> item = Ref<>::steal(call(filter.get(), cargs, 1));
            if (!item) return nullptr;
            if (!isNone(item.get()) && listAppend(list.get(), item.get()) < 0) return nullptr;
        } else if (listAppend(list.get(), filter.get()) < 0) {
            return nullptr;
        }
        i = e;
        n++;
        runAdvance(run);
    }
    if (i < run.st.end) {
        Ref<> item = Ref<>::steal(runSlice(run, i, run.st.end));
        if (!item || listAppend(list.get(), item.get()) < 0) return nullptr;
    }
    Ref<> joiner = Ref<>::steal(runSlice(run, 0, 0));
    if (!joiner) return nullptr;
    Ref<> result;
    Object* only = listSize(list.get()) == 1 ? listItem(list.get(), 0) : nullptr;
    if (listSize(list.get()) == 0) {
        result = joiner;
    } else if (only && (run.st.isBytes ? only->type == &BytesType : isStrExact(only))) {
        result = Ref<>::borrow(only);   // joining one piece gives that piece (as CPython)
    } else if (run.st.isBytes) {
        Object* cargs[1] = {list.get()};
        result = Ref<>::steal(callMethod(joiner.get(), "join", cargs, 1));
    } else {
        result = Ref<>::steal(strJoin(joiner.get(), list.get()));
    }
    if (!result) return nullptr;
    if (!subn) return result.release();
    Ref<> nObj = Ref<>::steal(intFromInt64(n));
    if (!nObj) return nullptr;
    return tuplePack({result.get(), nObj.get()});
}

Object* patternSub(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return patternSubx(self, args, nargs, kwnames, "sub", false);
}
Object* patternSubn(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return patternSubx(self, args, nargs, kwnames, "subn", true);
}

Object* patternGetPattern(Object* self, void*) {
    PatternObject* p = asPattern(self);
    return p->pattern ? newRef(p->pattern) : newNone();
}
Object* patternGetFlags(Object* self, void*) { return intFromInt64(asPattern(self)->flags); }
Object* patternGetGroups(Object* self, void*) { return intFromInt64(asPattern(self)->groups); }
Object* patternGetGroupIndex(Object* self, void*) {
    PatternObject* p = asPattern(self);
    if (!p->groupindex) return dictNew();
    return mappingProxyNew(p->groupindex);
}

// re.compile('...', re.FLAG|...) as CPython's pattern_repr.
Object* patternRepr(Object* self) {
    PatternObject* p = asPattern(self);
    static const struct {
        const char* name;
        int64_t value;
    } kFlags[] = {{"re.TEMPLATE", 1}, {"re.IGNORECASE", 2}, {"re.LOCALE", 4},
                  {"re.MULTILINE", 8}, {"re.DOTALL", 16}, {"re.UNICODE", 32},
                  {"re.VERBOSE", 64}, {"re.DEBUG", 128}, {"re.ASCII", 256}};
    Ref<> prepr = Ref<>::steal(repr(p->pattern ? p->pattern : &NoneObject));
    if (!prepr) return nullptr;
    if (strLength(prepr.get()) > 200) {
        prepr = Ref<>::steal(strSubstring(prepr.get(), 0, 200));
        if (!prepr) return nullptr;
    }
    int64_t flags = p->flags;
    if (p->isBytes == 0 && (flags & (4 | 32 | 256)) == 32) flags &= ~int64_t(32);
    std::string names;
    for (const auto& f : kFlags) {
        if (flags & f.value) {
            if (!names.empty()) names += '|';
            names += f.name;
            flags &= ~f.value;
        }
    }
    if (flags) {
        if (!names.empty()) names += '|';
        char buf[32];
        std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(flags));
        names += buf;
    }
    if (names.empty()) return strFormat("re.compile(%U)", prepr.get());
    return strFormat("re.compile(%U, %s)", prepr.get(), names.c_str());
}

Object* patternRichCompare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || b->type != &PatternType) {
        return newNotImplemented();
    }
    bool eq = a == b;
    if (!eq) {
        PatternObject* x = asPattern(a);
        PatternObject* y = asPattern(b);
        eq = x->flags == y->flags && x->isBytes == y->isBytes && x->codeSize == y->codeSize &&
             std::memcmp(x->code, y->code, sizeof(uint32_t) * x->codeSize) == 0;
        if (eq) {
            int r = richCompareBool(x->pattern ? x->pattern : &NoneObject,
                                    y->pattern ? y->pattern : &NoneObject, CompareOp::Eq);
            if (r < 0) return nullptr;
            eq = r;
        }
    }
    return newBool(op == CompareOp::Eq ? eq : !eq);
}

hash_t patternHash(Object* self) {
    PatternObject* p = asPattern(self);
    hash_t h = hash(p->pattern ? p->pattern : &NoneObject);
    if (h == -1) return -1;
    h ^= hashBytes(p->code, sizeof(uint32_t) * p->codeSize);
    h ^= static_cast<hash_t>(p->flags);
    h ^= p->isBytes;
    h ^= static_cast<hash_t>(p->codeSize);
    if (h == -1) h = -2;
    return h;
}

const MethodDef kPatternMethods[] = {
    {"match", patternMatch, 0, "Matches zero or more characters at the beginning of the string."},
    {"fullmatch", patternFullMatch, 0, "Matches against all of the string."},
    {"search", patternSearch, 0,
     "Scan through string looking for a match, and return a corresponding match object instance.\n\n"
     "Return None if no position in the string matches."},
    {"sub", patternSub, 0,
     "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."},
    {"subn", patternSubn, 0,
     "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."},
    {"findall", patternFindAll, 0, "Return a list of all non-overlapping matches of pattern in string."},
    {"split", patternSplit, 0, "Split string by the occurrences of pattern."},
    {"finditer", patternFindIter, 0,
     "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\n"
     "For each match, the iterator returns a match object."},
    {"scanner", patternScanner, 0, nullptr},
    {"__copy__", returnSelf, kMethNoKw, nullptr},
    {"__deepcopy__", returnSelf, kMethNoKw, nullptr},
    {"__class_getitem__", classGetItem, kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kPatternGetSets[] = {
    {"pattern", patternGetPattern, readonlyMember, "The pattern string from which the RE object was compiled.", nullptr},
    {"flags", patternGetFlags, readonlyMember, "The regex matching flags.", nullptr},
    {"groups", patternGetGroups, readonlyMember, "The number of capturing groups in the pattern.", nullptr},
    {"groupindex", patternGetGroupIndex, nullptr, "A dictionary mapping group names to group numbers.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// Module functions

// _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
Object* sreCompile(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"pattern", "flags", "code", "groups", "groupindex",
                                         "indexgroup"};
    Object* a[6] = {};
    if (!parseArgs("compile", args, nargs, kwnames, kNames, 6, 6, a)) return nullptr;
    if (!isInt(a[1])) {
        return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", a[1]);
    }
    int64_t flags;
    if (!intAsInt64(a[1], &flags)) return nullptr;
    if (!isList(a[2])) {
        return setError(&ExcTypeError, "compile() argument 'code' must be list, not %T", a[2]);
    }
    ssize groups;
    if (!ssizeArg(a[3], &groups)) return nullptr;
    if (!isDict(a[4])) {
        return setError(&ExcTypeError, "compile() argument 'groupindex' must be dict, not %T",
                        a[4]);
    }
    if (!isTuple(a[5])) {
        return setError(&ExcTypeError, "compile() argument 'indexgroup' must be tuple, not %T",
                        a[5]);
    }
    if (groups < 0 || groups > sre::kMaxGroups) {
        return setError(&ExcRuntimeError, "invalid SRE code");
    }
    Object* code = a[2];
    ssize n = listSize(code);
    if (n > 0x7FFFFFFF - ssize(kCodePadding)) {
        return setError(&ExcOverflowError, "regular expression code size limit exceeded");
    }
    uint32_t* words = new (std::nothrow) uint32_t[static_cast<size_t>(n) + kCodePadding]();
    if (!words) return setErrorNoMemory();
    for (ssize i = 0; i < n; i++) {
        Object* v = listItem(code, i);
        int64_t x = 0;
        if (!isInt(v)) {
            delete[] words;
            return setError(&ExcTypeError, "an integer is required");
        }
        if (!intAsInt64(v, &x) || x < 0 || x > 0xFFFFFFFFll) {
            delete[] words;
            if (errOccurred() && !errMatches(&ExcOverflowError)) return nullptr;
            clearError();
            if (x < 0) return setError(&ExcOverflowError, "can't convert negative int to unsigned");
            return setError(&ExcOverflowError, "regular expression code size limit exceeded");
        }
        words[i] = static_cast<uint32_t>(x);
    }
    int valid = sre::validate(words, static_cast<uint32_t>(n), groups);
    if (valid <= 0) {
        delete[] words;
        if (valid < 0) return nullptr;
        return setError(&ExcRuntimeError, "invalid SRE code");
    }
    int isB = -1;
    Object* pattern = a[0];
    if (!isNone(pattern)) {
        if (isStr(pattern)) {
            isB = 0;
        } else {
            std::string_view v;
            if (!getBytesView(pattern, &v)) {
                delete[] words;
                clearError();
                return setError(&ExcTypeError, "expected string or bytes-like object, got '%T'",
                                pattern);
            }
            isB = 1;
        }
    }
    Object* o = allocObject(&PatternType);
    if (!o) {
        delete[] words;
        return nullptr;
    }
    PatternObject* p = asPattern(o);
    p->code = words;
    p->codeSize = static_cast<uint32_t>(n);
    p->pattern = newRef(pattern);
    p->flags = flags;
    p->groups = groups;
    p->isBytes = isB;
    if (dictSize(a[4]) > 0) {
        p->groupindex = newRef(a[4]);
        if (tupleSize(a[5]) > 0) p->indexgroup = newRef(a[5]);
    }
    return o;
}

Object* sreGetCodeSize(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("getcodesize", kwnames) || !checkArgCount("getcodesize", nargs, 0, 0))
        return nullptr;
    return intFromInt64(sizeof(uint32_t));
}

// The int argument of the case helpers (CPython: an int converted to a C int).
bool charArg(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
             int64_t* out) {
    static const char* const kNames[] = {"character"};
    Object* a[1] = {};
    if (!parseArgs(fname, args, nargs, kwnames, kNames, 1, 1, a)) return false;
    if (!isInt(a[0])) {
        setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", a[0]);
        return false;
    }
    if (!intAsInt64(a[0], out) || *out < INT32_MIN || *out > INT32_MAX) {
        clearError();
        setError(&ExcOverflowError, "Python int too large to convert to C int");
        return false;
    }
    return true;
}

Object* sreAsciiIsCased(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    int64_t ch;
    if (!charArg("ascii_iscased", args, nargs, kwnames, &ch)) return nullptr;
    return newBool(ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')));
}

Object* sreUnicodeIsCased(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    int64_t ch;
    if (!charArg("unicode_iscased", args, nargs, kwnames, &ch)) return nullptr;
    uint32_t c = static_cast<uint32_t>(ch);
    return newBool(c != sre::lowerUnicode(c) || c != sre::upperUnicode(c));
}

Object* sreAsciiToLower(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    int64_t ch;
    if (!charArg("ascii_tolower", args, nargs, kwnames, &ch)) return nullptr;
    return intFromInt64(sre::lowerAscii(static_cast<uint32_t>(ch)));
}

Object* sreUnicodeToLower(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    int64_t ch;
    if (!charArg("unicode_tolower", args, nargs, kwnames, &ch)) return nullptr;
    return intFromInt64(sre::lowerUnicode(static_cast<uint32_t>(ch)));
}

const MethodDef kSreFunctions[] = {
    {"compile", sreCompile, 0, nullptr},
    {"getcodesize", sreGetCodeSize, 0, nullptr},
    {"ascii_iscased", sreAsciiIsCased, 0, nullptr},
    {"unicode_iscased", sreUnicodeIsCased, 0, nullptr},
    {"ascii_tolower", sreAsciiToLower, 0, nullptr},
    {"unicode_tolower", sreUnicodeToLower, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Type PatternType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "re.Pattern",
    .basicSize = sizeof(PatternObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .doc = "Compiled regular expression object.",
    .weaklistOffset = offsetof(PatternObject, weaklist),
    .methods = kPatternMethods,
    .getsets = kPatternGetSets,
    .dealloc = patternDealloc,
    .traverse = patternTraverse,
    .clear = patternClear,
    .repr = patternRepr,
    .hash = patternHash,
    .richCompare = patternRichCompare,
    .getAttr = genericGetAttr,
    .new_ = patternNew,
};

Type MatchType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "re.Match",
    .basicSize = sizeof(MatchObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .doc = "The result of re.match() and re.search().\n"
           "Match objects always have a boolean value of True.",
    .methods = kMatchMethods,
    .getsets = kMatchGetSets,
    .dealloc = matchDealloc,
    .traverse = matchTraverse,
    .clear = matchClear,
    .repr = matchRepr,
    .getAttr = genericGetAttr,
    .new_ = matchNew,
    .getItem = matchGetItem,
};

Type ScannerType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_sre.SRE_Scanner",
    .basicSize = sizeof(ScannerObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .methods = kScannerMethods,
    .getsets = kScannerGetSets,
    .dealloc = scannerDealloc,
    .traverse = scannerTraverse,
    .clear = scannerClear,
    .getAttr = genericGetAttr,
};

}  // namespace

Object* createSreModule(InterpState*) {
    if (!typeReady(&PatternType) || !typeReady(&MatchType) || !typeReady(&ScannerType)) {
        return nullptr;
    }
    Ref<> m = Ref<>::steal(moduleNew("_sre"));
    if (!m || !moduleAddFunctions(m.get(), kSreFunctions)) return nullptr;
    struct {
        const char* name;
        int64_t value;
    } ints[] = {{"MAGIC", sre::kMagic},
                {"CODESIZE", 4},
                {"MAXREPEAT", sre::kMaxRepeat},
                {"MAXGROUPS", sre::kMaxGroups}};
    for (const auto& c : ints) {
        Object* v = intFromInt64(c.value);
        if (!v || !moduleAddObject(m.get(), c.name, v)) return nullptr;
    }
    Object* cr = strFromAscii(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
    if (!cr || !moduleAddObject(m.get(), "copyright", cr)) return nullptr;
    return m.release();
}

}  // namespace krait
