// dict: a compact, insertion-ordered hash table as CPython's: a sparse index table (int32
// slots; kEmpty/kDummy or an entry number) probed with CPython's perturbation scheme, plus a
// dense entry array in insertion order. Deleted entries leave holes (key null) until the next
// resize. Also the views (dict_keys/values/items) and their iterators.
//
// Invariants: used = number of live entries; nentries = entries handed out (live + holes);
// usable = capacity of the entry array = 2/3 of the index table size; a dict with no table
// has indices == nullptr and usable == 0.
#include "objects/dict.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "objects/descr.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/seq_util.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

// Process-wide source of keys versions (see dictKeysVersion), so a version identifies one key
// layout of one dict (no ABA when a dict is freed and another allocated at the same address).
// Like the type version tags in type.cpp this is an ID generator, not interpreter state. It
// only advances when the specializer asks for a version, so 32 bits last.
std::atomic<uint32_t> gDictKeysVersion{1};

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr ssize kMinSize = 8;
constexpr ssize kLookupError = -3;
constexpr ssize kMissing = -1;

inline DictObject* asDict(Object* o) { return reinterpret_cast<DictObject*>(o); }

inline hash_t hashOf(Object* key) {
    if (isStrExact(key)) {
        hash_t h = asStr(key)->hash;
        if (h != -1) return h;
        return strHash(key);
    }
    return hash(key);
}

// Moves the live entries into a table of `size` index slots (a power of two >= 8), compacting
// holes: the dict's inline table for the smallest size (in place when it is already there:
// entries only move down), otherwise a new malloc'd block.
bool dictResize(DictObject* d, ssize size) {
    ssize usable = (size << 1) / 3;
    int32_t* indices;
    DictEntry* entries;
    if (size == kDictInlineSlots) {
        indices = d->inlineIndices;
        entries = d->inlineEntries;
    } else {
        size_t bytes = static_cast<size_t>(size) * sizeof(int32_t) +
                       static_cast<size_t>(usable) * sizeof(DictEntry);
        char* block = static_cast<char*>(std::malloc(bytes));
        if (!block) {
            setErrorNoMemory();
            return false;
        }
        indices = reinterpret_cast<int32_t*>(block);
        entries = reinterpret_cast<DictEntry*>(block + static_cast<size_t>(size) * sizeof(int32_t));
    }
    ssize n = 0;
    uint64_t bits = 0;
    for (ssize i = 0; i < d->nentries; i++) {
        DictEntry& e = d->entries[i];
        if (!e.key) continue;
        if (&entries[n] != &e) entries[n] = e;
        bits |= dictHashFilterBits(e.hash);
        n++;
    }
    std::memset(indices, 0xff, static_cast<size_t>(size) * sizeof(int32_t));   // kEmpty
    size_t mask = static_cast<size_t>(size) - 1;
    for (ssize k = 0; k < n; k++) {
        hash_t h = entries[k].hash;
        uint64_t perturb = static_cast<uint64_t>(h);
        size_t j = static_cast<size_t>(h) & mask;
        while (indices[j] != kEmpty) {
            perturb >>= 5;
            j = (j * 5 + static_cast<size_t>(perturb) + 1) & mask;
        }
        indices[j] = static_cast<int32_t>(k);
    }
    if (d->entries == d->inlineEntries) {
        // Inline slots no longer holding a live entry lose their keys (see DictObject).
        for (ssize i = entries == d->inlineEntries ? n : 0; i < d->nentries; i++) {
            d->inlineEntries[i].key = nullptr;
        }
    }
    if (d->indices != d->inlineIndices) std::free(d->indices);
    d->keysVersion = 0;   // entries move
    d->hashBits = bits;
    d->indices = indices;
    d->entries = entries;
    d->mask = mask;
    d->usable = usable;
    d->nentries = n;
    return true;
}

ssize sizeFor(ssize minUsable) {
    ssize size = kMinSize;
    while ((size << 1) / 3 < minUsable) size <<= 1;
    return size;
}

bool dictGrow(DictObject* d) {
    // CPython 3.11's GROWTH_RATE: used * 3, rounded up to a power of two.
    ssize want = d->used * 3;
    ssize size = kMinSize;
    while (size < want) size <<= 1;
    return dictResize(d, size);
}

