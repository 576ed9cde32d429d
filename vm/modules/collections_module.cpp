// The _collections module: deque and its iterators (collections_deque.cpp), defaultdict,
// _tuplegetter and _count_elements (Counter's hot loop), with CPython 3.11's behaviour.
// collections/__init__.py takes OrderedDict from its pure-Python fallback.
#include <cstring>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/seq_util.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

extern Type DequeType, DequeIterType, DequeRevIterType, DefDictType, TupleGetterType;

namespace {

// ---- defaultdict ----
// A dict subclass (same layout plus the factory) whose __missing__ calls default_factory().
struct DefDictObject {
    DictObject dict;
    Object* defaultFactory;   // null or None: no factory
};
DefDictObject* asDefDict(Object* o) { return reinterpret_cast<DefDictObject*>(o); }
Object* factoryOf(Object* o) {
    Object* f = asDefDict(o)->defaultFactory;
    return f ? f : none();
}
const char* shortTypeName(Type* t) {
    const char* dot = std::strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

Object* ddMissing(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("defaultdict.__missing__", nargs)) return nullptr;
    Object* factory = factoryOf(self);
    if (isNone(factory)) return setKeyError(args[0]);
    Ref<> value = Ref<>::steal(callNoArgs(factory));
    if (!value) return nullptr;
    if (setItem(self, args[0], value.get()) < 0) return nullptr;
    return value.release();
}

// type(dd)(dd.default_factory, arg): what copy() and | build (subclasses are called).
Object* ddNewLike(Object* self, Object* arg) {
    Object* args[2] = {factoryOf(self), arg};
    return call(asObject(self->type), args, 2);
}

Object* ddCopy(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("defaultdict.copy", nargs)) return nullptr;
    return ddNewLike(self, self);
}

Object* ddReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("defaultdict.__reduce__", nargs)) return nullptr;
    Object* factory = factoryOf(self);
    Ref<> args = isNone(factory) ? Ref<>::borrow(emptyTuple()) : Ref<>::steal(tuplePack({factory}));
    if (!args) return nullptr;
    Ref<> items = Ref<>::steal(callMethod(self, "items", nullptr, 0));
    if (!items) return nullptr;
    Ref<> it = Ref<>::steal(getIter(items.get()));
    if (!it) return nullptr;
    return tuplePack({asObject(self->type), args.get(), none(), none(), it.get()});
}

Object* ddRepr(Object* self) {
    Object* factory = factoryOf(self);
    Ref<> frepr;
    if (isNone(factory)) {
        frepr = Ref<>::steal(strFromAscii("None"));
    } else {
        int r = reprEnter(factory);
        if (r < 0) return nullptr;
        if (r > 0) {
            frepr = Ref<>::steal(strFromAscii("..."));
        } else {
            frepr = Ref<>::steal(repr(factory));
            reprLeave(factory);
        }
    }
    if (!frepr) return nullptr;
    Ref<> base = Ref<>::steal(DictType.repr(self));
    if (!base) return nullptr;
    return strFormat("%s(%U, %U)", shortTypeName(self->type), frepr.get(), base.get());
}

int ddInit(Object* self, Object* args, Object* kwargs) {
    ssize n = tupleSize(args);
    Object* factory = none();
    Ref<> rest = Ref<>::borrow(args);
    if (n > 0) {
        factory = tupleItem(args, 0);
        if (!isNone(factory) && !isCallable(factory)) {
            setError(&ExcTypeError, "first argument must be callable or None");
            return -1;
        }
        rest = Ref<>::steal(tupleSlice(args, 1, n));
        if (!rest) return -1;
    }
    setRef(asDefDict(self)->defaultFactory, newRef(factory));
    return DictType.init(self, rest.get(), kwargs);
}

void ddDealloc(Object* o) {
    clearRef(asDefDict(o)->defaultFactory);
    DictType.dealloc(o);
}
void ddTraverse(Object* o, VisitFn visit, void* arg) {
    if (asDefDict(o)->defaultFactory) visit(asDefDict(o)->defaultFactory, arg);
    DictType.traverse(o, visit, arg);
}
void ddClear(Object* o) {
    clearRef(asDefDict(o)->defaultFactory);
    DictType.clear(o);
}

