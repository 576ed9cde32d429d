// set, frozenset and set_iterator. The table follows CPython's algorithm exactly (open
// addressing with runs of linear probes plus perturbation, dummy reuse, the same resize
// policy and merge paths) so that iteration order, and therefore repr() and list(s), match
// CPython's for the same sequence of operations.
//
// Invariants: the table always exists and has mask+1 (a power of two >= 8) entries; an entry
// is unused (key null, hash 0), active, or a dummy (key == dummy(), hash -1); fill counts
// active + dummy entries, used counts active ones.
#include "objects/set.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/seq_util.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

struct SetEntry {
    Object* key;
    hash_t hash;
};

struct SetObject {
    Object ob;
    ssize fill;
    ssize used;
    size_t mask;
    SetEntry* table;
    hash_t hash;      // frozenset: cached hash or -1
    ssize finger;     // pop() search start
    Object* weaklist; // weak references to this set
};

namespace {

constexpr size_t kMinSize = 8;
constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// The dummy marker for deleted entries (never exposed to Python code).
Object gDummy = {kImmortalRefcnt, &ObjectType};
inline Object* dummy() { return &gDummy; }

inline SetObject* asSet(Object* o) { return reinterpret_cast<SetObject*>(o); }
inline bool isFrozenSetExact(Object* o) { return o->type == &FrozenSetType; }
inline bool isSetType(Object* o) { return isInstanceOf(o, &SetType); }

inline hash_t hashOf(Object* key) {
    if (isStrExact(key)) {
        hash_t h = asStr(key)->hash;
        if (h != -1) return h;
        return strHash(key);
    }
    return hash(key);
}

SetEntry* allocTable(size_t n) {
    auto* t = static_cast<SetEntry*>(std::calloc(n, sizeof(SetEntry)));
    if (!t) setErrorNoMemory();
    return t;
}

void insertClean(SetEntry* table, size_t mask, Object* key, hash_t h) {
    uint64_t perturb = static_cast<uint64_t>(h);
    size_t i = static_cast<size_t>(h) & mask;
    for (;;) {
        SetEntry* e = &table[i];
        if (!e->key) goto found;
        if (i + kLinearProbes <= mask) {
            for (int j = 0; j < kLinearProbes; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + static_cast<size_t>(perturb)) & mask;
        continue;
    found:
        e->key = key;
        e->hash = h;
        return;
    }
}

bool tableResize(SetObject* so, ssize minused) {
    size_t newsize = kMinSize;
    while (newsize <= static_cast<size_t>(minused)) newsize <<= 1;
    SetEntry* newtable = allocTable(newsize);
    if (!newtable) return false;
    SetEntry* old = so->table;
    size_t oldsize = so->mask + 1;
    so->mask = newsize - 1;
    so->table = newtable;
    for (size_t i = 0; i < oldsize; i++) {
        Object* k = old[i].key;
        if (k && k != dummy()) insertClean(newtable, so->mask, k, old[i].hash);
    }
    so->fill = so->used;
    std::free(old);
    return true;
}

// Adds key (a new reference is taken on success). -1 on error.
int addEntry(SetObject* so, Object* key, hash_t h) {
    incref(key);
restart:
    {
        size_t mask = so->mask;
        size_t i = static_cast<size_t>(h) & mask;
        SetEntry* freeslot = nullptr;
        uint64_t perturb = static_cast<uint64_t>(h);
        SetEntry* entry;
        for (;;) {
            entry = &so->table[i];
            int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
            do {
                if (entry->hash == 0 && entry->key == nullptr) goto foundUnusedOrDummy;
                if (entry->hash == h) {
                    Object* startkey = entry->key;
                    if (startkey == key) goto foundActive;
                    if (isStrExact(startkey) && isStrExact(key) && strEqual(startkey, key))
                        goto foundActive;
                    SetEntry* table = so->table;
                    incref(startkey);
                    int cmp = richCompareBool(startkey, key, CompareOp::Eq);
                    decref(startkey);
                    if (cmp > 0) goto foundActive;
                    if (cmp < 0) {
                        decref(key);
                        return -1;
                    }
                    if (table != so->table || entry->key != startkey) goto restart;
                    mask = so->mask;
                } else if (entry->hash == -1) {
                    freeslot = entry;   // CPython 3.11 reuses the LAST dummy on the probe path
                }
                entry++;
            } while (probes--);
            perturb >>= kPerturbShift;
            i = (i * 5 + 1 + static_cast<size_t>(perturb)) & mask;
        }
    foundUnusedOrDummy:
        if (freeslot) {
            so->used++;
            freeslot->key = key;
            freeslot->hash = h;
            return 0;
        }
        so->fill++;
        so->used++;
        entry->key = key;
        entry->hash = h;
        if (static_cast<size_t>(so->fill) * 5 < mask * 3) return 0;
        return tableResize(so, so->used > 50000 ? so->used * 2 : so->used * 4) ? 0 : -1;
    foundActive:
        decref(key);
        return 0;
    }
}

// Finds key: the entry, or an unused entry (key null) when missing, or null on error.
SetEntry* lookKey(SetObject* so, Object* key, hash_t h) {
restart:
    size_t mask = so->mask;
    size_t i = static_cast<size_t>(h) & mask;
    uint64_t perturb = static_cast<uint64_t>(h);
    for (;;) {
        SetEntry* entry = &so->table[i];
        int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
        do {
            if (entry->hash == 0 && entry->key == nullptr) return entry;
            if (entry->hash == h) {
                Object* startkey = entry->key;
                if (startkey == key) return entry;
                if (isStrExact(startkey) && isStrExact(key) && strEqual(startkey, key)) return entry;
                SetEntry* table = so->table;
                incref(startkey);
                int cmp = richCompareBool(startkey, key, CompareOp::Eq);
                decref(startkey);
                if (cmp < 0) return nullptr;
                if (table != so->table || entry->key != startkey) goto restart;
                if (cmp > 0) return entry;
                mask = so->mask;
            }
            entry++;
        } while (probes--);
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + static_cast<size_t>(perturb)) & mask;
    }
}

int containsEntry(SetObject* so, Object* key, hash_t h) {
    SetEntry* e = lookKey(so, key, h);
    if (!e) return -1;
    return e->key != nullptr;
}

// 1 removed, 0 absent, -1 error.
int discardEntry(SetObject* so, Object* key, hash_t h) {
    SetEntry* e = lookKey(so, key, h);
    if (!e) return -1;
    if (!e->key) return 0;
    Object* old = e->key;
    e->key = dummy();
    e->hash = -1;
    so->used--;
    decref(old);
    return 1;
}

bool setNextEntry(SetObject* so, ssize* pos, SetEntry** out) {
    size_t i = static_cast<size_t>(*pos);
    while (i <= so->mask && (!so->table[i].key || so->table[i].key == dummy())) i++;
    *pos = static_cast<ssize>(i + 1);
    if (i > so->mask) return false;
    *out = &so->table[i];
    return true;
}

// Hash for a key that may be an unhashable set (then hashed as a frozenset): stores a
// temporary frozenset in *tmp when needed.
hash_t hashKeyMaybeSet(Object** key, Ref<>* tmp) {
    hash_t h = hashOf(*key);
    if (h != -1) return h;
    if (!isSetType(*key) || !errMatches(&ExcTypeError)) return -1;
    clearError();
    *tmp = Ref<>::steal(frozenSetNew(*key));
    if (!*tmp) return -1;
    *key = tmp->get();
    return hashOf(*key);
}

int addKey(SetObject* so, Object* key) {
    hash_t h = hashOf(key);
    if (h == -1) return -1;
    return addEntry(so, key, h);
}

int containsKey(SetObject* so, Object* key) {
    Ref<> tmp;
    hash_t h = hashKeyMaybeSet(&key, &tmp);
    if (h == -1) return -1;
    return containsEntry(so, key, h);
}

int discardKey(SetObject* so, Object* key) {
    Ref<> tmp;
    hash_t h = hashKeyMaybeSet(&key, &tmp);
    if (h == -1) return -1;
    return discardEntry(so, key, h);
}

void clearInternal(SetObject* so) {
    SetEntry* fresh = static_cast<SetEntry*>(std::calloc(kMinSize, sizeof(SetEntry)));
    SetEntry* old = so->table;
    size_t oldsize = so->mask + 1;
    if (!fresh) {
        // Out of memory: empty the table in place.
        for (size_t i = 0; i < oldsize; i++) {
            Object* k = old[i].key;
            old[i].key = nullptr;
            old[i].hash = 0;
            if (k && k != dummy()) decref(k);
        }
        so->fill = so->used = 0;
        return;
    }
    so->table = fresh;
    so->mask = kMinSize - 1;
    so->fill = so->used = 0;
    so->hash = -1;
    for (size_t i = 0; i < oldsize; i++) {
        Object* k = old[i].key;
        if (k && k != dummy()) decref(k);
    }
    std::free(old);
}

int mergeSet(SetObject* so, SetObject* other) {
    if (so == other || other->used == 0) return 0;
    if (static_cast<size_t>(so->fill + other->used) * 5 >= so->mask * 3) {
        if (!tableResize(so, (so->used + other->used) * 2)) return -1;
    }
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++) {
            Object* k = other->table[i].key;
            if (k) {
                so->table[i].key = newRef(k);
                so->table[i].hash = other->table[i].hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++) {
            Object* k = other->table[i].key;
            if (k && k != dummy()) insertClean(so->table, so->mask, newRef(k), other->table[i].hash);
        }
        return 0;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        Object* k = other->table[i].key;
        if (k && k != dummy()) {
            if (addEntry(so, k, other->table[i].hash) < 0) return -1;
        }
    }
    return 0;
}

