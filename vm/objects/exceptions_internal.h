// Helpers shared by the exception type implementations (exceptions*.cpp). Private to them.
#pragma once

#include <cstddef>

#include "core/object.h"
#include "objects/exceptions.h"

namespace krait {

// Flags of every builtin exception type.
constexpr uint64_t kExcTypeFlags = kTypeBaseType | kTypeHaveGC | kTypeBaseExcSubclass;
constexpr ssize kExcDictOffset = offsetof(BaseExceptionObject, dict);

// Slots shared by all layouts: the fields after BaseExceptionObject up to the static layout's
// size are all Object* and are released / visited generically.
void excDealloc(Object* o);
void excTraverse(Object* o, VisitFn visit, void* arg);
void excClear(Object* o);
Object* excNew(Type* type, Object* args, Object* kwargs);
int excInit(Object* self, Object* args, Object* kwargs);
Object* excStr(Object* self);
Object* excRepr(Object* self);

// "X() takes no keyword arguments" unless kwargs is null/empty (false + TypeError).
bool excNoKeywords(Object* self, Object* kwargs);

}  // namespace krait
