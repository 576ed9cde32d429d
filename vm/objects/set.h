// set and frozenset.
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct SetObject;   // layout private to objects/set.cpp

Object* setNew(Object* iterable);         // iterable may be null
Object* frozenSetNew(Object* iterable);
int setAdd(Object* s, Object* key);
int setDiscard(Object* s, Object* key);   // 1 found and removed, 0 absent, -1 error
int setContains(Object* s, Object* key);
ssize setSize(Object* s);
bool setNext(Object* s, ssize* pos, Object** key);   // borrowed
bool isAnySet(Object* o);   // set, frozenset or subclass
// Additions (containers engineer):
bool setNextHash(Object* s, ssize* pos, Object** key, hash_t* h);   // borrowed key
int setUpdate(Object* s, Object* iterable);   // s |= iterable; -1 on error
Object* setPop(Object* s);                     // KeyError if empty
void setClear(Object* s);

}  // namespace krait