int updateInternal(SetObject* so, Object* other) {
    if (isAnySet(other)) return mergeSet(so, asSet(other));
    if (isDictExact(other)) {
        ssize dictsize = dictSize(other);
        if (static_cast<size_t>(so->fill + dictsize) * 5 >= so->mask * 3) {
            if (!tableResize(so, (so->used + dictsize) * 2)) return -1;
        }
        ssize pos = 0;
        Object *k, *v;
        hash_t h;
        while (dictNextHash(other, &pos, &k, &v, &h))
            if (addEntry(so, k, h) < 0) return -1;
        return 0;
    }
    Ref<> it = Ref<>::steal(getIter(other));
    if (!it) return -1;
    for (;;) {
        Ref<> k = Ref<>::steal(iterNext(it.get()));
        if (!k) break;
        if (addKey(so, k.get()) < 0) return -1;
    }
    return errOccurred() ? -1 : 0;
}

Object* makeNewSet(Type* type, Object* iterable) {
    Object* o = allocObject(type);
    if (!o) return nullptr;
    SetObject* so = asSet(o);
    so->table = allocTable(kMinSize);
    so->mask = kMinSize - 1;
    so->fill = so->used = 0;
    so->hash = -1;
    so->finger = 0;
    so->weaklist = nullptr;
    if (!so->table) {
        decref(o);
        return nullptr;
    }
    if (iterable && updateInternal(so, iterable) < 0) {
        decref(o);
        return nullptr;
    }
    return o;
}