Object* ddOr(Object* left, Object* right) {
    Object* self = isInstanceOf(left, &DefDictType) ? left : right;
    Object* other = self == left ? right : left;
    if (!isDict(other)) return newNotImplemented();
    Ref<> r = Ref<>::steal(ddNewLike(self, left));
    if (!r) return nullptr;
    if (dictUpdate(r.get(), right) < 0) return nullptr;
    return r.release();
}

const MethodDef kDefDictMethods[] = {
    {"__missing__", ddMissing, kMethNoKw,
     "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
     "  if self.default_factory is None: raise KeyError((key,))\n"
     "  self[key] = value = self.default_factory()\n  return value\n"},
    {"copy", ddCopy, kMethNoKw, "D.copy() -> a shallow copy of D."},
    {"__copy__", ddCopy, kMethNoKw, "D.copy() -> a shallow copy of D."},
    {"__reduce__", ddReduce, kMethNoKw, "Return state information for pickling."},
    {"__class_getitem__", classGetItemSelf, kMethNoKw | kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef kDefDictMembers[] = {
    {"default_factory", MemberKind::Object, offsetof(DefDictObject, defaultFactory),
     "Factory for default value called by __missing__()."},
    {nullptr, MemberKind::Object, 0, nullptr},
};

// ---- _tuplegetter: the field descriptors of namedtuple classes ----
struct TupleGetterObject {
    Object ob;
    ssize index;
    Object* doc;
};
TupleGetterObject* asTg(Object* o) { return reinterpret_cast<TupleGetterObject*>(o); }

Object* tgNew(Type* t, Object* args, Object* kwargs) {
    if (!containerNoKwargsDict("_tuplegetter", kwargs)) return nullptr;
    if (!checkArgCount("_tuplegetter", static_cast<size_t>(tupleSize(args)), 2, 2)) return nullptr;
    ssize index = asSsize(tupleItem(args, 0), &ExcOverflowError);
    if (index == -1 && errOccurred()) return nullptr;
    Object* o = allocObject(t);
    if (!o) return nullptr;
    asTg(o)->index = index;
    asTg(o)->doc = newRef(tupleItem(args, 1));
    return o;
}
void tgDealloc(Object* o) {
    xdecref(asTg(o)->doc);
    freeObject(o);
}
void tgTraverse(Object* o, VisitFn visit, void* arg) {
    if (asTg(o)->doc) visit(asTg(o)->doc, arg);
}
void tgClear(Object* o) { clearRef(asTg(o)->doc); }
Object* tgGet(Object* self, Object* obj, Object*) {
    ssize index = asTg(self)->index;
    if (!obj || isNone(obj)) return newRef(self);
    if (!isTuple(obj)) {
        return setError(&ExcTypeError,
                        "descriptor for index '%zd' for tuple subclasses doesn't apply to '%s' "
                        "object",
                        index, obj->type->name);
    }
    if (index < 0 || index >= tupleSize(obj)) {
        return setError(&ExcIndexError, "tuple index out of range");
    }
    return newRef(tupleItem(obj, index));
}
int tgSet(Object*, Object*, Object* value) {
    setError(&ExcAttributeError, value ? "can't set attribute" : "can't delete attribute");
    return -1;
}
Object* tgRepr(Object* self) {
    return strFormat("%s(%zd, %R)", shortTypeName(self->type), asTg(self)->index,
                     asTg(self)->doc ? asTg(self)->doc : none());
}
Object* tgReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    Ref<> idx = Ref<>::steal(intFromSsize(asTg(self)->index));
    if (!idx) return nullptr;
    Ref<> args = Ref<>::steal(tuplePack({idx.get(), asTg(self)->doc ? asTg(self)->doc : none()}));
    if (!args) return nullptr;
    return tuplePack({asObject(self->type), args.get()});
}
const MethodDef kTgMethods[] = {
    {"__reduce__", tgReduce, kMethNoKw, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};
const MemberDef kTgMembers[] = {
    {"__doc__", MemberKind::Object, offsetof(TupleGetterObject, doc), nullptr},
    {nullptr, MemberKind::Object, 0, nullptr},
};

}  // namespace

Type DefDictType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "collections.defaultdict",
    .basicSize = sizeof(DefDictObject),
    .flags = kTypeBaseType | kTypeHaveGC | kTypeDictSubclass | kTypeMapping,
    .base = &DictType,
    .doc = "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
           "The default factory is called without arguments to produce\n"
           "a new value when a key is not present, in __getitem__ only.\n"
           "A defaultdict compares equal to a dict with the same items.\n"
           "All remaining arguments are treated the same as if they were\n"
           "passed to the dict constructor, including keyword arguments.\n",
    .methods = kDefDictMethods,
    .members = kDefDictMembers,
    .dealloc = ddDealloc,
    .traverse = ddTraverse,
    .clear = ddClear,
    .repr = ddRepr,
    .init = ddInit,
    .number = {.or_ = ddOr},
};

