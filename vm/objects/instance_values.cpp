// Instance values arrays and per-type shared keys (see instance_values.h for the invariants).
#include "objects/instance_values.h"

#include <cstring>

#include "core/abstract.h"
#include "core/errors.h"
#include "core/small_alloc.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/type_internal.h"
#include "objects/str.h"
#include "objects/type.h"

namespace krait {

namespace {

// The type's SharedKeys, created empty on first use (null with MemoryError set on failure).
SharedKeys* ensureSharedKeys(Type* t) {
    HeapTypeObject* ht = asHeapType(t);
    if (!ht->sharedKeys) {
        void* p = smallCalloc(sizeof(SharedKeys));
        if (!p) {
            setErrorNoMemory();
            return nullptr;
        }
        ht->sharedKeys = static_cast<SharedKeys*>(p);
    }
    return ht->sharedKeys;
}

// Appends name (exact str) to k: its index, or -1 when k is full.
ssize sharedKeysAppend(SharedKeys* k, Object* name) {
    if (k->count >= kSharedKeysMax) return -1;
    Object* n = newRef(name);
    strInternInPlace(&n);
    hash_t h = strHash(n);
    uint32_t ix = k->count++;
    k->names[ix] = n;
    k->hashes[ix] = h;
    k->hashBits |= uint64_t(1) << (static_cast<uint64_t>(h) & 63);
    return ix;
}

// Drops the references of values[0, top) (after the array left its slot) and frees it.
void releaseValues(InstanceValues* iv) {
    Object** vals = iv->values();
    uint32_t top = iv->top;
    for (uint32_t i = 0; i < top; i++) {
        Object* v = vals[i];
        vals[i] = nullptr;
        xdecref(v);
    }
    smallFree(iv);
}

}  // namespace

SharedKeys* typeSharedKeys(Type* t) { return isHeapType(t) ? asHeapType(t)->sharedKeys : nullptr; }

void typeFreeSharedKeys(Type* t) {
    HeapTypeObject* ht = asHeapType(t);
    SharedKeys* k = ht->sharedKeys;
    if (!k) return;
    ht->sharedKeys = nullptr;
    for (uint32_t i = 0; i < k->count; i++) decref(k->names[i]);
    smallFree(k);
}

ssize sharedKeysIndex(SharedKeys* k, Object* name) {
    hash_t h = asStr(name)->hash;
    if (h == -1) h = strHash(name);
    if (!((k->hashBits >> (static_cast<uint64_t>(h) & 63)) & 1)) return -1;
    uint32_t n = k->count;
    for (uint32_t i = 0; i < n; i++) {
        if (k->names[i] == name) return i;
    }
    for (uint32_t i = 0; i < n; i++) {
        if (k->hashes[i] == h && strEqual(k->names[i], name)) return i;
    }
    return -1;
}

bool instanceValuesCreate(Object* o, Object** dp) {
    SharedKeys* k = ensureSharedKeys(o->type);
    if (!k) return false;
    uint32_t cap = k->count > 0 ? k->count : 1;
    auto* iv = static_cast<InstanceValues*>(
        smallAlloc(sizeof(InstanceValues) + cap * sizeof(Object*)));
    if (!iv) {
        setErrorNoMemory();
        return false;
    }
    iv->capacity = cap;
    iv->top = 0;
    std::memset(iv->values(), 0, cap * sizeof(Object*));
    *dp = reinterpret_cast<Object*>(reinterpret_cast<uintptr_t>(iv) | 1);
    return true;
}

bool instanceValuesMaterialize(Object* o, Object** dp) {
    InstanceValues* iv = asInstanceValues(*dp);
    SharedKeys* k = asHeapType(o->type)->sharedKeys;
    Object** vals = iv->values();
    ssize n = 0;
    for (uint32_t i = 0; i < iv->top; i++) n += vals[i] != nullptr;
    Object* d = dictNewPresized(n);
    if (!d) return false;
    for (uint32_t i = 0; i < iv->top; i++) {
        if (vals[i] && dictSetItemKnownHash(d, k->names[i], k->hashes[i], vals[i]) < 0) {
            decref(d);
            return false;
        }
    }
    *dp = d;
    gcDiscountAllocation();   // the dict is part of the instance (see gc.h)
    if (subtypeOwnsInstanceDict(o)) instanceDictTakeOwnership(d);
    // The dict holds its own references to the values now: none of these reach zero.
    for (uint32_t i = 0; i < iv->top; i++) {
        if (vals[i]) --vals[i]->refcnt;
    }
    smallFree(iv);
    return true;
}

Object* instanceValuesGet(Object* o, Object* slot, Object* name) {
    InstanceValues* iv = asInstanceValues(slot);
    SharedKeys* k = asHeapType(o->type)->sharedKeys;
    ssize ix = sharedKeysIndex(k, name);
    if (ix < 0 || uint32_t(ix) >= iv->top) return nullptr;
    return iv->values()[ix];
}

bool instanceValuesHas(Object* o, Object* slot, Object* name) {
    return instanceValuesGet(o, slot, name) != nullptr;
}

int instanceValuesSet(Object* o, Object** dp, Object* name, Object* value) {
    if (!isStrExact(name)) return instanceValuesMaterialize(o, dp) ? 1 : -1;
    InstanceValues* iv = asInstanceValues(*dp);
    SharedKeys* k = asHeapType(o->type)->sharedKeys;
    ssize ix = sharedKeysIndex(k, name);
    Object** vals = iv->values();
    if (!value) {
        if (ix < 0 || uint32_t(ix) >= iv->top || !vals[ix]) {
            raiseNoAttribute(o, name);
            return -1;
        }
        Object* old = vals[ix];
        vals[ix] = nullptr;
        if (uint32_t(ix) + 1 == iv->top) {
            uint32_t t = uint32_t(ix);
            while (t > 0 && !vals[t - 1]) t--;
            iv->top = t;
        }
        decref(old);
        return 0;
    }
    if (ix >= 0 && uint32_t(ix) < iv->top && vals[ix]) {
        Object* old = vals[ix];
        vals[ix] = newRef(value);
        decref(old);
        return 0;
    }
    if (ix < 0) ix = sharedKeysAppend(k, name);
    // A full SharedKeys, or a name whose index sits below a present value (the dict order
    // would differ from the index order): only a dict can hold this.
    if (ix < 0 || uint32_t(ix) < iv->top) return instanceValuesMaterialize(o, dp) ? 1 : -1;
    if (uint32_t(ix) >= iv->capacity) {
        uint32_t cap = uint32_t(ix) + 1;
        if (cap < k->count) cap = k->count;
        auto* grown = static_cast<InstanceValues*>(
            smallRealloc(iv, sizeof(InstanceValues) + cap * sizeof(Object*)));
        if (!grown) {
            setErrorNoMemory();
            return -1;
        }
        iv = grown;
        vals = iv->values();
        std::memset(vals + iv->capacity, 0, (cap - iv->capacity) * sizeof(Object*));
        iv->capacity = cap;
        *dp = reinterpret_cast<Object*>(reinterpret_cast<uintptr_t>(iv) | 1);
    }
    vals[ix] = newRef(value);
    iv->top = uint32_t(ix) + 1;
    return 0;
}

void instanceSlotClear(Object** dp) {
    Object* slot = *dp;
    if (!slot) return;
    *dp = nullptr;
    if (isInstanceValues(slot)) {
        releaseValues(asInstanceValues(slot));
    } else {
        decref(slot);
    }
}

void instanceValuesTraverse(Object* slot, VisitFn visit, void* arg) {
    InstanceValues* iv = asInstanceValues(slot);
    Object** vals = iv->values();
    for (uint32_t i = 0; i < iv->top; i++) {
        if (vals[i]) visit(vals[i], arg);
    }
}

}  // namespace krait