// set for set subclasses, frozenset for frozenset subclasses.
Object* makeNewSetBaseType(Type* type, Object* iterable) {
    if (type != &SetType && type != &FrozenSetType)
        type = isSubtype(type, &SetType) ? &SetType : &FrozenSetType;
    return makeNewSet(type, iterable);
}

Object* setCopy(Object* so) { return makeNewSetBaseType(so->type, so); }

void swapBodies(SetObject* a, SetObject* b) {
    std::swap(a->fill, b->fill);
    std::swap(a->used, b->used);
    std::swap(a->mask, b->mask);
    std::swap(a->table, b->table);
    // The pop() fingers stay (as CPython's set_swap_bodies).
    if (isSubtype(a->ob.type, &FrozenSetType) && isSubtype(b->ob.type, &FrozenSetType))
        std::swap(a->hash, b->hash);
    else
        a->hash = b->hash = -1;
}

// ---- slots ----

void setDealloc(Object* o) {
    if (!trashcanEnter(o, setDealloc)) return;
    SetObject* so = asSet(o);
    if (so->weaklist) clearWeakrefs(o);
    SetEntry* t = so->table;
    so->table = nullptr;
    if (t) {
        for (size_t i = 0; i <= so->mask; i++) {
            Object* k = t[i].key;
            if (k && k != dummy()) decref(k);
        }
        std::free(t);
    }
    freeObject(o);
    trashcanLeave();
}

void setTraverse(Object* o, VisitFn visit, void* arg) {
    SetObject* so = asSet(o);
    if (!so->table) return;
    for (size_t i = 0; i <= so->mask; i++) {
        Object* k = so->table[i].key;
        if (k && k != dummy()) visit(k, arg);
    }
}

void setClearSlot(Object* o) { clearInternal(asSet(o)); }

Object* setRepr(Object* o) {
    SetObject* so = asSet(o);
    const char* tname = o->type->name;
    if (so->used == 0) return strFormat("%s()", tname);
    int r = reprEnter(o);
    if (r != 0) return r > 0 ? strFormat("%s(...)", tname) : nullptr;
    Ref<> keys = Ref<>::steal(sequenceList(o));
    Object* result = nullptr;
    if (keys) {
        Ref<> lr = Ref<>::steal(repr(keys.get()));
        if (lr) {
            std::string_view inner = strView(lr.get());
            inner = inner.substr(1, inner.size() - 2);
            std::string out;
            if (o->type == &SetType) {
                out = "{";
                out.append(inner);
                out += "}";
            } else {
                out = tname;
                out += "({";
                out.append(inner);
                out += "})";
            }
            result = strFromUtf8(out);
        }
    }
    reprLeave(o);
    return result;
}

uint64_t shuffleBits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

hash_t frozenSetHash(Object* o) {
    SetObject* so = asSet(o);
    if (so->hash != -1) return so->hash;
    uint64_t h = 0;
    for (size_t i = 0; i <= so->mask; i++) {
        Object* k = so->table[i].key;
        if (k && k != dummy()) h ^= shuffleBits(static_cast<uint64_t>(so->table[i].hash));
    }
    h ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == static_cast<uint64_t>(-1)) h = 590923713ull;
    so->hash = static_cast<hash_t>(h);
    return so->hash;
}

ssize setLen(Object* o) { return asSet(o)->used; }

int setContainsSlot(Object* o, Object* key) { return containsKey(asSet(o), key); }

Object* setIterSlot(Object* o);

// 1 / 0 / -1
int isSubsetOf(Object* so, Object* other) {
    if (!isAnySet(other)) {
        Ref<> tmp = Ref<>::steal(makeNewSet(&SetType, other));
        if (!tmp) return -1;
        return isSubsetOf(so, tmp.get());
    }
    if (asSet(so)->used > asSet(other)->used) return 0;
    ssize pos = 0;
    SetEntry* e;
    while (setNextEntry(asSet(so), &pos, &e)) {
        Ref<> k = Ref<>::borrow(e->key);
        int r = containsEntry(asSet(other), k.get(), e->hash);
        if (r <= 0) return r;
    }
    return 1;
}