Type TupleGetterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_collections._tuplegetter",
    .basicSize = sizeof(TupleGetterObject),
    .flags = kTypeHaveGC | kTypeBaseType,
    .methods = kTgMethods,
    .members = kTgMembers,
    .dealloc = tgDealloc,
    .traverse = tgTraverse,
    .clear = tgClear,
    .repr = tgRepr,
    .getAttr = genericGetAttr,
    .descrGet = tgGet,
    .descrSet = tgSet,
    .new_ = tgNew,
};

namespace {

// _count_elements(mapping, iterable): mapping[elem] = mapping.get(elem, 0) + 1 for each
// element (Counter.update's loop). Dicts whose class keeps dict's get and __setitem__ (Counter
// does) are updated directly with the hash computed once.
Object* countElements(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwCount(kwnames)) {
        return setError(&ExcTypeError, "_count_elements() takes no keyword arguments");
    }
    if (!checkArgCount("_count_elements", nargs, 2, 2)) return nullptr;
    Object* mapping = args[0];
    Ref<> it = Ref<>::steal(getIter(args[1]));
    if (!it) return nullptr;
    Ref<> one = Ref<>::steal(intFromInt64(1));
    Ref<> zero = Ref<>::steal(intFromInt64(0));
    bool fast = false;
    if (isInstanceOf(mapping, &DictType)) {
        Type* t = typeOf(mapping);
        fast = typeLookup(t, "get") == typeLookup(&DictType, "get") &&
               typeLookup(t, "__setitem__") == typeLookup(&DictType, "__setitem__");
    }
    Ref<> getMethod = fast ? Ref<>() : Ref<>::steal(getAttr(mapping, "get"));
    if (!fast && !getMethod) return nullptr;
    for (;;) {
        Ref<> key = Ref<>::steal(iterNext(it.get()));
        if (!key) {
            if (errOccurred()) return nullptr;
            break;
        }
        if (fast) {
            hash_t h = hash(key.get());
            if (h == -1) return nullptr;
            Object* old = dictGetItemKnownHash(mapping, key.get(), h);
            if (!old && errOccurred()) return nullptr;
            Ref<> value = Ref<>::steal(binaryOp(old ? old : zero.get(), one.get(), BinOp::Add));
            if (!value || dictSetItemKnownHash(mapping, key.get(), h, value.get()) < 0) {
                return nullptr;
            }
        } else {
            Object* getArgs[] = {key.get(), zero.get()};
            Ref<> old = Ref<>::steal(call(getMethod.get(), getArgs, 2));
            if (!old) return nullptr;
            Ref<> value = Ref<>::steal(binaryOp(old.get(), one.get(), BinOp::Add));
            if (!value || setItem(mapping, key.get(), value.get()) < 0) return nullptr;
        }
    }
    return newRef(none());
}

const MethodDef kCollectionsMethods[] = {
    {"_count_elements", countElements, 0, "Count elements in the iterable, updating the mapping"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createCollectionsModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_collections"));
    if (!m || !moduleAddFunctions(m.get(), kCollectionsMethods)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__",
                         "High performance data structures.\n- deque:        ordered collection "
                         "accessible from endpoints only\n- defaultdict:  dict subclass with a "
                         "default value factory\n")) {
        return nullptr;
    }
    const struct {
        const char* name;
        Type* type;
    } types[] = {{"deque", &DequeType},
                 {"defaultdict", &DefDictType},
                 {"_deque_iterator", &DequeIterType},
                 {"_deque_reverse_iterator", &DequeRevIterType},
                 {"_tuplegetter", &TupleGetterType}};
    for (const auto& t : types) {
        if (!typeReady(t.type)) return nullptr;
        if (!moduleAddObject(m.get(), t.name, newRef(asObject(t.type)))) return nullptr;
    }
    return m.release();
}

}  // namespace krait