// Finds key: returns its entry number, kMissing, or kLookupError. *slot receives the index
// table position of the entry (when found). Restarts if a comparison mutates the dict.
// The general case (equal but not identical keys); lookup() below is the inlined fast path.
[[gnu::noinline]] ssize lookupSlow(DictObject* d, Object* key, hash_t h, size_t* slot) {
restart:
    if (!d->indices) return kMissing;
    size_t mask = d->mask;
    uint64_t perturb = static_cast<uint64_t>(h);
    size_t i = static_cast<size_t>(h) & mask;
    bool keyIsStr = isStrExact(key);
    for (;;) {
        int32_t ix = d->indices[i];
        if (ix == kEmpty) return kMissing;
        if (ix >= 0) {
            DictEntry* e = &d->entries[ix];
            Object* sk = e->key;
            if (sk == key) {
                if (slot) *slot = i;
                return ix;
            }
            if (e->hash == h && sk) {
                if (keyIsStr && isStrExact(sk)) {
                    if (strEqual(sk, key)) {
                        if (slot) *slot = i;
                        return ix;
                    }
                } else {
                    DictEntry* before = d->entries;
                    incref(sk);
                    int cmp = richCompareBool(sk, key, CompareOp::Eq);
                    decref(sk);
                    if (cmp < 0) return kLookupError;
                    if (d->entries != before || d->mask != mask ||
                        d->entries[ix].key != sk)
                        goto restart;
                    if (cmp) {
                        if (slot) *slot = i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + static_cast<size_t>(perturb) + 1) & mask;
    }
}

// Two exact strs with equal hashes: equal code points (a str has the narrowest kind).
inline bool strEqualSameHash(Object* a, Object* b) {
    StrObject* x = asStr(a);
    StrObject* y = asStr(b);
    return x->length == y->length && x->kind == y->kind &&
           std::memcmp(x->data, y->data, static_cast<size_t>(x->length) * x->kind) == 0;
}

// lookupSlow's result, found without calls when the probe sequence meets the identical key
// (interned names, small ints, the same object) or an empty slot before any entry whose hash
// equals h: no registers to save, so attribute and global lookups stay cheap. Equal but not
// identical exact strs (words split from text) are compared here too, as such a comparison
// runs no Python code.
inline ssize lookup(DictObject* d, Object* key, hash_t h, size_t* slot) {
    int32_t* indices = d->indices;
    if (!indices) return kMissing;
    size_t mask = d->mask;
    uint64_t perturb = static_cast<uint64_t>(h);
    size_t i = static_cast<size_t>(h) & mask;
    for (;;) {
        int32_t ix = indices[i];
        if (ix == kEmpty) return kMissing;
        if (ix >= 0) {
            DictEntry* e = &d->entries[ix];
            Object* sk = e->key;
            if (sk == key) {
                if (slot) *slot = i;
                return ix;
            }
            if (e->hash == h) {
                if (!sk || !isStrExact(sk) || !isStrExact(key)) return lookupSlow(d, key, h, slot);
                if (strEqualSameHash(sk, key)) {
                    if (slot) *slot = i;
                    return ix;
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + static_cast<size_t>(perturb) + 1) & mask;
    }
}

// Inserts or replaces (increfs key and value).
int insertAbsent(DictObject* d, Object* key, hash_t h, Object* value);

int insert(DictObject* d, Object* key, hash_t h, Object* value) {
    ssize ix = lookup(d, key, h, nullptr);
    if (ix == kLookupError) return -1;
    if (ix >= 0) {
        Object* old = d->entries[ix].value;
        d->entries[ix].value = newRef(value);   // same keys: keysVersion stays
        decref(old);
        return 0;
    }
    return insertAbsent(d, key, h, value);
}

// Adds key (known not to be in d: a lookup just failed and no Python code ran since) without
// comparing keys again. -1 on memory error.
int insertAbsent(DictObject* d, Object* key, hash_t h, Object* value) {
    if (d->nentries >= d->usable) {
        if (!(d->indices ? dictGrow(d) : dictResize(d, kMinSize))) return -1;
    }
    size_t mask = d->mask;
    uint64_t perturb = static_cast<uint64_t>(h);
    size_t i = static_cast<size_t>(h) & mask;
    while (d->indices[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + static_cast<size_t>(perturb) + 1) & mask;
    }
    ssize n = d->nentries;
    d->indices[i] = static_cast<int32_t>(n);
    d->entries[n].hash = h;
    d->entries[n].key = newRef(key);
    d->entries[n].value = newRef(value);
    d->hashBits |= dictHashFilterBits(h);
    d->nentries = n + 1;
    d->used++;
    d->keysVersion = 0;
    return 0;
}

// Removes the entry at table slot `slot` / entry `ix`; returns the old key and value (owned).
void removeAt(DictObject* d, size_t slot, ssize ix, Object** oldKey, Object** oldValue) {
    DictEntry& e = d->entries[ix];
    *oldKey = e.key;
    *oldValue = e.value;
    e.key = nullptr;
    e.value = nullptr;
    d->indices[slot] = kDummy;
    d->used--;
    d->keysVersion = 0;
}

// Releases a table detached from its dict (the dict's fields already reset). An inline table
// is copied out first: the decrefs may run code that refills the dict, and with it the inline
// table.
void freeTable(DictObject* d, int32_t* indices, DictEntry* entries, ssize n) {
    DictEntry copy[kDictInlineUsable];
    if (indices == d->inlineIndices) {
        for (ssize i = 0; i < n; i++) {
            copy[i] = entries[i];
            entries[i].key = nullptr;   // detached inline slots hold no keys (see DictObject)
        }
        entries = copy;
        indices = nullptr;
    }
    for (ssize i = 0; i < n; i++) {
        if (entries[i].key) {
            decref(entries[i].key);
            decref(entries[i].value);
        }
    }
    std::free(indices);
}

void dictDealloc(Object* o) {
    if (!trashcanEnter(o, dictDealloc)) return;
    DictObject* d = asDict(o);
    int32_t* indices = d->indices;
    DictEntry* entries = d->entries;
    ssize n = d->nentries;
    d->indices = nullptr;
    d->entries = nullptr;
    d->nentries = d->used = d->usable = 0;
    if (indices) freeTable(d, indices, entries, n);
    freeObject(o);
    trashcanLeave();
}

void dictTraverse(Object* o, VisitFn visit, void* arg) {
    DictObject* d = asDict(o);
    for (ssize i = 0; i < d->nentries; i++) {
        if (d->entries[i].key) {
            visit(d->entries[i].key, arg);
            visit(d->entries[i].value, arg);
        }
    }
}

void dictClearSlot(Object* o) { dictClear(o); }

Object* dictRepr(Object* o) {
    DictObject* d = asDict(o);
    // The recursion check comes first, as in CPython: a dict whose repr is in progress shows
    // as {...} even while empty (defaultdict(dd) with dd.default_factory = dd).
    int r = reprEnter(o);
    if (r != 0) return r > 0 ? strFromAscii("{...}") : nullptr;
    if (d->used == 0) {
        reprLeave(o);
        return strFromAscii("{}");
    }
    std::string out = "{";
    bool first = true;
    for (ssize i = 0; i < d->nentries; i++) {
        if (!d->entries[i].key) continue;
        Ref<> k = Ref<>::borrow(d->entries[i].key);
        Ref<> v = Ref<>::borrow(d->entries[i].value);
        if (!first) out += ", ";
        first = false;
        Object* ks = repr(k.get());
        if (!ks) {
            reprLeave(o);
            return nullptr;
        }
        out.append(strView(ks));
        decref(ks);
        out += ": ";
        Object* vs = repr(v.get());
        if (!vs) {
            reprLeave(o);
            return nullptr;
        }
        out.append(strView(vs));
        decref(vs);
    }
    out += "}";
    reprLeave(o);
    return strFromUtf8(out);
}

// 1 equal, 0 not, -1 error.
int dictEqual(DictObject* a, DictObject* b) {
    if (a->used != b->used) return 0;
    for (ssize i = 0; i < a->nentries; i++) {
        if (i >= a->nentries) break;
        DictEntry& e = a->entries[i];
        if (!e.key) continue;
        Ref<> key = Ref<>::borrow(e.key);
        Ref<> aval = Ref<>::borrow(e.value);
        hash_t h = e.hash;
        ssize ix = lookup(b, key.get(), h, nullptr);
        if (ix == kLookupError) return -1;
        if (ix < 0) return 0;
        Ref<> bval = Ref<>::borrow(b->entries[ix].value);
        int cmp = richCompareBool(aval.get(), bval.get(), CompareOp::Eq);
        if (cmp <= 0) return cmp;
    }
    return 1;
}

Object* dictRichCompare(Object* a, Object* b, CompareOp op) {
    if (!isDict(a) || !isDict(b) || (op != CompareOp::Eq && op != CompareOp::Ne))
        return newNotImplemented();
    int r = dictEqual(asDict(a), asDict(b));
    if (r < 0) return nullptr;
    return newBool((r == 1) == (op == CompareOp::Eq));
}

ssize dictLen(Object* o) { return asDict(o)->used; }

Object* dictSubscript(Object* o, Object* key) {
    hash_t h = hashOf(key);
    if (h == -1) return nullptr;
    ssize ix = lookup(asDict(o), key, h, nullptr);
    if (ix == kLookupError) return nullptr;
    if (ix >= 0) return newRef(asDict(o)->entries[ix].value);
    if (!isDictExact(o)) {
        bool missing = false;
        Object* r = callSpecial(o, KRAIT_STR(__missing__), &key, 1, &missing);
        if (r || !missing) return r;
    }
    return setKeyError(key);
}

int dictAssSubscript(Object* o, Object* key, Object* value) {
    if (value) return dictSetItem(o, key, value);
    return dictDelItem(o, key);
}

int dictContainsSlot(Object* o, Object* key) { return dictContains(o, key); }

Object* dictNewSlot(Type* type, Object*, Object*) {
    Object* o = allocObject(type);
    if (!o) return nullptr;
    DictObject* d = asDict(o);
    d->used = d->nentries = d->usable = 0;
    d->hashBits = 0;
    d->keysVersion = 0;
    d->mask = 0;
    d->indices = nullptr;
    d->entries = nullptr;
    return o;
}

// dict.update semantics for one positional argument.
int updateArg(Object* d, Object* arg) {
    if (isDictExact(arg)) return dictMerge(d, arg, true);
    Ref<> keys = Ref<>::steal(lookupAttr(arg, KRAIT_STR(keys)));
    if (keys) return dictMerge(d, arg, true);
    if (errOccurred()) return -1;
    // An iterable of pairs.
    Ref<> it = Ref<>::steal(getIter(arg));
    if (!it) return -1;
    for (ssize i = 0;; i++) {
        Ref<> item = Ref<>::steal(iterNext(it.get()));
        if (!item) break;
        Ref<> fast;
        if (isListExact(item.get()) || isTupleExact(item.get())) {
            fast = item;
        } else {
            fast = Ref<>::steal(sequenceList(item.get()));
            if (!fast) {
                if (errMatches(&ExcTypeError))
                    setError(&ExcTypeError,
                             "cannot convert dictionary update sequence element #%zd to a sequence",
                             i);
                return -1;
            }
        }
        Object* f = fast.get();
        ssize n = isList(f) ? listSize(f) : tupleSize(f);
        if (n != 2) {
            setError(&ExcValueError,
                     "dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
            return -1;
        }
        Ref<> k = Ref<>::borrow(isList(f) ? listItem(f, 0) : tupleItem(f, 0));
        Ref<> v = Ref<>::borrow(isList(f) ? listItem(f, 1) : tupleItem(f, 1));
        if (dictSetItem(d, k.get(), v.get()) < 0) return -1;
    }
    return errOccurred() ? -1 : 0;
}

// Merges keyword arguments given in vectorcall form.
int updateKwnames(Object* d, Object* const* values, Object* kwnames) {
    ssize nk = kwnames ? tupleSize(kwnames) : 0;
    for (ssize i = 0; i < nk; i++)
        if (dictSetItem(d, tupleItem(kwnames, i), values[i]) < 0) return -1;
    return 0;
}

int dictInit(Object* self, Object* args, Object* kwargs) {
    ssize n = tupleSize(args);
    if (!checkArgCount("dict", static_cast<size_t>(n), 0, 1)) return -1;
    if (n == 1 && updateArg(self, tupleItem(args, 0)) < 0) return -1;
    if (kwargs && isDict(kwargs) && dictSize(kwargs) > 0) {
        // dict(**{1: 2}): keyword names must be strings (PyArg_ValidateKeywordArguments).
        ssize pos = 0;
        Object *k, *v;
        while (dictNext(kwargs, &pos, &k, &v)) {
            if (!isStr(k)) {
                setError(&ExcTypeError, "keywords must be strings");
                return -1;
            }
        }
        if (dictMerge(self, kwargs, true) < 0) return -1;
    }
    return 0;
}

Object* dictOr(Object* a, Object* b) {
    if (!isDict(a) || !isDict(b)) return newNotImplemented();
    Object* r = dictCopy(a);
    if (!r) return nullptr;
    if (dictUpdate(r, b) < 0) {
        decref(r);
        return nullptr;
    }
    // a | b keeps a's type only for exact dicts (subclasses override __or__ themselves).
    return r;
}

Object* dictIor(Object* a, Object* b) {
    if (!isDict(a)) return newNotImplemented();
    if (updateArg(a, b) < 0) return nullptr;
    return newRef(a);
}

Object* dictIterSlot(Object* o);
Object* makeView(Object* d, Type* t);
extern Type DictRevKeyIterType;
extern Type DictRevValueIterType;
extern Type DictRevItemIterType;
Object* makeDictIter(Object* d, Type* t, bool reversed);

// ---- methods ----

Object* mGet(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("get", nargs, 1, 2)) return nullptr;
    hash_t h = hashOf(args[0]);
    if (h == -1) return nullptr;
    ssize ix = lookup(asDict(self), args[0], h, nullptr);
    if (ix == kLookupError) return nullptr;
    if (ix >= 0) return newRef(asDict(self)->entries[ix].value);
    return newRef(nargs == 2 ? args[1] : none());
}

Object* mSetDefault(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("setdefault", nargs, 1, 2)) return nullptr;
    Object* r = dictSetDefault(self, args[0], nargs == 2 ? args[1] : none());
    return r ? newRef(r) : nullptr;
}

Object* mPop(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("pop", nargs, 1, 2)) return nullptr;
    return dictPop(self, args[0], nargs == 2 ? args[1] : nullptr);
}

Object* mPopItem(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("popitem", nargs)) return nullptr;
    DictObject* d = asDict(self);
    if (d->used == 0) return setError(&ExcKeyError, "popitem(): dictionary is empty");
    ssize i = d->nentries - 1;
    while (i >= 0 && !d->entries[i].key) i--;
    DictEntry& e = d->entries[i];
    // Find its index slot.
    size_t mask = d->mask;
    uint64_t perturb = static_cast<uint64_t>(e.hash);
    size_t j = static_cast<size_t>(e.hash) & mask;
    while (d->indices[j] != i) {
        perturb >>= 5;
        j = (j * 5 + static_cast<size_t>(perturb) + 1) & mask;
    }
    Object *k, *v;
    removeAt(d, j, i, &k, &v);
    d->nentries = i;
    Object* t = tupleNew(2);
    if (!t) {
        decref(k);
        decref(v);
        return nullptr;
    }
    tupleSetItemSteal(t, 0, k);
    tupleSetItemSteal(t, 1, v);
    return t;
}

Object* mKeys(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("dict.keys", nargs)) return nullptr;
    return makeView(self, &DictKeysType);
}
Object* mValues(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("dict.values", nargs)) return nullptr;
    return makeView(self, &DictValuesType);
}
Object* mItems(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("dict.items", nargs)) return nullptr;
    return makeView(self, &DictItemsType);
}

