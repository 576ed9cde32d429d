// tuple: immutable sequence. Items live right after the object (items points there).
#pragma once

#include <initializer_list>

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct TupleObject {
    Object ob;
    ssize size;
    hash_t hash;      // reserved (-1)
    Object** items;   // size entries, owned references
};

inline TupleObject* asTuple(Object* o) { return reinterpret_cast<TupleObject*>(o); }
inline ssize tupleSize(Object* o) { return asTuple(o)->size; }
inline Object* tupleItem(Object* o, ssize i) { return asTuple(o)->items[i]; }   // borrowed
inline void tupleSetItemSteal(Object* t, ssize i, Object* v) { asTuple(t)->items[i] = v; }

// A new tuple with `size` null items (fill with tupleSetItemSteal before exposing it).
Object* tupleNew(ssize size);
Object* tupleNewOfType(Type* t, ssize size);      // for tuple subclasses
Object* tupleFromArray(Object* const* items, ssize n);   // increfs items
Object* tuplePack(std::initializer_list<Object*> items);  // increfs items
Object* emptyTuple();                                     // borrowed immortal ()
Object* tupleSlice(Object* t, ssize start, ssize stop);

// Iterator layout (public for the interpreter's FOR_ITER specializations).
struct TupleIterObject {
    Object ob;
    ssize index;
    Object* seq;   // null when exhausted
};

}  // namespace krait
