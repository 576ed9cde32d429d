// dict: insertion-ordered hash table (compact layout: a sparse index table plus a dense entry
// array, as CPython's). Also the namespace of modules, classes and instances.
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

// The layout is public only for the interpreter's specialized instructions (vm/interp), which
// read entries at indexes guarded by keys versions; everything else uses the functions below.
struct DictEntry {
    hash_t hash;
    Object* key;     // null: deleted
    Object* value;
};
// The smallest table (8 index slots, 5 entries) lives inside the dict object itself, so a
// small dict (most instance __dict__s) is one allocation whose entries sit right after the
// header: an attribute load touches the object, the dict and the value, as CPython 3.11's
// values arrays do, instead of also a separately allocated table. Bigger tables are one
// malloc'd block (indices, then entries). Invariant: an inline entry slot has a non-null key
// only while it is a live entry of the inline table in use (entries == inlineEntries and the
// slot below nentries), so the specialized attribute instructions can check the key of
// inlineEntries[ix] without reading the header first.
constexpr ssize kDictInlineSlots = 8;
constexpr ssize kDictInlineUsable = 5;
struct DictObject {
    Object ob;
    ssize used;
    ssize nentries;
    ssize usable;
    uint64_t hashBits;      // dictHashFilterBits of every key inserted since the dict was last
                            // emptied or resized: a clear bit proves absence
    size_t mask;            // index table size - 1 (0 without a table)
    int32_t* indices;       // null, inlineIndices, or one malloc'd block with the entries
    DictEntry* entries;
    uint32_t keysVersion;   // 0 = none assigned; reset to 0 whenever the set of keys or the
                            // entry positions change (not when a value is replaced)
    uint32_t ownedByInstance;   // 1: an instance __dict__ left out of the collector's lists
                                // (see subtypeOwnsInstanceDict in objects/type.h)
    DictEntry inlineEntries[kDictInlineUsable];
    int32_t inlineIndices[kDictInlineSlots];
};

Object* dictNew();
// Borrowed value or null. Null with an exception set means hashing/comparison failed; null
// without one means missing.
Object* dictGetItem(Object* d, Object* key);
Object* dictGetItemStr(Object* d, const char* key);
Object* dictGetItemKnownHash(Object* d, Object* key, hash_t h);
int dictSetItem(Object* d, Object* key, Object* value);        // increfs both; -1 on error
int dictSetItemStr(Object* d, const char* key, Object* value);
int dictDelItem(Object* d, Object* key);                        // KeyError if missing
int dictDelItemStr(Object* d, const char* key);
int dictContains(Object* d, Object* key);                      // -1 error
ssize dictSize(Object* d);
// Iterate: `ssize pos = 0; Object *k, *v; while (dictNext(d, &pos, &k, &v)) {...}` (borrowed).
bool dictNext(Object* d, ssize* pos, Object** key, Object** value);
Object* dictKeys(Object* d);     // new list
Object* dictValues(Object* d);   // new list
Object* dictItems(Object* d);    // new list of 2-tuples
Object* dictCopy(Object* d);
void dictClear(Object* d);
// d.update(other) for a mapping or iterable of pairs; dictMerge with override=false keeps
// existing keys (used for **kwargs checking with errorOnDup for "got multiple values").
int dictUpdate(Object* d, Object* other);
int dictMerge(Object* d, Object* other, bool override);
Object* dictPop(Object* d, Object* key, Object* deflt);   // deflt null: KeyError if missing
Object* dictSetDefault(Object* d, Object* key, Object* deflt);   // borrowed result
// Additions (containers engineer):
Object* dictNewPresized(ssize n);   // room for n items without resizing
int dictSetItemKnownHash(Object* d, Object* key, hash_t h, Object* value);
int dictDelItemKnownHash(Object* d, Object* key, hash_t h);   // KeyError if missing
int dictContainsKnownHash(Object* d, Object* key, hash_t h);
// dictNext that also yields the stored hash of the key.
bool dictNextHash(Object* d, ssize* pos, Object** key, Object** value, hash_t* h);
// Keys version for specialization guards: while d->keysVersion equals a value returned here,
// the dict has the same keys at the same entry indexes (values may differ). Assigns a fresh
// process-unique version if none is assigned; returns 0 when versions are exhausted.
uint32_t dictKeysVersion(Object* d);
// The entry index of `key` (an exact str) in d, or -1 if missing or not an exact str. Raises
// nothing (str comparisons cannot fail).
ssize dictIndexOf(Object* d, Object* key);
inline DictObject* asDictObject(Object* d) { return reinterpret_cast<DictObject*>(d); }
// The filter bits of hash h in DictObject::hashBits: a two-bit Bloom filter (bits h & 63 and
// (h >> 6) & 63), so a dict of a handful of keys rarely matches an absent name by accident,
// whatever the hash seed (one bit per key gave seed-dependent false positives).
inline uint64_t dictHashFilterBits(hash_t h) {
    uint64_t u = static_cast<uint64_t>(h);
    return (uint64_t(1) << (u & 63)) | (uint64_t(1) << ((u >> 6) & 63));
}
// False when no key with hash h can be in d (one load of the header: the specialized method
// loads prove that a method name is not shadowed by the instance dict without probing it).
inline bool dictMayHaveHash(Object* d, hash_t h) {
    uint64_t bits = dictHashFilterBits(h);
    return (asDictObject(d)->hashBits & bits) == bits;
}

}  // namespace krait