int isSupersetOf(Object* so, Object* other) {
    if (isAnySet(other)) return isSubsetOf(other, so);
    Ref<> it = Ref<>::steal(getIter(other));
    if (!it) return -1;
    for (;;) {
        Ref<> k = Ref<>::steal(iterNext(it.get()));
        if (!k) break;
        int r = containsKey(asSet(so), k.get());
        if (r <= 0) return r;
    }
    return errOccurred() ? -1 : 1;
}

Object* setRichCompare(Object* a, Object* b, CompareOp op) {
    if (!isAnySet(a) || !isAnySet(b)) return newNotImplemented();
    ssize la = asSet(a)->used, lb = asSet(b)->used;
    int r = 0;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        if (la != lb) r = 0;
        else if (isFrozenSetExact(a) && isFrozenSetExact(b) && asSet(a)->hash != -1 &&
                 asSet(b)->hash != -1 && asSet(a)->hash != asSet(b)->hash)
            r = 0;
        else r = isSubsetOf(a, b);
        if (r >= 0 && op == CompareOp::Ne) r = !r;
        break;
    case CompareOp::Le: r = isSubsetOf(a, b); break;
    case CompareOp::Ge: r = isSubsetOf(b, a); break;
    case CompareOp::Lt: r = la < lb ? isSubsetOf(a, b) : 0; break;
    case CompareOp::Gt: r = la > lb ? isSubsetOf(b, a) : 0; break;
    }
    if (r < 0) return nullptr;
    return newBool(r != 0);
}

// ---- set algebra ----

Object* intersection(Object* so, Object* other) {
    Ref<> result = Ref<>::steal(makeNewSetBaseType(so->type, nullptr));
    if (!result) return nullptr;
    SetObject* res = asSet(result.get());
    if (isAnySet(other)) {
        Object* big = so;
        Object* small = other;
        if (asSet(other)->used > asSet(so)->used) std::swap(big, small);
        ssize pos = 0;
        SetEntry* e;
        while (setNextEntry(asSet(small), &pos, &e)) {
            Ref<> k = Ref<>::borrow(e->key);
            hash_t h = e->hash;
            int r = containsEntry(asSet(big), k.get(), h);
            if (r < 0) return nullptr;
            if (r && addEntry(res, k.get(), h) < 0) return nullptr;
        }
        return result.release();
    }
    Ref<> it = Ref<>::steal(getIter(other));
    if (!it) return nullptr;
    for (;;) {
        Ref<> k = Ref<>::steal(iterNext(it.get()));
        if (!k) break;
        hash_t h = hashOf(k.get());
        if (h == -1) return nullptr;
        int r = containsEntry(asSet(so), k.get(), h);
        if (r < 0) return nullptr;
        if (r && addEntry(res, k.get(), h) < 0) return nullptr;
    }
    if (errOccurred()) return nullptr;
    return result.release();
}

int differenceUpdateInternal(SetObject* so, Object* other) {
    if (&so->ob == other) {
        clearInternal(so);
        return 0;
    }
    if (isAnySet(other)) {
        ssize pos = 0;
        SetEntry* e;
        while (setNextEntry(asSet(other), &pos, &e)) {
            Ref<> k = Ref<>::borrow(e->key);
            if (discardEntry(so, k.get(), e->hash) < 0) return -1;
        }
    } else {
        Ref<> it = Ref<>::steal(getIter(other));
        if (!it) return -1;
        for (;;) {
            Ref<> k = Ref<>::steal(iterNext(it.get()));
            if (!k) break;
            if (discardKey(so, k.get()) < 0) return -1;
        }
        if (errOccurred()) return -1;
    }
    // If more than 1/4 of the table are dummies, resize them away.
    if (static_cast<size_t>(so->fill - so->used) <= so->mask / 4) return 0;
    return tableResize(so, so->used > 50000 ? so->used * 2 : so->used * 4) ? 0 : -1;
}

Object* copyAndDifference(Object* so, Object* other) {
    Ref<> r = Ref<>::steal(setCopy(so));
    if (!r) return nullptr;
    if (differenceUpdateInternal(asSet(r.get()), other) < 0) return nullptr;
    return r.release();
}

Object* difference(Object* so, Object* other) {
    ssize otherSize;
    if (isAnySet(other)) otherSize = asSet(other)->used;
    else if (isDictExact(other)) otherSize = dictSize(other);
    else return copyAndDifference(so, other);
    if ((asSet(so)->used >> 2) > otherSize) return copyAndDifference(so, other);
    Ref<> result = Ref<>::steal(makeNewSetBaseType(so->type, nullptr));
    if (!result) return nullptr;
    ssize pos = 0;
    SetEntry* e;
    while (setNextEntry(asSet(so), &pos, &e)) {
        Ref<> k = Ref<>::borrow(e->key);
        hash_t h = e->hash;
        int r = isDictExact(other) ? dictContainsKnownHash(other, k.get(), h)
                                   : containsEntry(asSet(other), k.get(), h);
        if (r < 0) return nullptr;
        if (!r && addEntry(asSet(result.get()), k.get(), h) < 0) return nullptr;
    }
    return result.release();
}

