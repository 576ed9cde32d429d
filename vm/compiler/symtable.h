// Symbol table: the scope analysis pass between the parser and the code generator, with
// CPython 3.11's rules (symtable.c): every function, lambda, class, comprehension and the
// module get a Scope; each name used in a scope gets flags (how it is used) and, after
// analysis, a ScopeKind (how the compiler must access it).
//
// Invariants:
// - A Scope is found from its AST node (FunctionDef, AsyncFunctionDef, ClassDef, Lambda,
//   ListComp/SetComp/DictComp/GeneratorExp or the Mod root) through SymTable::lookup().
// - Names are stored mangled (private names `__x` inside a class become `_Class__x`).
// - On error, build() returns false and fills `error` (message and location); the caller
//   raises the SyntaxError.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "parser/ast.h"

namespace krait::compiler {

// How a name is used in one scope (CPython's DEF_* flags).
enum SymFlag : uint32_t {
    kDefGlobal = 1,        // `global x`
    kDefLocal = 2,         // assigned in this scope
    kDefParam = 4,         // a parameter
    kDefNonlocal = 8,      // `nonlocal x`
    kUse = 16,             // read
    kDefFree = 32,         // free (a child uses it)
    kDefFreeClass = 64,    // free in a method, and bound/global in this class
    kDefImport = 128,      // bound by import
    kDefAnnot = 256,       // annotated
    kDefCompIter = 512,    // comprehension iteration variable
    kDefBound = kDefLocal | kDefParam | kDefImport,
};

// Where a name lives, decided by analysis (CPython's LOCAL, GLOBAL_EXPLICIT, ...).
enum class ScopeKind : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

enum class BlockType : uint8_t { Function, Class, Module };
enum class CompKind : uint8_t { None, List, Set, Dict, Gen };

struct Symbol {
    uint32_t flags = 0;
    ScopeKind scope = ScopeKind::Unknown;
};

struct SymLocation {
    int lineno = 0, colOffset = 0, endLineno = 0, endColOffset = 0;
};

struct Scope {
    BlockType type = BlockType::Module;
    std::string name;
    const void* key = nullptr;
    std::unordered_map<std::string, Symbol> symbols;
    std::vector<std::string> order;        // symbol names in first-seen order
    std::vector<std::string> varnames;     // parameters, in frame order
    std::vector<Scope*> children;
    std::unordered_map<std::string, SymLocation> directives;   // global/nonlocal statements
    SymLocation loc;
    CompKind comprehension = CompKind::None;
    bool nested = false;
    bool generator = false;
    bool coroutine = false;
    bool varargs = false;
    bool varkeywords = false;
    bool free = false;          // has free variables (or implicit globals while nested)
    bool childFree = false;
    bool needsClassClosure = false;   // class: a method uses __class__ / super()
    bool compIterTarget = false;
    int compIterExpr = 0;
    std::string privateName;   // enclosing class name for mangling ("" if none)

    ScopeKind scopeOf(const std::string& name) const {
        auto it = symbols.find(name);
        return it == symbols.end() ? ScopeKind::Unknown : it->second.scope;
    }
    uint32_t flagsOf(const std::string& name) const {
        auto it = symbols.find(name);
        return it == symbols.end() ? 0 : it->second.flags;
    }
};

struct SymtableError {
    std::string msg;
    SymLocation loc;
};

// Applies CPython's private-name mangling: `__spam` in class `Ham` -> `_Ham__spam`.
std::string mangleName(const std::string& privateName, const std::string& name);

class SymTable {
public:
    // Builds and analyses the table for a whole module. `futureAnnotations` is
    // `from __future__ import annotations` (annotations are then not visited).
    bool build(ast::Mod* root, bool futureAnnotations, SymtableError& error);
    Scope* lookup(const void* key) const {
        auto it = byKey_.find(key);
        return it == byKey_.end() ? nullptr : it->second;
    }
    Scope* top() const { return top_; }

private:
    friend class SymtableBuilder;
    std::vector<std::unique_ptr<Scope>> scopes_;
    std::unordered_map<const void*, Scope*> byKey_;
    Scope* top_ = nullptr;
};

}  // namespace krait::compiler
