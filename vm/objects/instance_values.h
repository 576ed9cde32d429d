// Instance attribute values: the compact form of a heap-type instance's __dict__ (CPython
// 3.11's shared keys + values arrays, PEP 412). Instead of a dict object, the instance's dict
// slot holds a tagged pointer (low bit set) to a small values array; the attribute names live
// once per type in its SharedKeys. The dict is built ("materialized") only when someone asks
// for it (__dict__, vars(), pickling, __class__ assignment) or when the compact form cannot
// represent the next change.
//
// Invariants:
// - Only instances for which subtypeOwnsInstanceDict holds (the type's own dict slot, visited
//   by subtypeTraverse) get a values array, created by genericSetAttr for an exact-str name.
//   The values are the instance's own references: subtypeTraverse visits them.
//   A type gets a SharedKeys with its first values array, so a type with one makes values
//   arrays for its fresh instances (the specialized STORE_ATTR relies on this).
// - A type's SharedKeys is append-only: the index of a name never changes, so the index
//   cached by a specialized instruction stays valid for a type (it checks names[ix] == name).
//   Names are interned exact strs; at most kSharedKeysMax of them.
// - values[i] for i < top may be null (deleted or never set); every slot from top on is null.
//   A present value's dict position is its index order, so a name is added only at an index
//   >= top; anything else (a re-added earlier name, a full SharedKeys, a non-exact-str name)
//   materializes the dict first.
// - The values array belongs to the instance's current type: __class__ assignment
//   materializes first.
#pragma once

#include <cstdint>

#include "core/object.h"
#include "core/types.h"

namespace krait {

constexpr uint32_t kSharedKeysMax = 30;

struct SharedKeys {
    uint32_t count;
    uint64_t hashBits;   // bit (hash & 63) per name: a clear bit proves absence
    Object* names[kSharedKeysMax];   // unused entries are null
    hash_t hashes[kSharedKeysMax];
};

struct InstanceValues {
    uint32_t capacity;   // value slots allocated after this header
    uint32_t top;        // 1 + the highest index holding a value (0: none)
    Object** values() { return reinterpret_cast<Object**>(this + 1); }
};

inline bool isInstanceValues(Object* slot) { return (reinterpret_cast<uintptr_t>(slot) & 1) != 0; }
inline InstanceValues* asInstanceValues(Object* slot) {
    return reinterpret_cast<InstanceValues*>(reinterpret_cast<uintptr_t>(slot) & ~uintptr_t(1));
}

// The raw dict slot of o (a dict, a tagged values array, or null), or null if o's type has no
// dict slot. Only code that understands values arrays uses it; everything else calls
// instanceDictPtr (core/abstract.h), which materializes.
inline Object** instanceSlotPtr(Object* o) {
    ssize off = o->type->dictOffset;
    if (off == 0) return nullptr;
    return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + off);
}

// The SharedKeys of a heap type (null if none was created yet).
SharedKeys* typeSharedKeys(Type* t);
// Frees a heap type's SharedKeys (type dealloc).
void typeFreeSharedKeys(Type* t);
// The index of `name` (an exact str) in k, or -1.
ssize sharedKeysIndex(SharedKeys* k, Object* name);

// Replaces o's values array (slot *dp, tagged) with an equal dict owned by the instance.
// Returns false with an exception set on memory errors (the values stay).
bool instanceValuesMaterialize(Object* o, Object** dp);
// Looks up an exact-str name in o's values array (slot value `slot`): borrowed value or null.
Object* instanceValuesGet(Object* o, Object* slot, Object* name);
// Whether o's values array holds `name` (for the specialized method loads' shadow check).
bool instanceValuesHas(Object* o, Object* slot, Object* name);
// Sets (value non-null) or deletes `name` in the values array at *dp. Returns 0 done, -1 error
// (AttributeError for a missing name on delete), 1 when the values array was materialized
// into a dict and the caller must perform the change on the dict.
int instanceValuesSet(Object* o, Object** dp, Object* name, Object* value);
// Creates an empty values array for o in *dp (null before). False on memory error.
bool instanceValuesCreate(Object* o, Object** dp);
// Empties slot *dp (values or dict), then drops its references.
void instanceSlotClear(Object** dp);
// Visits the values of a values array.
void instanceValuesTraverse(Object* slot, VisitFn visit, void* arg);

}  // namespace krait
