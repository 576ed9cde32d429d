// Text dump of a Krait AST in exactly the format of CPython 3.11's ast.dump(tree)
// (annotate_fields=True, include_attributes=False, no indent). Used to test the parser
// against CPython. With includeAttributes, location attributes are printed too
// (as ast.dump(tree, include_attributes=True)).
#pragma once

#include <string>

#include "parser/ast.h"

namespace krait::ast {

std::string dumpAst(const Mod& mod, bool includeAttributes = false);
std::string dumpAst(const Module& mod, bool includeAttributes = false);

// Python repr() of constants (exposed for tests).
std::string reprStr(const std::string& utf8);
std::string reprBytes(const std::string& bytes);
std::string reprFloat(double v, bool forComplex = false);
std::string reprInt(const std::string& digits, int base);

}  // namespace krait::ast
