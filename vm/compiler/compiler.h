// The compiler: Python source -> AST (vm/parser) -> symbol table (symtable.h) -> bytecode
// (code objects of bytecode/code.h), with CPython 3.11's scoping rules, evaluation order and
// compile-time SyntaxErrors.
#pragma once

#include <memory>

#include <string>
#include <string_view>

#include "core/object.h"
#include "parser/ast.h"

namespace krait {

enum class CompileMode { Exec, Eval, Single };

// Compiler flags (the `flags` argument of compile(); same values as CPython's).
enum CompileFlags : int {
    kCoFutureDivision = 0x20000,
    kCoFutureAbsoluteImport = 0x40000,
    kCoFutureWithStatement = 0x80000,
    kCoFuturePrintFunction = 0x100000,
    kCoFutureUnicodeLiterals = 0x200000,
    kCoFutureBarryAsBdfl = 0x400000,
    kCoFutureGeneratorStop = 0x800000,
    kCoFutureAnnotations = 0x1000000,
    kPyCfSourceIsUtf8 = 0x0100,
    kPyCfDontImplyDedent = 0x0200,
    kPyCfOnlyAst = 0x0400,
    kPyCfIgnoreCookie = 0x0800,
    kPyCfTypeComments = 0x1000,
    kPyCfAllowTopLevelAwait = 0x2000,
    kPyCfAllowIncompleteInput = 0x4000,
};

// Parses and compiles; returns a new code object or null with SyntaxError/IndentationError
// raised (exception args: (msg, (filename, lineno, offset, text, end_lineno, end_offset))).
Object* compileSource(std::string_view source, Object* filename /*str*/, CompileMode mode,
                      int flags /* CO_FUTURE_ANNOTATIONS etc., 0 normally */, int optimize = 0);

// Source bytes whose coding cookie names an encoding the tokenizer does not read itself
// (koi8-r, cp1251, ...) are decoded with that codec into `decoded` (UTF-8) and `source` is
// pointed at it; ignoreCookie then tells the parser to read it as UTF-8 (also set for the
// flags that say the source is already UTF-8). False with SyntaxError set if decoding fails.
bool decodeSourceBytes(std::string_view& source, int flags, std::string& decoded,
                       bool& ignoreCookie);

// Parses source (see parse() in parser/parser.h) and emits its compile-time warnings through
// warnings.warn_explicit: SyntaxWarnings of the tokenizer and DeprecationWarnings of invalid
// escape sequences. A warning that an "error" filter turns into an exception becomes a
// SyntaxError at its place, as in CPython. Returns the tree, or null with the exception set
// (SyntaxError included).
struct ParseResult;
enum class ParseMode;
std::unique_ptr<ParseResult> parseWithWarnings(std::string_view source, Object* filename,
                                               ParseMode mode, bool ignoreCookie);

// Compiles an already parsed tree (root must match mode: Module, Expression or Interactive).
// `source` is used for error message text only (may be empty).
Object* compileAst(ast::Mod* root, std::string_view source, Object* filename, CompileMode mode,
                   int flags, int optimize = 0);

}  // namespace krait