int symDiffUpdate(SetObject* so, Object* other) {
    if (&so->ob == other) {
        clearInternal(so);
        return 0;
    }
    if (isDictExact(other)) {
        ssize pos = 0;
        Object *k, *v;
        hash_t h;
        while (dictNextHash(other, &pos, &k, &v, &h)) {
            Ref<> key = Ref<>::borrow(k);
            int r = discardEntry(so, key.get(), h);
            if (r < 0) return -1;
            if (r == 0 && addEntry(so, key.get(), h) < 0) return -1;
        }
        return 0;
    }
    Ref<> otherset;
    if (isAnySet(other)) otherset = Ref<>::borrow(other);
    else otherset = Ref<>::steal(makeNewSetBaseType(so->ob.type, other));
    if (!otherset) return -1;
    ssize pos = 0;
    SetEntry* e;
    while (setNextEntry(asSet(otherset.get()), &pos, &e)) {
        Ref<> k = Ref<>::borrow(e->key);
        hash_t h = e->hash;
        int r = discardEntry(so, k.get(), h);
        if (r < 0) return -1;
        if (r == 0 && addEntry(so, k.get(), h) < 0) return -1;
    }
    return 0;
}

Object* symDiff(Object* so, Object* other) {
    Ref<> r = Ref<>::steal(makeNewSetBaseType(so->type, other));
    if (!r) return nullptr;
    if (symDiffUpdate(asSet(r.get()), so) < 0) return nullptr;
    return r.release();
}

int isDisjoint(Object* so, Object* other) {
    if (so == other) return asSet(so)->used == 0;
    if (isAnySet(other)) {
        Object* a = so;
        Object* b = other;
        if (asSet(b)->used > asSet(a)->used) std::swap(a, b);
        ssize pos = 0;
        SetEntry* e;
        while (setNextEntry(asSet(b), &pos, &e)) {
            Ref<> k = Ref<>::borrow(e->key);
            int r = containsEntry(asSet(a), k.get(), e->hash);
            if (r != 0) return r < 0 ? -1 : 0;
        }
        return 1;
    }
    Ref<> it = Ref<>::steal(getIter(other));
    if (!it) return -1;
    for (;;) {
        Ref<> k = Ref<>::steal(iterNext(it.get()));
        if (!k) break;
        int r = containsKey(asSet(so), k.get());
        if (r != 0) return r < 0 ? -1 : 0;
    }
    return errOccurred() ? -1 : 1;
}

// ---- number slots ----

Object* setOrSlot(Object* a, Object* b) {
    if (!isAnySet(a) || !isAnySet(b)) return newNotImplemented();
    Ref<> r = Ref<>::steal(setCopy(a));
    if (!r) return nullptr;
    if (a != b && updateInternal(asSet(r.get()), b) < 0) return nullptr;
    return r.release();
}
Object* setAndSlot(Object* a, Object* b) {
    if (!isAnySet(a) || !isAnySet(b)) return newNotImplemented();
    return intersection(a, b);
}
Object* setSubSlot(Object* a, Object* b) {
    if (!isAnySet(a) || !isAnySet(b)) return newNotImplemented();
    return difference(a, b);
}
Object* setXorSlot(Object* a, Object* b) {
    if (!isAnySet(a) || !isAnySet(b)) return newNotImplemented();
    return symDiff(a, b);
}
Object* setIorSlot(Object* a, Object* b) {
    if (!isAnySet(b) || !isSetType(a)) return newNotImplemented();
    if (updateInternal(asSet(a), b) < 0) return nullptr;
    return newRef(a);
}
Object* setIandSlot(Object* a, Object* b) {
    if (!isAnySet(b) || !isSetType(a)) return newNotImplemented();
    Ref<> tmp = Ref<>::steal(intersection(a, b));
    if (!tmp) return nullptr;
    swapBodies(asSet(a), asSet(tmp.get()));
    return newRef(a);
}
Object* setIsubSlot(Object* a, Object* b) {
    if (!isAnySet(b) || !isSetType(a)) return newNotImplemented();
    if (differenceUpdateInternal(asSet(a), b) < 0) return nullptr;
    return newRef(a);
}
Object* setIxorSlot(Object* a, Object* b) {
    if (!isAnySet(b) || !isSetType(a)) return newNotImplemented();
    if (symDiffUpdate(asSet(a), b) < 0) return nullptr;
    return newRef(a);
}

// ---- methods ----

Object* mAdd(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("set.add", nargs)) return nullptr;
    if (addKey(asSet(self), args[0]) < 0) return nullptr;
    return newNone();
}

Object* mDiscard(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("set.discard", nargs)) return nullptr;
    if (discardKey(asSet(self), args[0]) < 0) return nullptr;
    return newNone();
}

Object* mRemove(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("set.remove", nargs)) return nullptr;
    int r = discardKey(asSet(self), args[0]);
    if (r < 0) return nullptr;
    if (r == 0) return setKeyError(args[0]);
    return newNone();
}

Object* mPop(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("set.pop", nargs)) return nullptr;
    SetObject* so = asSet(self);
    if (so->used == 0) return setError(&ExcKeyError, "pop from an empty set");
    SetEntry* entry = so->table + (static_cast<size_t>(so->finger) & so->mask);
    SetEntry* limit = so->table + so->mask;
    while (!entry->key || entry->key == dummy()) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    Object* key = entry->key;
    entry->key = dummy();
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

