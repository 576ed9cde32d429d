// dict: insertion-ordered hash table (compact layout: a sparse index table plus a dense entry
// array, as CPython's). Also the namespace of modules, classes and instances.
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct DictObject;   // layout private to objects/dict.cpp

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
int dictContainsKnownHash(Object* d, Object* key, hash_t h);
// dictNext that also yields the stored hash of the key.
bool dictNextHash(Object* d, ssize* pos, Object** key, Object** value, hash_t* h);
// Version tag of the dict's current state: changes on every mutation and is unique across all
// dicts of the process (for specialization guards).
uint64_t dictVersion(Object* d);

}  // namespace krait