Object* mUpdate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("update", nargs, 0, 1)) return nullptr;
    if (nargs == 1 && updateArg(self, args[0]) < 0) return nullptr;
    if (updateKwnames(self, args + nargs, kwnames) < 0) return nullptr;
    return newNone();
}

Object* mFromKeys(Object* cls, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("fromkeys", nargs, 1, 2)) return nullptr;
    Object* value = nargs == 2 ? args[1] : none();
    Ref<> d = Ref<>::steal(callNoArgs(cls));
    if (!d) return nullptr;
    Object* iterable = args[0];
    if (isDictExact(d.get())) {
        if (isDictExact(iterable)) {
            ssize pos = 0;
            Object *k, *v;
            hash_t h;
            // The key is held across insert(): its __eq__ may mutate the source dict.
            while (dictNextHash(iterable, &pos, &k, &v, &h)) {
                Ref<> key = Ref<>::borrow(k);
                if (insert(asDict(d.get()), key.get(), h, value) < 0) return nullptr;
            }
            return d.release();
        }
        if (isAnySet(iterable)) {
            ssize pos = 0;
            Object* k;
            hash_t h;
            // The set's stored hashes are reused: keys are not hashed again (as CPython).
            while (setNextHash(iterable, &pos, &k, &h)) {
                Ref<> key = Ref<>::borrow(k);
                if (insert(asDict(d.get()), key.get(), h, value) < 0) return nullptr;
            }
            return d.release();
        }
    }
    Ref<> it = Ref<>::steal(getIter(iterable));
    if (!it) return nullptr;
    bool exact = isDictExact(d.get());
    for (;;) {
        Ref<> k = Ref<>::steal(iterNext(it.get()));
        if (!k) break;
        int rc = exact ? dictSetItem(d.get(), k.get(), value) : setItem(d.get(), k.get(), value);
        if (rc < 0) return nullptr;
    }
    if (errOccurred()) return nullptr;
    return d.release();
}

