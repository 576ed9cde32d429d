// The _string module (string.Formatter's helpers, in C++ over str.format's own parser).
#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
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

}  // namespace krait
