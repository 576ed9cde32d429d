// A debugging disassembler for code objects (not the `dis` module).
#pragma once

#include <string>

#include "core/object.h"

namespace krait {

// One line per instruction: "  line  offset OPNAME  arg (detail)", then the exception table,
// then the same for nested code objects found in co_consts. Jump targets are marked ">>".
std::string disassemble(Object* code);

}  // namespace krait