Object* mClear(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("set.clear", nargs)) return nullptr;
    clearInternal(asSet(self));
    return newNone();
}

Object* mCopy(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("set.copy", nargs)) return nullptr;
    return setCopy(self);
}

Object* mFrozenCopy(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("frozenset.copy", nargs)) return nullptr;
    if (isFrozenSetExact(self)) return newRef(self);
    return makeNewSet(&FrozenSetType, self);
}

Object* mUpdate(Object* self, Object* const* args, size_t nargs, Object*) {
    for (size_t i = 0; i < nargs; i++)
        if (updateInternal(asSet(self), args[i]) < 0) return nullptr;
    return newNone();
}

Object* mUnion(Object* self, Object* const* args, size_t nargs, Object*) {
    Ref<> r = Ref<>::steal(setCopy(self));
    if (!r) return nullptr;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (updateInternal(asSet(r.get()), args[i]) < 0) return nullptr;
    }
    return r.release();
}

Object* intersectionMulti(Object* self, Object* const* args, size_t nargs) {
    if (nargs == 0) return setCopy(self);
    Ref<> r = Ref<>::borrow(self);
    for (size_t i = 0; i < nargs; i++) {
        Object* n = intersection(r.get(), args[i]);
        if (!n) return nullptr;
        r = Ref<>::steal(n);
    }
    return r.release();
}

Object* mIntersection(Object* self, Object* const* args, size_t nargs, Object*) {
    return intersectionMulti(self, args, nargs);
}

Object* mIntersectionUpdate(Object* self, Object* const* args, size_t nargs, Object*) {
    Ref<> tmp = Ref<>::steal(intersectionMulti(self, args, nargs));
    if (!tmp) return nullptr;
    if (tmp.get() != self) swapBodies(asSet(self), asSet(tmp.get()));
    return newNone();
}

Object* mDifference(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs == 0) return setCopy(self);
    Ref<> r = Ref<>::steal(difference(self, args[0]));
    if (!r) return nullptr;
    for (size_t i = 1; i < nargs; i++)
        if (differenceUpdateInternal(asSet(r.get()), args[i]) < 0) return nullptr;
    return r.release();
}

Object* mDifferenceUpdate(Object* self, Object* const* args, size_t nargs, Object*) {
    for (size_t i = 0; i < nargs; i++)
        if (differenceUpdateInternal(asSet(self), args[i]) < 0) return nullptr;
    return newNone();
}

Object* mSymDiff(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("set.symmetric_difference", nargs)) return nullptr;
    return symDiff(self, args[0]);
}

Object* mFrozenSymDiff(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("frozenset.symmetric_difference", nargs)) return nullptr;
    return symDiff(self, args[0]);
}

Object* mSymDiffUpdate(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("set.symmetric_difference_update", nargs)) return nullptr;
    if (symDiffUpdate(asSet(self), args[0]) < 0) return nullptr;
    return newNone();
}

Object* mIsSubset(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg(isSetType(self) ? "set.issubset" : "frozenset.issubset", nargs)) return nullptr;
    int r = isSubsetOf(self, args[0]);
    return r < 0 ? nullptr : newBool(r);
}

Object* mIsSuperset(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg(isSetType(self) ? "set.issuperset" : "frozenset.issuperset", nargs))
        return nullptr;
    int r = isSupersetOf(self, args[0]);
    return r < 0 ? nullptr : newBool(r);
}

Object* mIsDisjoint(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg(isSetType(self) ? "set.isdisjoint" : "frozenset.isdisjoint", nargs))
        return nullptr;
    int r = isDisjoint(self, args[0]);
    return r < 0 ? nullptr : newBool(r);
}

Object* mContains(Object* self, Object* const* args, size_t nargs, Object*) {
    if (!checkOneArg("set.__contains__", nargs)) return nullptr;
    int r = containsKey(asSet(self), args[0]);
    return r < 0 ? nullptr : newBool(r);
}

Object* mReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    Ref<> keys = Ref<>::steal(sequenceList(self));
    if (!keys) return nullptr;
    Ref<> args = Ref<>::steal(tuplePack({keys.get()}));
    if (!args) return nullptr;
    // The state as object.__getstate__ gives it (instance dict and __slots__ values), as
    // CPython's set_reduce (_PyObject_GetState).
    Ref<> state = Ref<>::steal(callMethod(self, "__getstate__", nullptr, 0));
    if (!state) return nullptr;
    return tuplePack({asObject(self->type), args.get(), state.get()});
}

Object* mSizeof(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__sizeof__", nargs)) return nullptr;
    return intFromSsize(self->type->basicSize +
                        static_cast<ssize>((asSet(self)->mask + 1) * sizeof(SetEntry)));
}

