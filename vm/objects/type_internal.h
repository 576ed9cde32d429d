// Declarations shared by the object model's own files (type.cpp, type_slots.cpp, descr.cpp,
// object.cpp, core/abstract.cpp). Not for use elsewhere.
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

// Adds wrapper descriptors for the slots a static type defines (before slot inheritance).
bool addSlotWrappers(Type* t);
// Re-resolves every slot of heap type t from the dunders found along its MRO.
void fixupHeapSlots(Type* t);
bool isSlotDunder(Object* name);
// object.__getattribute__ returning null WITHOUT an AttributeError when missing.
Object* genericGetAttrSuppress(Object* o, Object* name);
// type.__getattribute__ (also with suppression).
Object* typeGetAttro(Object* t, Object* name);
Object* typeGetAttroSuppress(Object* t, Object* name);
// `item in container` by iteration (used when no __contains__).
int iterSearchContains(Object* container, Object* item);
// Raises "'X' object has no attribute 'name'" and records obj/name on the AttributeError.
void raiseNoAttribute(Object* obj, Object* name);
// Sets .obj/.name on the current AttributeError if it has none.
void setAttributeErrorContext(Object* obj, Object* name);
// The default repr "<mod.Qual object at 0x...>".
Object* objectDefaultRepr(Object* o);
// __dict__ getter/setter for heap types.
Object* subtypeGetDict(Object* o, void*);
int subtypeSetDict(Object* o, Object* value, void*);
// Merges the names of the attributes of class `cls` and its bases into dict `names`.
int mergeClassDict(Object* names, Object* cls);

}  // namespace krait
