// list: mutable sequence.
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct ListObject {
    Object ob;
    ssize size;
    ssize allocated;
    Object** items;   // heap array of `allocated` slots; first `size` are owned references
};

inline ListObject* asList(Object* o) { return reinterpret_cast<ListObject*>(o); }
inline ssize listSize(Object* o) { return asList(o)->size; }
inline Object* listItem(Object* o, ssize i) { return asList(o)->items[i]; }   // borrowed
inline void listSetItemSteal(Object* l, ssize i, Object* v) { asList(l)->items[i] = v; }

Object* listNew(ssize size);   // `size` null items to be filled with listSetItemSteal
int listAppend(Object* l, Object* v);       // increfs v; -1 on error
int listExtend(Object* l, Object* iterable);
int listInsert(Object* l, ssize where, Object* v);
Object* listAsTuple(Object* l);
int listSort(Object* l, Object* key, bool reverse);   // key may be null; stable
int listReverse(Object* l);
Object* listSlice(Object* l, ssize start, ssize stop);
Object* listFromArray(Object* const* items, ssize n);   // increfs items

// Iterator layout (public for the interpreter's FOR_ITER specializations).
struct ListIterObject {
    Object ob;
    ssize index;
    Object* seq;   // null when exhausted
};

}  // namespace krait