const MethodDef kSetMethods[] = {
    {"add", mAdd, kMethNoKw, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", mClear, kMethNoKw, "Remove all elements from this set."},
    {"__contains__", mContains, kMethNoKw | kMethCoexist, "x.__contains__(y) <==> y in x."},
    {"copy", mCopy, kMethNoKw, "Return a shallow copy of a set."},
    {"discard", mDiscard, kMethNoKw,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() "
     "method does not raise\nan exception when an element is missing from the set."},
    {"difference", mDifference, kMethNoKw,
     "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in "
     "this set but not the others.)"},
    {"difference_update", mDifferenceUpdate, kMethNoKw,
     "Remove all elements of another set from this set."},
    {"intersection", mIntersection, kMethNoKw,
     "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both "
     "sets.)"},
    {"intersection_update", mIntersectionUpdate, kMethNoKw,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", mIsDisjoint, kMethNoKw,
     "Return True if two sets have a null intersection."},
    {"issubset", mIsSubset, kMethNoKw, "Report whether another set contains this set."},
    {"issuperset", mIsSuperset, kMethNoKw, "Report whether this set contains another set."},
    {"pop", mPop, kMethNoKw,
     "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"__reduce__", mReduce, kMethNoKw, "Return state information for pickling."},
    {"remove", mRemove, kMethNoKw,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, "
     "raise a KeyError."},
    {"__sizeof__", mSizeof, kMethNoKw, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", mSymDiff, kMethNoKw,
     "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are "
     "in exactly one of the sets.)"},
    {"symmetric_difference_update", mSymDiffUpdate, kMethNoKw,
     "Update a set with the symmetric difference of itself and another."},
    {"union", mUnion, kMethNoKw,
     "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {"update", mUpdate, kMethNoKw, "Update a set with the union of itself and others."},
    {"__class_getitem__", classGetItemSelf, kMethNoKw | kMethClass,
     "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kFrozenSetMethods[] = {
    {"__contains__", mContains, kMethNoKw | kMethCoexist, "x.__contains__(y) <==> y in x."},
    {"copy", mFrozenCopy, kMethNoKw, "Return a shallow copy of a set."},
    {"difference", mDifference, kMethNoKw,
     "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in "
     "this set but not the others.)"},
    {"intersection", mIntersection, kMethNoKw,
     "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both "
     "sets.)"},
    {"isdisjoint", mIsDisjoint, kMethNoKw,
     "Return True if two sets have a null intersection."},
    {"issubset", mIsSubset, kMethNoKw, "Report whether another set contains this set."},
    {"issuperset", mIsSuperset, kMethNoKw, "Report whether this set contains another set."},
    {"__reduce__", mReduce, kMethNoKw, "Return state information for pickling."},
    {"__sizeof__", mSizeof, kMethNoKw, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", mFrozenSymDiff, kMethNoKw,
     "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are "
     "in exactly one of the sets.)"},
    {"union", mUnion, kMethNoKw,
     "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
    {"__class_getitem__", classGetItemSelf, kMethNoKw | kMethClass,
     "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

Object* setNewSlot(Type* type, Object*, Object* kwargs) {
    // Keywords are refused unless a subclass has its own __init__ (which may take them).
    if ((type == &SetType || type->init == SetType.init) &&
        !containerNoKwargsDict("set", kwargs)) {
        return nullptr;
    }
    return makeNewSet(type, nullptr);
}

int setInit(Object* self, Object* args, Object* kwargs) {
    if (!containerNoKwargsDict("set", kwargs)) return -1;
    ssize n = tupleSize(args);
    if (!checkArgCount(self->type->name, static_cast<size_t>(n), 0, 1)) return -1;
    SetObject* so = asSet(self);
    if (so->fill) clearInternal(so);
    so->hash = -1;
    if (n == 1) return updateInternal(so, tupleItem(args, 0));
    return 0;
}

Object* frozenSetNewSlot(Type* type, Object* args, Object* kwargs) {
    if ((type == &FrozenSetType || type->init == FrozenSetType.init) &&
        !containerNoKwargsDict("frozenset", kwargs)) {
        return nullptr;
    }
    ssize n = tupleSize(args);
    if (!checkArgCount(type->name, static_cast<size_t>(n), 0, 1)) return nullptr;
    Object* iterable = n ? tupleItem(args, 0) : nullptr;
    if (type == &FrozenSetType && iterable && isFrozenSetExact(iterable)) return newRef(iterable);
    return makeNewSet(type, iterable);
}

// ---- iterator ----

struct SetIterObject {
    Object ob;
    Object* set;   // null when exhausted
    ssize used;
    ssize pos;
    ssize len;
};

Object* setIterSlot(Object* o) {
    Object* it = allocObject(&SetIterType);
    if (!it) return nullptr;
    auto* si = reinterpret_cast<SetIterObject*>(it);
    si->set = newRef(o);
    si->used = asSet(o)->used;
    si->pos = 0;
    si->len = si->used;
    return it;
}

Object* setIterNext(Object* o) {
    auto* si = reinterpret_cast<SetIterObject*>(o);
    if (!si->set) return nullptr;
    SetObject* so = asSet(si->set);
    if (si->used != so->used) {
        setError(&ExcRuntimeError, "Set changed size during iteration");
        si->used = -1;
        return nullptr;
    }
    size_t i = static_cast<size_t>(si->pos);
    while (i <= so->mask && (!so->table[i].key || so->table[i].key == dummy())) i++;
    si->pos = static_cast<ssize>(i + 1);
    if (i > so->mask) {
        clearRef(si->set);
        return nullptr;
    }
    si->len--;
    return newRef(so->table[i].key);
}

void setIterDealloc(Object* o) {
    xdecref(reinterpret_cast<SetIterObject*>(o)->set);
    freeObject(o);
}

void setIterTraverse(Object* o, VisitFn visit, void* arg) {
    auto* si = reinterpret_cast<SetIterObject*>(o);
    if (si->set) visit(si->set, arg);
}

Object* setIterLengthHint(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__length_hint__", nargs)) return nullptr;
    auto* si = reinterpret_cast<SetIterObject*>(self);
    ssize n = 0;
    if (si->set && si->used == asSet(si->set)->used) n = si->len;
    return intFromSsize(n);
}

Object* setIterReduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkNoArgs("__reduce__", nargs)) return nullptr;
    auto* si = reinterpret_cast<SetIterObject*>(self);
    Object* iter = builtinFunc("iter");
    if (!iter) return nullptr;
    Ref<> copy = Ref<>::steal(allocObject(&SetIterType));
    if (!copy) return nullptr;
    auto* c = reinterpret_cast<SetIterObject*>(copy.get());
    c->set = si->set ? newRef(si->set) : nullptr;
    c->used = si->used;
    c->pos = si->pos;
    c->len = si->len;
    Ref<> list = Ref<>::steal(sequenceList(copy.get()));
    if (!list) return nullptr;
    Ref<> args = Ref<>::steal(tuplePack({list.get()}));
    return args ? tuplePack({iter, args.get()}) : nullptr;
}

const MethodDef kSetIterMethods[] = {
    {"__reduce__", setIterReduce, kMethNoKw, "Return state information for pickling."},
    {"__length_hint__", setIterLengthHint, kMethNoKw,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

// ---- public API ----

Object* setNew(Object* iterable) { return makeNewSet(&SetType, iterable); }
Object* frozenSetNew(Object* iterable) { return makeNewSet(&FrozenSetType, iterable); }
int setAdd(Object* s, Object* key) { return addKey(asSet(s), key); }
int setDiscard(Object* s, Object* key) { return discardKey(asSet(s), key); }
int setContains(Object* s, Object* key) { return containsKey(asSet(s), key); }
ssize setSize(Object* s) { return asSet(s)->used; }
bool isAnySet(Object* o) {
    return o->type == &SetType || o->type == &FrozenSetType || isInstanceOf(o, &SetType) ||
           isInstanceOf(o, &FrozenSetType);
}

bool setNext(Object* s, ssize* pos, Object** key) {
    SetEntry* e;
    if (!setNextEntry(asSet(s), pos, &e)) return false;
    *key = e->key;
    return true;
}

bool setNextHash(Object* s, ssize* pos, Object** key, hash_t* h) {
    SetEntry* e;
    if (!setNextEntry(asSet(s), pos, &e)) return false;
    *key = e->key;
    *h = e->hash;
    return true;
}

int setUpdate(Object* s, Object* iterable) { return updateInternal(asSet(s), iterable); }

Object* setPop(Object* s) { return mPop(s, nullptr, 0, nullptr); }

void setClear(Object* s) { clearInternal(asSet(s)); }

Type SetType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "set",
    .basicSize = sizeof(SetObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered "
           "collection of unique elements.",
    .weaklistOffset = offsetof(SetObject, weaklist),
    .methods = kSetMethods,
    .dealloc = setDealloc,
    .traverse = setTraverse,
    .clear = setClearSlot,
    .repr = setRepr,
    .hash = hashNotImplemented,
    .richCompare = setRichCompare,
    .new_ = setNewSlot,
    .init = setInit,
    .iter = setIterSlot,
    .length = setLen,
    .contains = setContainsSlot,
    .number = {.subtract = setSubSlot, .and_ = setAndSlot, .xor_ = setXorSlot, .or_ = setOrSlot,
               .inplaceSubtract = setIsubSlot, .inplaceAnd = setIandSlot,
               .inplaceXor = setIxorSlot, .inplaceOr = setIorSlot},
};

Type FrozenSetType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "frozenset",
    .basicSize = sizeof(SetObject),
    .flags = kTypeBaseType | kTypeHaveGC | kTypeImmutable,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
    .weaklistOffset = offsetof(SetObject, weaklist),
    .methods = kFrozenSetMethods,
    .dealloc = setDealloc,
    .traverse = setTraverse,
    .repr = setRepr,
    .hash = frozenSetHash,
    .richCompare = setRichCompare,
    .new_ = frozenSetNewSlot,
    .iter = setIterSlot,
    .length = setLen,
    .contains = setContainsSlot,
    .number = {.subtract = setSubSlot, .and_ = setAndSlot, .xor_ = setXorSlot, .or_ = setOrSlot},
};

Type SetIterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "set_iterator",
    .basicSize = sizeof(SetIterObject),
    .flags = kTypeHaveGC | kTypeImmutable,
    .methods = kSetIterMethods,
    .dealloc = setIterDealloc,
    .traverse = setIterTraverse,
    .iter = selfIterSlot,
    .iterNext = setIterNext,
};

}  // namespace krait