Object* mClear(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("dict.clear", nargs)) return nullptr;
    dictClear(self);
    return newNone();
}

Object* mCopy(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("dict.copy", nargs)) return nullptr;
    return dictCopy(self);
}

Object* mContains(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("dict.__contains__", nargs)) return nullptr;
    int r = dictContains(self, args[0]);
    return r < 0 ? nullptr : newBool(r);
}

Object* mGetItem(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("dict.__getitem__", nargs)) return nullptr;
    return dictSubscript(self, args[0]);
}

Object* mReversed(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("dict.__reversed__", nargs)) return nullptr;
    return makeDictIter(self, &DictKeyIterType, true);
}

Object* mSizeof(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("dict.__sizeof__", nargs)) return nullptr;
    DictObject* d = asDict(self);
    ssize n = self->type->basicSize;
    if (d->indices && d->indices != d->inlineIndices)
        n += static_cast<ssize>((d->mask + 1) * sizeof(int32_t)) +
             d->usable * static_cast<ssize>(sizeof(DictEntry));
    return intFromSsize(n);
}

const MethodDef kDictMethods[] = {
    {"__contains__", mContains, kMethNoKw | kMethCoexist,
     "True if the dictionary has the specified key, else False."},
    {"__getitem__", mGetItem, kMethNoKw | kMethCoexist, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", mSizeof, kMethNoKw, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", mGet, kMethNoKw,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", mSetDefault, kMethNoKw,
     "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value "
     "for key if key is in the dictionary, else default."},
    {"pop", mPop, kMethNoKw,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key "
     "is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", mPopItem, kMethNoKw,
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, "
     "first-out) order.\nRaises KeyError if the dict is empty."},
    {"keys", mKeys, kMethNoKw, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", mItems, kMethNoKw, "D.items() -> a set-like object providing a view on D's items"},
    {"values", mValues, kMethNoKw, "D.values() -> an object providing a view on D's values"},
    {"update", mUpdate, 0,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has "
     "a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() "
     "method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in "
     "F:  D[k] = F[k]"},
    {"fromkeys", mFromKeys, kMethNoKw | kMethClass,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", mClear, kMethNoKw, "D.clear() -> None.  Remove all items from D."},
    {"copy", mCopy, kMethNoKw, "D.copy() -> a shallow copy of D"},
    {"__reversed__", mReversed, kMethNoKw, "Return a reverse iterator over the dict keys."},
    {"__class_getitem__", classGetItemSelf, kMethNoKw | kMethClass,
     "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- iterators ----

struct DictIterObject {
    Object ob;
    Object* dict;     // null when exhausted
    ssize used;       // d->used at creation
    ssize pos;        // next entry (forward) / current entry (reversed)
    ssize len;        // items left
    bool reversed;
};

Object* makeDictIter(Object* d, Type* t, bool reversed) {
    if (reversed) {
        // The reverse iterator types are not in builtin_types.def: ready them on first use.
        t = t == &DictKeyIterType ? &DictRevKeyIterType
            : t == &DictValueIterType ? &DictRevValueIterType : &DictRevItemIterType;
        if (!(t->flags & kTypeReady) && !typeReady(t)) return nullptr;
    }
    Object* o = allocObject(t);
    if (!o) return nullptr;
    auto* it = reinterpret_cast<DictIterObject*>(o);
    it->dict = newRef(d);
    it->used = asDict(d)->used;
    it->len = it->used;
    it->reversed = reversed;
    it->pos = reversed ? asDict(d)->nentries - 1 : 0;
    return o;
}

Object* dictIterSlot(Object* o) { return makeDictIter(o, &DictKeyIterType, false); }

// Advances to the next live entry; returns it or null (exhausted or error set).
DictEntry* dictIterStep(DictIterObject* it) {
    if (!it->dict) return nullptr;
    DictObject* d = asDict(it->dict);
    if (it->used != d->used) {
        setError(&ExcRuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        return nullptr;
    }
    if (it->reversed) {
        while (it->pos >= 0 && it->pos < d->nentries && !d->entries[it->pos].key) it->pos--;
        if (it->pos < 0 || it->pos >= d->nentries) {
            clearRef(it->dict);
            return nullptr;
        }
        DictEntry* e = &d->entries[it->pos--];
        it->len--;
        return e;
    }
    while (it->pos < d->nentries && !d->entries[it->pos].key) it->pos++;
    if (it->pos >= d->nentries) {
        clearRef(it->dict);
        return nullptr;
    }
    if (it->len == 0) {
        setError(&ExcRuntimeError, "dictionary keys changed during iteration");
        clearRef(it->dict);
        return nullptr;
    }
    DictEntry* e = &d->entries[it->pos++];
    it->len--;
    return e;
}

Object* dictKeyIterNext(Object* o) {
    DictEntry* e = dictIterStep(reinterpret_cast<DictIterObject*>(o));
    return e ? newRef(e->key) : nullptr;
}
Object* dictValueIterNext(Object* o) {
    DictEntry* e = dictIterStep(reinterpret_cast<DictIterObject*>(o));
    return e ? newRef(e->value) : nullptr;
}
Object* dictItemIterNext(Object* o) {
    DictEntry* e = dictIterStep(reinterpret_cast<DictIterObject*>(o));
    return e ? tuplePack({e->key, e->value}) : nullptr;
}

void dictIterDealloc(Object* o) {
    xdecref(reinterpret_cast<DictIterObject*>(o)->dict);
    freeObject(o);
}

void dictIterTraverse(Object* o, VisitFn visit, void* arg) {
    auto* it = reinterpret_cast<DictIterObject*>(o);
    if (it->dict) visit(it->dict, arg);
}

Object* dictIterLengthHint(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__length_hint__", nargs)) return nullptr;
    auto* it = reinterpret_cast<DictIterObject*>(self);
    ssize n = 0;
    if (it->dict && it->used == asDict(it->dict)->used) n = it->len;
    return intFromSsize(n);
}

// (iter, (list of the remaining items,)) as CPython's dictiter_reduce.
Object* dictIterReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    auto* it = reinterpret_cast<DictIterObject*>(self);
    Object* iter = builtinFunc("iter");
    if (!iter) return nullptr;
    Ref<> copy = Ref<>::steal(allocObject(self->type));
    if (!copy) return nullptr;
    auto* c = reinterpret_cast<DictIterObject*>(copy.get());
    c->dict = it->dict ? newRef(it->dict) : nullptr;
    c->used = it->used;
    c->pos = it->pos;
    c->len = it->len;
    c->reversed = it->reversed;
    Ref<> list = Ref<>::steal(sequenceList(copy.get()));
    if (!list) return nullptr;
    Ref<> args = Ref<>::steal(tuplePack({list.get()}));
    return args ? tuplePack({iter, args.get()}) : nullptr;
}

const MethodDef kDictIterMethods[] = {
    {"__reduce__", dictIterReduce, kMethNoKw, "Return state information for pickling."},
    {"__length_hint__", dictIterLengthHint, kMethNoKw,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- views ----

struct DictViewObject {
    Object ob;
    Object* dict;
};

inline Object* viewDict(Object* v) { return reinterpret_cast<DictViewObject*>(v)->dict; }
inline bool isKeysView(Object* o) { return o->type == &DictKeysType; }
inline bool isItemsView(Object* o) { return o->type == &DictItemsType; }
inline bool isSetLikeView(Object* o) { return isKeysView(o) || isItemsView(o); }

Object* makeView(Object* d, Type* t) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    reinterpret_cast<DictViewObject*>(o)->dict = newRef(d);
    return o;
}

void viewDealloc(Object* o) {
    xdecref(viewDict(o));
    freeObject(o);
}

void viewTraverse(Object* o, VisitFn visit, void* arg) {
    if (viewDict(o)) visit(viewDict(o), arg);
}

ssize viewLen(Object* o) { return asDict(viewDict(o))->used; }

Object* keysIter(Object* o) { return makeDictIter(viewDict(o), &DictKeyIterType, false); }
Object* valuesIter(Object* o) { return makeDictIter(viewDict(o), &DictValueIterType, false); }
Object* itemsIter(Object* o) { return makeDictIter(viewDict(o), &DictItemIterType, false); }

int keysContains(Object* o, Object* key) { return dictContains(viewDict(o), key); }

int itemsContains(Object* o, Object* item) {
    if (!isTuple(item) || tupleSize(item) != 2) return 0;
    Object* key = tupleItem(item, 0);
    Object* value = tupleItem(item, 1);
    Object* found = dictGetItem(viewDict(o), key);
    if (!found) return errOccurred() ? -1 : 0;
    Ref<> f = Ref<>::borrow(found);
    return richCompareBool(f.get(), value, CompareOp::Eq);
}

Object* viewRepr(Object* o) {
    int r = reprEnter(o);
    if (r != 0) return r > 0 ? strFromAscii("...") : nullptr;
    Ref<> l = Ref<>::steal(sequenceList(o));
    if (!l) {
        reprLeave(o);
        return nullptr;
    }
    Object* s = strFormat("%s(%R)", o->type->name, l.get());
    reprLeave(o);
    return s;
}

Object* viewMapping(Object* self, void*) { return mappingProxyNew(viewDict(self)); }

const GetSetDef kViewGetSets[] = {
    {"mapping", viewMapping, nullptr, "dictionary that this view refers to", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* keysReversed(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reversed__", nargs)) return nullptr;
    return makeDictIter(viewDict(self), &DictKeyIterType, true);
}
Object* valuesReversed(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reversed__", nargs)) return nullptr;
    return makeDictIter(viewDict(self), &DictValueIterType, true);
}
Object* itemsReversed(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reversed__", nargs)) return nullptr;
    return makeDictIter(viewDict(self), &DictItemIterType, true);
}

// True if every element of a is in b.
int allContainedIn(Object* a, Object* b) {
    Ref<> it = Ref<>::steal(getIter(a));
    if (!it) return -1;
    for (;;) {
        Ref<> x = Ref<>::steal(iterNext(it.get()));
        if (!x) break;
        int r = contains(b, x.get());
        if (r <= 0) return r;
    }
    return errOccurred() ? -1 : 1;
}

Object* viewRichCompare(Object* a, Object* b, CompareOp op) {
    if (!isSetLikeView(a) || !(isAnySet(b) || isSetLikeView(b))) return newNotImplemented();
    ssize la = length(a);
    if (la < 0) return nullptr;
    ssize lb = length(b);
    if (lb < 0) return nullptr;
    int r = 0;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        r = la == lb ? allContainedIn(a, b) : 0;
        if (r >= 0 && op == CompareOp::Ne) r = !r;
        break;
    case CompareOp::Lt: r = la < lb ? allContainedIn(a, b) : 0; break;
    case CompareOp::Le: r = la <= lb ? allContainedIn(a, b) : 0; break;
    case CompareOp::Gt: r = la > lb ? allContainedIn(b, a) : 0; break;
    case CompareOp::Ge: r = la >= lb ? allContainedIn(b, a) : 0; break;
    }
    if (r < 0) return nullptr;
    return newBool(r != 0);
}

// set(self) (the dict itself for keys views of exact dicts).
Object* viewToSet(Object* self) {
    Object* src = self;
    if (isKeysView(self) && isDictExact(viewDict(self))) src = viewDict(self);
    return setNew(src);
}

Object* viewSub(Object* a, Object* b) {
    Ref<> r = Ref<>::steal(viewToSet(a));
    if (!r) return nullptr;
    Ref<> t = Ref<>::steal(callMethod(r.get(), "difference_update", &b, 1));
    if (!t) return nullptr;
    return r.release();
}

Object* viewAnd(Object* a, Object* b) {
    Object* self = a;
    Object* other = b;
    if (!isSetLikeView(self)) std::swap(self, other);
    ssize ls = length(self);
    if (ls < 0) return nullptr;
    if (other->type == &SetType && ls <= setSize(other))
        return callMethod(other, "intersection", &self, 1);
    if (isSetLikeView(other)) {
        ssize lo = length(other);
        if (lo < 0) return nullptr;
        if (lo > ls) std::swap(self, other);
    }
    Ref<> result = Ref<>::steal(setNew(nullptr));
    if (!result) return nullptr;
    Ref<> it = Ref<>::steal(getIter(other));
    if (!it) return nullptr;
    bool keys = isKeysView(self);
    for (;;) {
        Ref<> x = Ref<>::steal(iterNext(it.get()));
        if (!x) break;
        int r = keys ? keysContains(self, x.get()) : itemsContains(self, x.get());
        if (r < 0) return nullptr;
        if (r && setAdd(result.get(), x.get()) < 0) return nullptr;
    }
    if (errOccurred()) return nullptr;
    return result.release();
}

Object* viewOr(Object* a, Object* b) {
    Ref<> r = Ref<>::steal(viewToSet(a));
    if (!r) return nullptr;
    if (setUpdate(r.get(), b) < 0) return nullptr;
    return r.release();
}

// items() ^ items(): CPython's dictitems_xor (pairs of the second dict first, then what is
// left of the first).
Object* itemsXor(Object* a, Object* b) {
    Object* d2 = viewDict(b);
    Ref<> temp = Ref<>::steal(dictCopy(viewDict(a)));
    if (!temp) return nullptr;
    Ref<> result = Ref<>::steal(setNew(nullptr));
    if (!result) return nullptr;
    ssize pos = 0;
    Object *k, *v2;
    hash_t h;
    while (dictNextHash(d2, &pos, &k, &v2, &h)) {
        Ref<> key = Ref<>::borrow(k);
        Ref<> val2 = Ref<>::borrow(v2);
        Object* v1 = dictGetItemKnownHash(temp.get(), key.get(), h);
        int toDelete = 0;
        if (!v1) {
            if (errOccurred()) return nullptr;
        } else {
            Ref<> val1 = Ref<>::borrow(v1);
            toDelete = richCompareBool(val1.get(), val2.get(), CompareOp::Eq);
            if (toDelete < 0) return nullptr;
        }
        if (toDelete) {
            if (dictDelItem(temp.get(), key.get()) < 0) return nullptr;
        } else {
            Ref<> pair = Ref<>::steal(tuplePack({key.get(), val2.get()}));
            if (!pair || setAdd(result.get(), pair.get()) < 0) return nullptr;
        }
    }
    Ref<> rest = Ref<>::steal(makeView(temp.get(), &DictItemsType));
    if (!rest || setUpdate(result.get(), rest.get()) < 0) return nullptr;
    return result.release();
}

Object* viewXor(Object* a, Object* b) {
    if (isItemsView(a) && isItemsView(b)) return itemsXor(a, b);
    Ref<> r = Ref<>::steal(viewToSet(a));
    if (!r) return nullptr;
    Ref<> t = Ref<>::steal(callMethod(r.get(), "symmetric_difference_update", &b, 1));
    if (!t) return nullptr;
    return r.release();
}

Object* viewIsDisjoint(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("isdisjoint", nargs)) return nullptr;
    Object* other = args[0];
    Object* probe = self;
    Object* iterSrc = other;
    if (other == self) return newBool(length(self) == 0);
    if (isAnySet(other) || isSetLikeView(other)) {
        ssize ls = length(self), lo = length(other);
        if (ls < 0 || lo < 0) return nullptr;
        if (lo > ls) std::swap(probe, iterSrc);
    }
    Ref<> it = Ref<>::steal(getIter(iterSrc));
    if (!it) return nullptr;
    for (;;) {
        Ref<> x = Ref<>::steal(iterNext(it.get()));
        if (!x) break;
        int r = contains(probe, x.get());
        if (r < 0) return nullptr;
        if (r) return newBool(false);
    }
    if (errOccurred()) return nullptr;
    return newBool(true);
}

const MethodDef kKeysMethods[] = {
    {"isdisjoint", viewIsDisjoint, kMethNoKw,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", keysReversed, kMethNoKw,
     "Return a reverse iterator over the dict keys."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kItemsMethods[] = {
    {"isdisjoint", viewIsDisjoint, kMethNoKw,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", itemsReversed, kMethNoKw,
     "Return a reverse iterator over the dict items."},
    {nullptr, nullptr, 0, nullptr},
};
const MethodDef kValuesMethods[] = {
    {"__reversed__", valuesReversed, kMethNoKw,
     "Return a reverse iterator over the dict values."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

// ---- public API ----

Object* dictNew() { return dictNewSlot(&DictType, nullptr, nullptr); }

Object* dictNewPresized(ssize n) {
    Object* d = dictNew();
    if (!d || n <= 5) return d;
    if (!dictResize(asDict(d), sizeFor(n))) {
        decref(d);
        return nullptr;
    }
    return d;
}

Object* dictGetItem(Object* d, Object* key) {
    hash_t h = hashOf(key);
    if (h == -1) return nullptr;
    return dictGetItemKnownHash(d, key, h);
}

Object* dictGetItemKnownHash(Object* d, Object* key, hash_t h) {
    ssize ix = lookup(asDict(d), key, h, nullptr);
    if (ix < 0) return nullptr;
    return asDict(d)->entries[ix].value;
}

Object* dictGetItemStr(Object* d, const char* key) {
    Object* k = strFromUtf8(key);
    if (!k) return nullptr;
    Object* r = dictGetItem(d, k);
    decref(k);
    return r;
}

int dictSetItem(Object* d, Object* key, Object* value) {
    hash_t h = hashOf(key);
    if (h == -1) return -1;
    return insert(asDict(d), key, h, value);
}

int dictSetItemKnownHash(Object* d, Object* key, hash_t h, Object* value) {
    return insert(asDict(d), key, h, value);
}

int dictSetItemStr(Object* d, const char* key, Object* value) {
    Object* k = strIntern(key);
    if (!k) return -1;
    return dictSetItem(d, k, value);
}

int dictDelItem(Object* d, Object* key) {
    hash_t h = hashOf(key);
    if (h == -1) return -1;
    return dictDelItemKnownHash(d, key, h);
}

int dictDelItemKnownHash(Object* d, Object* key, hash_t h) {
    size_t slot;
    ssize ix = lookup(asDict(d), key, h, &slot);
    if (ix == kLookupError) return -1;
    if (ix < 0) {
        setKeyError(key);
        return -1;
    }
    Object *k, *v;
    removeAt(asDict(d), slot, ix, &k, &v);
    decref(k);
    decref(v);
    return 0;
}

int dictDelItemStr(Object* d, const char* key) {
    Object* k = strFromUtf8(key);
    if (!k) return -1;
    int r = dictDelItem(d, k);
    decref(k);
    return r;
}

int dictContains(Object* d, Object* key) {
    hash_t h = hashOf(key);
    if (h == -1) return -1;
    ssize ix = lookup(asDict(d), key, h, nullptr);
    if (ix == kLookupError) return -1;
    return ix >= 0;
}

int dictContainsKnownHash(Object* d, Object* key, hash_t h) {
    ssize ix = lookup(asDict(d), key, h, nullptr);
    if (ix == kLookupError) return -1;
    return ix >= 0;
}

ssize dictSize(Object* d) { return asDict(d)->used; }

bool dictNext(Object* d, ssize* pos, Object** key, Object** value) {
    hash_t h;
    return dictNextHash(d, pos, key, value, &h);
}

bool dictNextHash(Object* d, ssize* pos, Object** key, Object** value, hash_t* h) {
    DictObject* dd = asDict(d);
    ssize i = *pos;
    while (i < dd->nentries && !dd->entries[i].key) i++;
    if (i >= dd->nentries) return false;
    *pos = i + 1;
    if (key) *key = dd->entries[i].key;
    if (value) *value = dd->entries[i].value;
    if (h) *h = dd->entries[i].hash;
    return true;
}

Object* dictKeys(Object* d) {
    DictObject* dd = asDict(d);
    Object* l = listNew(dd->used);
    if (!l) return nullptr;
    ssize n = 0;
    for (ssize i = 0; i < dd->nentries; i++)
        if (dd->entries[i].key) listSetItemSteal(l, n++, newRef(dd->entries[i].key));
    return l;
}

Object* dictValues(Object* d) {
    DictObject* dd = asDict(d);
    Object* l = listNew(dd->used);
    if (!l) return nullptr;
    ssize n = 0;
    for (ssize i = 0; i < dd->nentries; i++)
        if (dd->entries[i].key) listSetItemSteal(l, n++, newRef(dd->entries[i].value));
    return l;
}

Object* dictItems(Object* d) {
    DictObject* dd = asDict(d);
    Object* l = listNew(dd->used);
    if (!l) return nullptr;
    ssize n = 0;
    for (ssize i = 0; i < dd->nentries; i++) {
        if (!dd->entries[i].key) continue;
        Object* t = tuplePack({dd->entries[i].key, dd->entries[i].value});
        if (!t) {
            decref(l);
            return nullptr;
        }
        listSetItemSteal(l, n++, t);
    }
    return l;
}

Object* dictCopy(Object* d) {
    Object* r = dictNew();
    if (!r) return nullptr;
    if (dictMerge(r, d, true) < 0) {
        decref(r);
        return nullptr;
    }
    return r;
}

void dictClear(Object* d) {
    DictObject* dd = asDict(d);
    int32_t* indices = dd->indices;
    DictEntry* entries = dd->entries;
    ssize n = dd->nentries;
    dd->indices = nullptr;
    dd->entries = nullptr;
    dd->mask = 0;
    dd->nentries = dd->used = dd->usable = 0;
    dd->hashBits = 0;
    dd->keysVersion = 0;
    if (indices) freeTable(dd, indices, entries, n);
}

int dictUpdate(Object* d, Object* other) { return updateArg(d, other); }

int dictMerge(Object* d, Object* other, bool override) {
    if (d == other) return 0;
    if (isDict(other) && other->type->iter == DictType.iter) {
        DictObject* src = asDict(other);
        DictObject* dst = asDict(d);
        if (src->used == 0) return 0;
        if (dst->used == 0 && (dst->usable - dst->nentries) < src->used) {
            if (!dictResize(dst, sizeFor(src->used))) return -1;
        }
        ssize n = src->nentries;
        size_t origMask = src->mask;
        for (ssize i = 0; i < n; i++) {
            DictEntry& e = src->entries[i];
            if (!e.key) continue;
            Ref<> k = Ref<>::borrow(e.key);
            Ref<> v = Ref<>::borrow(e.value);
            hash_t h = e.hash;
            if (!override) {
                int r = dictContainsKnownHash(d, k.get(), h);
                if (r < 0) return -1;
                if (r) continue;
            }
            if (insert(dst, k.get(), h, v.get()) < 0) return -1;
            // Key comparisons may have run Python code that changed the source.
            if (src->nentries != n || src->mask != origMask || !src->entries) {
                setError(&ExcRuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    // Generic mapping: for k in other.keys(): d[k] = other[k]
    Ref<> keys = Ref<>::steal(callMethod(other, "keys", nullptr, 0));
    if (!keys) return -1;
    Ref<> it = Ref<>::steal(getIter(keys.get()));
    if (!it) return -1;
    for (;;) {
        Ref<> k = Ref<>::steal(iterNext(it.get()));
        if (!k) break;
        if (!override) {
            int r = dictContains(d, k.get());
            if (r < 0) return -1;
            if (r) continue;
        }
        Ref<> v = Ref<>::steal(getItem(other, k.get()));
        if (!v) return -1;
        if (dictSetItem(d, k.get(), v.get()) < 0) return -1;
    }
    return errOccurred() ? -1 : 0;
}

Object* dictPop(Object* d, Object* key, Object* deflt) {
    DictObject* dd = asDict(d);
    if (dd->used == 0) {
        if (deflt) return newRef(deflt);
        return setKeyError(key);
    }
    hash_t h = hashOf(key);
    if (h == -1) return nullptr;
    size_t slot;
    ssize ix = lookup(dd, key, h, &slot);
    if (ix == kLookupError) return nullptr;
    if (ix < 0) {
        if (deflt) return newRef(deflt);
        return setKeyError(key);
    }
    Object *k, *v;
    removeAt(dd, slot, ix, &k, &v);
    decref(k);
    return v;
}

Object* dictSetDefault(Object* d, Object* key, Object* deflt) {
    hash_t h = hashOf(key);
    if (h == -1) return nullptr;
    DictObject* dd = asDict(d);
    ssize ix = lookup(dd, key, h, nullptr);
    if (ix == kLookupError) return nullptr;
    if (ix >= 0) return dd->entries[ix].value;
    // One hash and one round of comparisons, as CPython (bpo-13521).
    if (insertAbsent(dd, key, h, deflt) < 0) return nullptr;
    return deflt;
}

uint32_t dictKeysVersion(Object* d) {
    DictObject* dd = asDict(d);
    if (dd->keysVersion == 0) {
        uint32_t v = gDictKeysVersion.load(std::memory_order_relaxed);
        if (v == 0 || v == UINT32_MAX) return 0;   // exhausted: no more specializations
        dd->keysVersion = gDictKeysVersion.fetch_add(1, std::memory_order_relaxed);
    }
    return dd->keysVersion;
}

ssize dictIndexOf(Object* d, Object* key) {
    if (!isStrExact(key)) return -1;
    hash_t h = asStr(key)->hash;
    if (h == -1) h = strHash(key);
    ssize ix = lookup(asDict(d), key, h, nullptr);
    return ix >= 0 ? ix : -1;
}

Type DictType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "dict",
    .basicSize = sizeof(DictObject),
    .flags = kTypeBaseType | kTypeHaveGC | kTypeDictSubclass | kTypeMapping,
    .doc = "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a "
           "mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary "
           "initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the "
           "keyword argument list.  For example:  dict(one=1, two=2)",
    .methods = kDictMethods,
    .dealloc = dictDealloc,
    .traverse = dictTraverse,
    .clear = dictClearSlot,
    .repr = dictRepr,
    .hash = hashNotImplemented,
    .richCompare = dictRichCompare,
    .new_ = dictNewSlot,
    .init = dictInit,
    .iter = dictIterSlot,
    .length = dictLen,
    .getItem = dictSubscript,
    .setItem = dictAssSubscript,
    .contains = dictContainsSlot,
    .number = {.or_ = dictOr, .inplaceOr = dictIor},
};

#define KRAIT_DICT_VIEW_TYPE(var, tname, methods_, iterFn, containsFn, setOps)                 \
    Type var = {                                                                            \
        .ob = {kImmortalRefcnt, &TypeType},                                                 \
        .name = tname,                                                                      \
        .basicSize = sizeof(DictViewObject),                                                \
        .flags = kTypeHaveGC | kTypeImmutable,                                              \
        .methods = methods_,                                                                \
        .getsets = kViewGetSets,                                                            \
        .dealloc = viewDealloc,                                                             \
        .traverse = viewTraverse,                                                           \
        .repr = viewRepr,                                                                   \
        .hash = setOps ? hashNotImplemented : nullptr,                                      \
        .richCompare = setOps ? viewRichCompare : nullptr,                                  \
        .iter = iterFn,                                                                     \
        .length = viewLen,                                                                  \
        .contains = containsFn,                                                             \
        .number = {.subtract = setOps ? viewSub : nullptr, .and_ = setOps ? viewAnd : nullptr, \
                   .xor_ = setOps ? viewXor : nullptr, .or_ = setOps ? viewOr : nullptr},      \
    };

KRAIT_DICT_VIEW_TYPE(DictKeysType, "dict_keys", kKeysMethods, keysIter, keysContains, true)
KRAIT_DICT_VIEW_TYPE(DictItemsType, "dict_items", kItemsMethods, itemsIter, itemsContains, true)
KRAIT_DICT_VIEW_TYPE(DictValuesType, "dict_values", kValuesMethods, valuesIter, nullptr, false)
#undef KRAIT_DICT_VIEW_TYPE

#define KRAIT_DICT_ITER_TYPE(var, tname, nextFn)                                            \
    Type var = {                                                                            \
        .ob = {kImmortalRefcnt, &TypeType},                                                 \
        .name = tname,                                                                      \
        .basicSize = sizeof(DictIterObject),                                                \
        .flags = kTypeHaveGC | kTypeImmutable,                                              \
        .methods = kDictIterMethods,                                                        \
        .dealloc = dictIterDealloc,                                                         \
        .traverse = dictIterTraverse,                                                       \
        .iter = selfIterSlot,                                                               \
        .iterNext = nextFn,                                                                 \
    };

KRAIT_DICT_ITER_TYPE(DictKeyIterType, "dict_keyiterator", dictKeyIterNext)
KRAIT_DICT_ITER_TYPE(DictValueIterType, "dict_valueiterator", dictValueIterNext)
KRAIT_DICT_ITER_TYPE(DictItemIterType, "dict_itemiterator", dictItemIterNext)
namespace {
KRAIT_DICT_ITER_TYPE(DictRevKeyIterType, "dict_reversekeyiterator", dictKeyIterNext)
KRAIT_DICT_ITER_TYPE(DictRevValueIterType, "dict_reversevalueiterator", dictValueIterNext)
KRAIT_DICT_ITER_TYPE(DictRevItemIterType, "dict_reverseitemiterator", dictItemIterNext)
}  // namespace
#undef KRAIT_DICT_ITER_TYPE

}  // namespace krait
