// Krait parser: Python 3.11 source -> AST (vm/parser/ast.h).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parser/ast.h"

namespace krait {

// Everything needed to build
// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)).
struct SyntaxErrorInfo {
    std::string type;  // "SyntaxError", "IndentationError" or "TabError"
    std::string msg;
    // 1-based, character (code point) based offsets, as CPython's exception attributes.
    int lineno = 0, offset = 0, endLineno = 0, endOffset = 0;
    std::string text;  // the source line incl. trailing newline as CPython reports it
    bool textIsEmptyStr = false;   // text "" means '' rather than None
    // Compile-time warnings, on success and on failure alike (the caller emits them): the
    // tokenizer's SyntaxWarnings (see parser::TokWarning) and the DeprecationWarnings of
    // invalid escape sequences in string literals (CPython's warn_invalid_escape_sequence).
    struct Warning {
        std::string msg;
        int lineno = 0, offset = 0;
        std::string text;
        // For an escape-sequence DeprecationWarning: its ordinal among them (else -1). When a
        // warnings filter turns it into an error, the caller parses again with
        // ParseOptions::errorAtEscapeWarning set to it, which reports CPython's SyntaxError.
        int escapeIndex = -1;
    };
    std::vector<Warning> warnings;
};

enum class ParseMode { File, Eval, Single /* interactive */, FuncType };

// The tree and the arena owning it. root is a Module (File), Expression (Eval),
// Interactive (Single) or FunctionType (FuncType).
struct ParseResult {
    ast::Arena arena;
    ast::Mod* root = nullptr;
};

// Parses UTF-8 source (handles a BOM and a coding cookie naming utf-8 or latin-1; with
// ignoreCookie the source is UTF-8 whatever its cookie names).
// On success returns the tree; on failure returns null and fills err. If the source nests too
// deeply, err.type is "MemoryError" (CPython raises MemoryError from its parser then).
// errorAtEscapeWarning >= 0: the escape-sequence warning with that ordinal is a SyntaxError.
std::unique_ptr<ParseResult> parse(std::string_view source, std::string_view filename,
                                   ParseMode mode, SyntaxErrorInfo& err,
                                   bool ignoreCookie = false, int errorAtEscapeWarning = -1);

}  // namespace krait
