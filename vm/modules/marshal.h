// Krait code objects in marshal's format, for the import system's on-disk code cache
// (vm/interp/code_cache.cpp). The marshal module itself does not marshal code objects.
#pragma once

#include <string>
#include <string_view>

#include "core/object.h"

namespace krait {

// The marshalled form of a code object (nested code objects in its constants included);
// false, with no error set, if something in it cannot be marshalled.
bool marshalCodeDumps(Object* code, std::string* out);
// A value read back from marshalCodeDumps() data (new reference), or null with an error set.
Object* marshalCodeLoads(std::string_view data);

}  // namespace krait
