// Pattern matching (match statements), as CPython 3.11's compiler_match and compiler_pattern.
#include "compiler/codegen.h"

namespace krait::compiler {

using namespace krait::ast;

bool CodeGen::compileMatch(Match* s) {
    (void)s;
    return error("match statements are not supported yet");
}

}  // namespace krait::compiler
