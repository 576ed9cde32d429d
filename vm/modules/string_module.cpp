// The _string module (string.Formatter's helpers, in C++ over str.format's own parser) and
// the _locale module (embedded Python).
#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "modules/embedded_py_module.h"
#include "modules/modules.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

extern Type FormatterIteratorType;
extern Type FieldNameIteratorType;

namespace {

// formatteriterator / fieldnameiterator: yield the items parsed before the first error, then
// raise that error (CPython parses lazily, so a bad format string fails only when reached).
struct DeferredIterObject {
    Object ob;
    Object* items;     // list
    ssize index;
    Object* pending;   // the parse error to raise after the items, or null
};

DeferredIterObject* asDeferred(Object* o) { return reinterpret_cast<DeferredIterObject*>(o); }

// Steals items and pending.
Object* deferredIterNew(Type* t, Object* items, Object* pending) {
    Object* o = allocObject(t);
    if (!o) {
        decref(items);
        xdecref(pending);
        return nullptr;
    }
    asDeferred(o)->items = items;
    asDeferred(o)->pending = pending;
    return o;
}

Object* deferredIterNext(Object* self) {
    DeferredIterObject* d = asDeferred(self);
    if (d->items && d->index < listSize(d->items)) return newRef(listItem(d->items, d->index++));
    if (d->pending) {
        Object* e = d->pending;
        d->pending = nullptr;
        restoreError(e);
    }
    return nullptr;
}

void deferredIterClear(Object* self) {
    clearRef(asDeferred(self)->items);
    clearRef(asDeferred(self)->pending);
}

void deferredIterDealloc(Object* self) {
    deferredIterClear(self);
    freeObject(self);
}

void deferredIterTraverse(Object* self, VisitFn visit, void* arg) {
    if (asDeferred(self)->items) visit(asDeferred(self)->items, arg);
    if (asDeferred(self)->pending) visit(asDeferred(self)->pending, arg);
}

Object* formatterParser(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("formatter_parser", kwnames) ||
        !checkArgCount("formatter_parser", nargs, 1, 1)) {
        return nullptr;
    }
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "expected str, got %s", typeName(args[0]->type));
    }
    Object* partial = nullptr;
    Object* items = strFormatterParser(args[0], &partial);
    if (items) return deferredIterNew(&FormatterIteratorType, items, nullptr);
    if (!partial) return nullptr;
    return deferredIterNew(&FormatterIteratorType, partial, fetchError());
}

Object* formatterFieldNameSplit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("formatter_field_name_split", kwnames) ||
        !checkArgCount("formatter_field_name_split", nargs, 1, 1)) {
        return nullptr;
    }
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "expected str, got %s", typeName(args[0]->type));
    }
    Object* partial = nullptr;
    Ref<> pair = Ref<>::steal(strFormatterFieldNameSplit(args[0], &partial));
    Object* pending = nullptr;
    if (!pair) {
        if (!partial) return nullptr;
        pair = Ref<>::steal(partial);
        pending = fetchError();
    }
    Object* it = deferredIterNew(&FieldNameIteratorType, newRef(tupleItem(pair.get(), 1)),
                                 pending);
    if (!it) return nullptr;
    Ref<> itRef = Ref<>::steal(it);
    return tuplePack({tupleItem(pair.get(), 0), itRef.get()});
}

const MethodDef kStringMethods[] = {
    {"formatter_parser", formatterParser, 0,
     "parse the argument as a format string"},
    {"formatter_field_name_split", formatterFieldNameSplit, 0,
     "split the argument as a field name"},
    {nullptr, nullptr, 0, nullptr},
};

const char kLocaleSource[] = R"PY(
CHAR_MAX = 127
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6

class Error(Exception):
    pass
Error.__module__ = 'locale'

_NAMES = {0: 'LC_CTYPE', 1: 'LC_NUMERIC', 2: 'LC_TIME', 3: 'LC_COLLATE', 4: 'LC_MONETARY',
          5: 'LC_MESSAGES'}
_GLIBC_EXTRA = ('LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
                'LC_IDENTIFICATION')
_SUPPORTED = ('C', 'POSIX', 'C.UTF-8', 'C.utf8')

def _from_env(category):
    import posix
    env = posix.environ
    for key in ('LC_ALL', _NAMES[category], 'LANG'):
        v = env.get(key.encode())
        if v:
            return v.decode('utf-8', 'surrogateescape')
    return 'C'

def _resolve(category, locale):
    name = _from_env(category) if locale == '' else locale
    if name not in _SUPPORTED:
        raise Error("unsupported locale setting")
    return 'C' if name == 'POSIX' else name

_current = {c: 'C' for c in _NAMES}
try:
    _current[LC_CTYPE] = _resolve(LC_CTYPE, '')
except Error:
    pass

def _all_name():
    values = [_current[c] for c in range(6)]
    if all(v == values[0] for v in values):
        return values[0]
    parts = ['%s=%s' % (_NAMES[c], _current[c]) for c in range(6)]
    parts += ['%s=C' % n for n in _GLIBC_EXTRA]
    return ';'.join(parts)

def setlocale(category, locale=None, /):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(category).__name__)
    if category < 0 or category > 6:
        raise Error("unsupported locale setting")
    if locale is None:
        return _all_name() if category == LC_ALL else _current[category]
    if not isinstance(locale, str):
        raise TypeError("setlocale() argument 2 must be str or None, not %s"
                        % type(locale).__name__)
    if category == LC_ALL:
        names = {c: _resolve(c, locale) for c in range(6)}
        _current.update(names)
        return _all_name()
    _current[category] = _resolve(category, locale)
    return _current[category]

def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': 127, 'frac_digits': 127,
            'p_cs_precedes': 127, 'p_sep_by_space': 127, 'n_cs_precedes': 127,
            'n_sep_by_space': 127, 'p_sign_posn': 127, 'n_sign_posn': 127,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}

def strcoll(os1, os2, /):
    return (os1 > os2) - (os1 < os2)

def strxfrm(string, /):
    return string

def getencoding():
    return 'UTF-8'

def nl_langinfo(key, /):
    return ''

CODESET = 14
)PY";

}  // namespace

Type FormatterIteratorType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "formatteriterator",
    .basicSize = sizeof(DeferredIterObject),
    .flags = kTypeHaveGC,
    .dealloc = deferredIterDealloc,
    .traverse = deferredIterTraverse,
    .clear = deferredIterClear,
    .getAttr = genericGetAttr,
    .iter = selfIterSlot,
    .iterNext = deferredIterNext,
};

Type FieldNameIteratorType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "fieldnameiterator",
    .basicSize = sizeof(DeferredIterObject),
    .flags = kTypeHaveGC,
    .dealloc = deferredIterDealloc,
    .traverse = deferredIterTraverse,
    .clear = deferredIterClear,
    .getAttr = genericGetAttr,
    .iter = selfIterSlot,
    .iterNext = deferredIterNext,
};

Object* createStringModule(InterpState*) {
    if (!typeReady(&FormatterIteratorType) || !typeReady(&FieldNameIteratorType)) return nullptr;
    Ref<> m = Ref<>::steal(moduleNew("_string"));
    if (!m || !moduleAddFunctions(m.get(), kStringMethods)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__", "string helper module")) return nullptr;
    return m.release();
}

Object* createLocaleModule(InterpState*) {
    return moduleFromEmbeddedSource("_locale", kLocaleSource);
}

}  // namespace krait
