// compile() and Python-level AST objects (the _ast module's classes): the PyCF_ONLY_AST result
// and the compilation of an AST object. Owner: the compiler (vm/compiler/ast_bridge.cpp).
#pragma once

#include <string_view>

#include "compiler/compiler.h"
#include "core/object.h"
#include "core/runtime.h"

namespace krait {

// compile(source, filename, mode, flags | PyCF_ONLY_AST): the tree as _ast objects (new
// reference), or null with the SyntaxError compile() would raise.
Object* astFromSource(std::string_view source, Object* filename, CompileMode mode, int flags);
// The _ast module (vm/modules/ast_module.cpp); imported by name through interp/import.cpp.
Object* createAstModule(InterpState* interp);
// 1 if o is an _ast.AST instance, 0 if not, -1 on error (e.g. _ast cannot be imported).
int isAstObject(Object* o);
// compile(ast_object, filename, mode, flags, optimize): checks the root type against mode
// ("expected Module node, got Expression"), returns the object itself with PyCF_ONLY_AST,
// else compiles ast.unparse(node).
Object* compileAstObject(Object* node, Object* filename, CompileMode mode, int flags,
                         int optimize);

}  // namespace krait
