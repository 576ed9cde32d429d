// Struct sequences: see structseq.h for the layout.
#include "objects/structseq.h"

#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/args_kw.h"
#include "core/errors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"

namespace krait {

namespace {

StructSeqType* seqType(Object* self) { return asStructSeqType(self->type); }

// __reduce__: (type, (visible items, {hidden field name: value})), as CPython's.
Object* structSeqReduce(Object* self, Object* const*, size_t, Object*) {
    StructSeqType* t = seqType(self);
    Ref<> visible = Ref<>::steal(tupleSlice(self, 0, tupleSize(self)));
    Ref<> d = Ref<>::steal(dictNew());
    if (!visible || !d) return nullptr;
    for (ssize i = t->nSequence; i < t->nFields; i++) {
        Object* v = structSeqItem(self, i);
        if (dictSetItemStr(d.get(), t->type.members[i - t->nUnnamed].name, v ? v : none()) < 0)
            return nullptr;
    }
    Ref<> args = Ref<>::steal(tuplePack({visible.get(), d.get()}));
    if (!args) return nullptr;
    return tuplePack({asObject(self->type), args.get()});
}

}  // namespace

const MethodDef kStructSeqMethods[] = {
    {"__reduce__", structSeqReduce, kMethNoKw, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// "typename(field=value, ...)" over the visible fields, named by the members in order.
Object* structSeqRepr(Object* self) {
    std::string out = self->type->name;
    out += "(";
    for (ssize i = 0; i < tupleSize(self); i++) {
        Ref<> r = Ref<>::steal(repr(tupleItem(self, i)));
        if (!r) return nullptr;
        if (i) out += ", ";
        out += self->type->members[i].name;
        out += "=";
        out += strView(r.get());
    }
    out += ")";
    return strFromUtf8(out);
}

Object* structSeqAlloc(StructSeqType* t) {
    Object* r = tupleNewOfType(&t->type, t->nFields);
    if (!r) return nullptr;
    asTuple(r)->size = t->nSequence;
    return r;
}

// structseq(sequence, dict=None): the first fields from the sequence, the remaining hidden ones
// from dict by name (None when absent), with CPython's messages.
Object* structSeqNew(Type* type, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"sequence", "dict"};
    Object* a[2] = {};
    Ref<> kwnames;
    std::vector<Object*> flat;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return nullptr;
    if (!parseArgs("structseq", flat.data(), static_cast<size_t>(tupleSize(args)), kwnames.get(),
                   kNames, 2, 1, a)) {
        return nullptr;
    }
    StructSeqType* t = asStructSeqType(type);
    Object* dict = a[1] && !isNone(a[1]) ? a[1] : nullptr;
    // PySequence_Fast: any iterable, with its own message for the others.
    Ref<> seq;
    if (isList(a[0]) || isTuple(a[0])) {
        seq = Ref<>::steal(sequenceTuple(a[0]));
    } else {
        Ref<> it = Ref<>::steal(getIter(a[0]));
        if (!it) {
            if (errMatches(&ExcTypeError)) {
                clearError();
                setError(&ExcTypeError, "constructor requires a sequence");
            }
            return nullptr;
        }
        seq = Ref<>::steal(sequenceTuple(it.get()));
    }
    if (!seq) return nullptr;
    if (dict && !isDict(dict)) {
        return setError(&ExcTypeError, "%s() takes a dict as second arg, if any", type->name);
    }
    ssize len = tupleSize(seq.get());
    ssize minLen = t->nSequence, maxLen = t->nFields;
    if (len < minLen || len > maxLen) {
        const char* how = minLen == maxLen ? "a" : len < minLen ? "an at least" : "an at most";
        return setError(&ExcTypeError, "%s() takes %s %zd-sequence (%zd-sequence given)",
                        type->name, how, len < minLen ? minLen : maxLen, len);
    }
    Ref<> r = Ref<>::steal(structSeqAlloc(t));
    if (!r) return nullptr;
    ssize i = 0;
    for (; i < len; i++) structSeqSetItem(r.get(), i, newRef(tupleItem(seq.get(), i)));
    for (; i < maxLen; i++) {
        Object* v = nullptr;
        if (dict) {
            v = dictGetItemStr(dict, type->members[i - t->nUnnamed].name);
            if (!v && errOccurred()) return nullptr;
        }
        structSeqSetItem(r.get(), i, newRef(v ? v : none()));
    }
    return r.release();
}

Object* structSeqNoNew(Type* t, Object*, Object*) {
    return setError(&ExcTypeError, "cannot create '%s' instances", t->name);
}

void structSeqDealloc(Object* self) {
    // The tuple deallocator releases `size` items: make it all of them.
    asTuple(self)->size = seqType(self)->nFields;
    TupleType.dealloc(self);
}

void structSeqTraverse(Object* self, VisitFn visit, void* arg) {
    StructSeqType* t = seqType(self);
    for (ssize i = 0; i < t->nFields; i++) {
        if (Object* v = structSeqItem(self, i)) visit(v, arg);
    }
}

bool structSeqReady(StructSeqType* t) {
    if (t->type.flags & kTypeReady) return true;
    if (!typeReady(&t->type)) return false;
    Object* dict = t->type.dict;
    const char* names[] = {"n_sequence_fields", "n_fields", "n_unnamed_fields"};
    ssize values[] = {t->nSequence, t->nFields, t->nUnnamed};
    for (int i = 0; i < 3; i++) {
        Ref<> v = Ref<>::steal(intFromInt64(values[i]));
        if (!v || dictSetItemStr(dict, names[i], v.get()) < 0) return false;
    }
    // __match_args__: the named visible fields.
    ssize nNamed = t->nSequence - t->nUnnamed;
    Ref<> match = Ref<>::steal(tupleNew(nNamed));
    if (!match) return false;
    for (ssize i = 0; i < nNamed; i++) {
        Object* s = strFromUtf8(t->type.members[i].name);
        if (!s) return false;
        tupleSetItemSteal(match.get(), i, s);
    }
    if (dictSetItemStr(dict, "__match_args__", match.get()) < 0) return false;
    typeModified(&t->type);
    return true;
}

Object* structSeqMake(StructSeqType* t, std::initializer_list<Object*> items) {
    bool ok = structSeqReady(t);
    for (Object* o : items) ok = ok && o;
    Object* r = ok ? structSeqAlloc(t) : nullptr;
    ssize i = 0;
    for (Object* o : items) {
        if (r) {
            structSeqSetItem(r, i++, o);
        } else {
            xdecref(o);
        }
    }
    return r;
}

}  // namespace krait
