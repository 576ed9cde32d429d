// Weak references (vm/objects/weakref.cpp): the `_weakref` module's ref, proxy and
// callable-proxy types, and clearWeakrefs() (objects/type.h) for dying objects.
//
// Every object whose type has a weaklistOffset keeps there the head of a doubly-linked list
// of the WeakRefObjects pointing to it (CPython's order: the canonical callback-less ref,
// then the callback-less proxy, then the others, newest first).
#pragma once

#include "core/object.h"

namespace krait {

struct WeakRefObject {
    Object ob;
    Object* referent;        // borrowed; null once the referent died or the ref was cleared
    Object* callback;        // owned, or null
    hash_t hash;             // -1 until computed
    WeakRefObject* wrPrev;   // list of the referent's weak references
    WeakRefObject* wrNext;
};

extern Type WeakRefType;             // weakref.ReferenceType ('weakref.ReferenceType')
extern Type WeakProxyType;           // weakref.ProxyType
extern Type WeakCallableProxyType;   // weakref.CallableProxyType

// True for instances of ref (and subclasses), proxy and callable proxy.
bool isWeakRefObject(Object* o);
// The address of o's weak reference list head, or null if o's type has no weaklist slot.
Object** weaklistOf(Object* o);
// Number of live weak references to o.
ssize weakrefCount(Object* o);
// Detaches wr from its referent without calling its callback.
void weakrefClearRef(WeakRefObject* wr);
// The referent of a ref (borrowed), or null if dead. An object whose reference count has
// dropped to zero counts as dead even before its weak references are cleared (its
// deallocation may be deferred by the trashcan; CPython's bpo-16602).
inline Object* weakrefLive(const WeakRefObject* wr) {
    Object* r = wr->referent;
    return r && r->refcnt > 0 ? r : nullptr;
}
inline Object* weakrefReferent(Object* wr) {
    return weakrefLive(reinterpret_cast<WeakRefObject*>(wr));
}

}  // namespace krait
