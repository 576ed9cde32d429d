// Krait AST: mirrors CPython 3.11's `ast` module node for node.
//
// Invariants:
// - One struct per CPython node class, same name, fields in lowerCamelCase
//   (decorator_list -> decoratorList, kw_defaults -> kwDefaults, is_async -> isAsync ...).
//   type_comment fields and Module.type_ignores are omitted.
// - Two renames forced by C++: the abstract base classes are Mod, Stmt, Expr, Pattern, and the
//   expression-statement class `ast.Expr` is called ExprStmt. Lower-case CPython helper classes
//   get UpperCamelCase names: comprehension -> Comprehension, arguments -> Arguments,
//   arg -> Arg, keyword -> Keyword, alias -> Alias, withitem -> WithItem,
//   match_case -> MatchCase. The Constant's `kind` field ('u' prefix) is `stringKind`.
// - Each base carries a `kind` enum; downcast with static_cast (or ast::cast<T>, which asserts).
// - Locations: lineno/endLineno are 1-based, colOffset/endColOffset are 0-based UTF-8 byte
//   offsets, exactly as CPython's node attributes.
// - Lists are std::vector<T*>. Optional children are nullptr. Optional identifiers are empty
//   strings (a real identifier is never empty). Dict.keys may hold nullptr (for `**d`), and so
//   may Arguments.kwDefaults (keyword-only argument without default).
// - All nodes are allocated from an Arena which frees the whole tree at once.
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace krait::ast {

// ---------------------------------------------------------------------------------------------
// Arena: bump allocator; runs destructors of non-trivially-destructible objects on destruction.
class Arena {
public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    ~Arena() { clear(); }

    // Allocates and constructs a T; the object lives until the arena is destroyed.
    template <class T, class... Args>
    T* make(Args&&... args) {
        if constexpr (std::is_trivially_destructible_v<T>) {
            void* p = allocate(sizeof(T), alignof(T));
            return new (p) T(std::forward<Args>(args)...);
        } else {
            static_assert(alignof(T) <= alignof(std::max_align_t));
            constexpr size_t kHdr = (sizeof(DtorHeader) + alignof(std::max_align_t) - 1) &
                                    ~(alignof(std::max_align_t) - 1);
            char* p = static_cast<char*>(allocate(kHdr + sizeof(T), alignof(std::max_align_t)));
            T* obj = new (p + kHdr) T(std::forward<Args>(args)...);
            DtorHeader* h = reinterpret_cast<DtorHeader*>(p);
            h->obj = obj;
            h->dtor = [](void* o) { static_cast<T*>(o)->~T(); };
            h->next = dtors_;
            dtors_ = h;
            return obj;
        }
    }

    // Raw memory, `align` must be a power of two <= alignof(max_align_t).
    void* allocate(size_t size, size_t align) {
        uintptr_t cur = (reinterpret_cast<uintptr_t>(ptr_) + (align - 1)) & ~uintptr_t(align - 1);
        if (ptr_ == nullptr || cur + size > reinterpret_cast<uintptr_t>(end_)) {
            newBlock(size + align);
            cur = (reinterpret_cast<uintptr_t>(ptr_) + (align - 1)) & ~uintptr_t(align - 1);
        }
        ptr_ = reinterpret_cast<char*>(cur + size);
        return reinterpret_cast<void*>(cur);
    }

    size_t bytesAllocated() const { return total_; }

private:
    struct DtorHeader {
        void* obj;
        void (*dtor)(void*);
        DtorHeader* next;
    };
    struct Block {
        Block* next;
    };
    void newBlock(size_t minSize) {
        size_t size = kBlockSize;
        if (minSize + sizeof(Block) + 16 > size) size = minSize + sizeof(Block) + 16;
        char* mem = static_cast<char*>(::operator new(size));
        Block* b = reinterpret_cast<Block*>(mem);
        b->next = blocks_;
        blocks_ = b;
        ptr_ = mem + sizeof(Block);
        end_ = mem + size;
        total_ += size;
    }
    void clear() {
        for (DtorHeader* h = dtors_; h != nullptr; h = h->next) h->dtor(h->obj);
        dtors_ = nullptr;
        while (blocks_ != nullptr) {
            Block* n = blocks_->next;
            ::operator delete(static_cast<void*>(blocks_));
            blocks_ = n;
        }
        ptr_ = end_ = nullptr;
    }
    static constexpr size_t kBlockSize = 32 * 1024;
    char* ptr_ = nullptr;
    char* end_ = nullptr;
    Block* blocks_ = nullptr;
    DtorHeader* dtors_ = nullptr;
    size_t total_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Operator enums (CPython: boolop, operator, unaryop, cmpop, expr_context).
enum class BoolOperator : uint8_t { And, Or };
enum class Operator : uint8_t {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOperator : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOp : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };
enum class ExprContext : uint8_t { Load, Store, Del };

// Source span with CPython's meaning (see header comment).
struct Located {
    int lineno = 0;
    int colOffset = 0;
    int endLineno = 0;
    int endColOffset = 0;
};

// The value of a Constant (and of MatchSingleton).
enum class ConstantKind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
struct ConstantValue {
    ConstantKind kind = ConstantKind::None;
    // Int: digits without underscores/prefix, lower case (e.g. "ff" with base 16; "0" for 0).
    // Str: UTF-8 (lone surrogates encoded as 3-byte WTF-8 sequences). Bytes: raw bytes.
    std::string str;
    int base = 10;       // Int only: 2, 8, 10 or 16
    double real = 0.0;   // Float value
    double imag = 0.0;   // Complex: imaginary part (real part is always 0)
};

struct Stmt;
struct Expr;
struct Pattern;
struct Arguments;
struct Arg;
struct Keyword;
struct Alias;
struct WithItem;
struct MatchCase;
struct ExceptHandler;
struct Comprehension;

// ---------------------------------------------------------------------------------------------
// mod
enum class ModKind : uint8_t { Module, Interactive, Expression, FunctionType };
struct Mod {
    ModKind kind;
    explicit Mod(ModKind k) : kind(k) {}
};
struct Module : Mod {
    static constexpr ModKind kKind = ModKind::Module;
    Module() : Mod(kKind) {}
    std::vector<Stmt*> body;
};
struct Interactive : Mod {
    static constexpr ModKind kKind = ModKind::Interactive;
    Interactive() : Mod(kKind) {}
    std::vector<Stmt*> body;
};
struct Expression : Mod {
    static constexpr ModKind kKind = ModKind::Expression;
    Expression() : Mod(kKind) {}
    Expr* body = nullptr;
};
struct FunctionType : Mod {
    static constexpr ModKind kKind = ModKind::FunctionType;
    FunctionType() : Mod(kKind) {}
    std::vector<Expr*> argtypes;
    Expr* returns = nullptr;
};

// ---------------------------------------------------------------------------------------------
// stmt
enum class StmtKind : uint8_t {
    FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
    AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
    Global, Nonlocal, Expr, Pass, Break, Continue
};
struct Stmt : Located {
    StmtKind kind;
    explicit Stmt(StmtKind k) : kind(k) {}
};

#define KRAIT_AST_STMT(Name)                             \
    static constexpr StmtKind kKind = StmtKind::Name;    \
    Name() : Stmt(kKind) {}

struct FunctionDef : Stmt {
    KRAIT_AST_STMT(FunctionDef)
    std::string name;
    Arguments* args = nullptr;
    std::vector<Stmt*> body;
    std::vector<Expr*> decoratorList;
    Expr* returns = nullptr;
};
struct AsyncFunctionDef : Stmt {
    KRAIT_AST_STMT(AsyncFunctionDef)
    std::string name;
    Arguments* args = nullptr;
    std::vector<Stmt*> body;
    std::vector<Expr*> decoratorList;
    Expr* returns = nullptr;
};
struct ClassDef : Stmt {
    KRAIT_AST_STMT(ClassDef)
    std::string name;
    std::vector<Expr*> bases;
    std::vector<Keyword*> keywords;
    std::vector<Stmt*> body;
    std::vector<Expr*> decoratorList;
};
struct Return : Stmt {
    KRAIT_AST_STMT(Return)
    Expr* value = nullptr;
};
struct Delete : Stmt {
    KRAIT_AST_STMT(Delete)
    std::vector<Expr*> targets;
};
struct Assign : Stmt {
    KRAIT_AST_STMT(Assign)
    std::vector<Expr*> targets;
    Expr* value = nullptr;
};
struct AugAssign : Stmt {
    KRAIT_AST_STMT(AugAssign)
    Expr* target = nullptr;
    Operator op = Operator::Add;
    Expr* value = nullptr;
};
struct AnnAssign : Stmt {
    KRAIT_AST_STMT(AnnAssign)
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr;
    int simple = 0;
};
struct For : Stmt {
    KRAIT_AST_STMT(For)
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};
struct AsyncFor : Stmt {
    KRAIT_AST_STMT(AsyncFor)
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};
struct While : Stmt {
    KRAIT_AST_STMT(While)
    Expr* test = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};
struct If : Stmt {
    KRAIT_AST_STMT(If)
    Expr* test = nullptr;
    std::vector<Stmt*> body;
    std::vector<Stmt*> orelse;
};
struct With : Stmt {
    KRAIT_AST_STMT(With)
    std::vector<WithItem*> items;
    std::vector<Stmt*> body;
};
struct AsyncWith : Stmt {
    KRAIT_AST_STMT(AsyncWith)
    std::vector<WithItem*> items;
    std::vector<Stmt*> body;
};
struct Match : Stmt {
    KRAIT_AST_STMT(Match)
    Expr* subject = nullptr;
    std::vector<MatchCase*> cases;
};
struct Raise : Stmt {
    KRAIT_AST_STMT(Raise)
    Expr* exc = nullptr;
    Expr* cause = nullptr;
};
struct Try : Stmt {
    KRAIT_AST_STMT(Try)
    std::vector<Stmt*> body;
    std::vector<ExceptHandler*> handlers;
    std::vector<Stmt*> orelse;
    std::vector<Stmt*> finalbody;
};
struct TryStar : Stmt {
    KRAIT_AST_STMT(TryStar)
    std::vector<Stmt*> body;
    std::vector<ExceptHandler*> handlers;
    std::vector<Stmt*> orelse;
    std::vector<Stmt*> finalbody;
};
struct Assert : Stmt {
    KRAIT_AST_STMT(Assert)
    Expr* test = nullptr;
    Expr* msg = nullptr;
};
struct Import : Stmt {
    KRAIT_AST_STMT(Import)
    std::vector<Alias*> names;
};
struct ImportFrom : Stmt {
    KRAIT_AST_STMT(ImportFrom)
    std::string module;  // empty for `from . import x`
    std::vector<Alias*> names;
    int level = 0;
};
struct Global : Stmt {
    KRAIT_AST_STMT(Global)
    std::vector<std::string> names;
};
struct Nonlocal : Stmt {
    KRAIT_AST_STMT(Nonlocal)
    std::vector<std::string> names;
};
// CPython's ast.Expr (expression statement).
struct ExprStmt : Stmt {
    static constexpr StmtKind kKind = StmtKind::Expr;
    ExprStmt() : Stmt(kKind) {}
    Expr* value = nullptr;
};
struct Pass : Stmt {
    KRAIT_AST_STMT(Pass)
};
struct Break : Stmt {
    KRAIT_AST_STMT(Break)
};
struct Continue : Stmt {
    KRAIT_AST_STMT(Continue)
};
#undef KRAIT_AST_STMT

// ---------------------------------------------------------------------------------------------
// expr
enum class ExprKind : uint8_t {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
    GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
    Attribute, Subscript, Starred, Name, List, Tuple, Slice
};
struct Expr : Located {
    ExprKind kind;
    explicit Expr(ExprKind k) : kind(k) {}
};

#define KRAIT_AST_EXPR(Name)                             \
    static constexpr ExprKind kKind = ExprKind::Name;    \
    Name() : Expr(kKind) {}

struct BoolOp : Expr {
    KRAIT_AST_EXPR(BoolOp)
    BoolOperator op = BoolOperator::And;
    std::vector<Expr*> values;
};
struct NamedExpr : Expr {
    KRAIT_AST_EXPR(NamedExpr)
    Expr* target = nullptr;
    Expr* value = nullptr;
};
struct BinOp : Expr {
    KRAIT_AST_EXPR(BinOp)
    Expr* left = nullptr;
    Operator op = Operator::Add;
    Expr* right = nullptr;
};
struct UnaryOp : Expr {
    KRAIT_AST_EXPR(UnaryOp)
    UnaryOperator op = UnaryOperator::Not;
    Expr* operand = nullptr;
};
struct Lambda : Expr {
    KRAIT_AST_EXPR(Lambda)
    Arguments* args = nullptr;
    Expr* body = nullptr;
};
struct IfExp : Expr {
    KRAIT_AST_EXPR(IfExp)
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
};
struct Dict : Expr {
    KRAIT_AST_EXPR(Dict)
    std::vector<Expr*> keys;  // nullptr entry for `**mapping`
    std::vector<Expr*> values;
};
struct Set : Expr {
    KRAIT_AST_EXPR(Set)
    std::vector<Expr*> elts;
};
struct ListComp : Expr {
    KRAIT_AST_EXPR(ListComp)
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};
struct SetComp : Expr {
    KRAIT_AST_EXPR(SetComp)
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};
struct DictComp : Expr {
    KRAIT_AST_EXPR(DictComp)
    Expr* key = nullptr;
    Expr* value = nullptr;
    std::vector<Comprehension*> generators;
};
struct GeneratorExp : Expr {
    KRAIT_AST_EXPR(GeneratorExp)
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
};
struct Await : Expr {
    KRAIT_AST_EXPR(Await)
    Expr* value = nullptr;
};
struct Yield : Expr {
    KRAIT_AST_EXPR(Yield)
    Expr* value = nullptr;
};
struct YieldFrom : Expr {
    KRAIT_AST_EXPR(YieldFrom)
    Expr* value = nullptr;
};
struct Compare : Expr {
    KRAIT_AST_EXPR(Compare)
    Expr* left = nullptr;
    std::vector<CmpOp> ops;
    std::vector<Expr*> comparators;
};
struct Call : Expr {
    KRAIT_AST_EXPR(Call)
    Expr* func = nullptr;
    std::vector<Expr*> args;
    std::vector<Keyword*> keywords;
};
struct FormattedValue : Expr {
    KRAIT_AST_EXPR(FormattedValue)
    Expr* value = nullptr;
    int conversion = -1;  // -1 none, 's', 'r' or 'a'
    Expr* formatSpec = nullptr;  // a JoinedStr or nullptr
};
struct JoinedStr : Expr {
    KRAIT_AST_EXPR(JoinedStr)
    std::vector<Expr*> values;  // Constant (str) and FormattedValue nodes
};
struct Constant : Expr {
    KRAIT_AST_EXPR(Constant)
    ConstantValue value;
    std::string stringKind;  // CPython's Constant.kind: "u" for u'..' strings, else empty (None)
};
struct Attribute : Expr {
    KRAIT_AST_EXPR(Attribute)
    Expr* value = nullptr;
    std::string attr;
    ExprContext ctx = ExprContext::Load;
};
struct Subscript : Expr {
    KRAIT_AST_EXPR(Subscript)
    Expr* value = nullptr;
    Expr* slice = nullptr;
    ExprContext ctx = ExprContext::Load;
};
struct Starred : Expr {
    KRAIT_AST_EXPR(Starred)
    Expr* value = nullptr;
    ExprContext ctx = ExprContext::Load;
};
struct Name : Expr {
    KRAIT_AST_EXPR(Name)
    std::string id;
    ExprContext ctx = ExprContext::Load;
};
struct List : Expr {
    KRAIT_AST_EXPR(List)
    std::vector<Expr*> elts;
    ExprContext ctx = ExprContext::Load;
};
struct Tuple : Expr {
    KRAIT_AST_EXPR(Tuple)
    std::vector<Expr*> elts;
    ExprContext ctx = ExprContext::Load;
};
struct Slice : Expr {
    KRAIT_AST_EXPR(Slice)
    Expr* lower = nullptr;
    Expr* upper = nullptr;
    Expr* step = nullptr;
};
#undef KRAIT_AST_EXPR

// ---------------------------------------------------------------------------------------------
// pattern
enum class PatternKind : uint8_t {
    MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs,
    MatchOr
};
struct Pattern : Located {
    PatternKind kind;
    explicit Pattern(PatternKind k) : kind(k) {}
};

#define KRAIT_AST_PATTERN(Name)                            \
    static constexpr PatternKind kKind = PatternKind::Name; \
    Name() : Pattern(kKind) {}

struct MatchValue : Pattern {
    KRAIT_AST_PATTERN(MatchValue)
    Expr* value = nullptr;
};
struct MatchSingleton : Pattern {
    KRAIT_AST_PATTERN(MatchSingleton)
    ConstantValue value;  // None, True or False
};
struct MatchSequence : Pattern {
    KRAIT_AST_PATTERN(MatchSequence)
    std::vector<Pattern*> patterns;
};
struct MatchMapping : Pattern {
    KRAIT_AST_PATTERN(MatchMapping)
    std::vector<Expr*> keys;
    std::vector<Pattern*> patterns;
    std::string rest;  // empty if none
};
struct MatchClass : Pattern {
    KRAIT_AST_PATTERN(MatchClass)
    Expr* cls = nullptr;
    std::vector<Pattern*> patterns;
    std::vector<std::string> kwdAttrs;
    std::vector<Pattern*> kwdPatterns;
};
struct MatchStar : Pattern {
    KRAIT_AST_PATTERN(MatchStar)
    std::string name;  // empty for `*_`
};
struct MatchAs : Pattern {
    KRAIT_AST_PATTERN(MatchAs)
    Pattern* pattern = nullptr;
    std::string name;  // empty for `_`
};
struct MatchOr : Pattern {
    KRAIT_AST_PATTERN(MatchOr)
    std::vector<Pattern*> patterns;
};
#undef KRAIT_AST_PATTERN

// ---------------------------------------------------------------------------------------------
// Helper node classes.
struct Comprehension {
    Expr* target = nullptr;
    Expr* iter = nullptr;
    std::vector<Expr*> ifs;
    int isAsync = 0;
};
struct ExceptHandler : Located {
    Expr* type = nullptr;
    std::string name;  // empty if no `as name`
    std::vector<Stmt*> body;
};
struct Arguments {
    std::vector<Arg*> posonlyargs;
    std::vector<Arg*> args;
    Arg* vararg = nullptr;
    std::vector<Arg*> kwonlyargs;
    std::vector<Expr*> kwDefaults;  // one per kwonlyarg, nullptr where no default
    Arg* kwarg = nullptr;
    std::vector<Expr*> defaults;    // for the last len(defaults) of posonlyargs + args
};
struct Arg : Located {
    std::string arg;
    Expr* annotation = nullptr;
};
struct Keyword : Located {
    std::string arg;  // empty for `**kwargs`
    Expr* value = nullptr;
};
struct Alias : Located {
    std::string name;    // dotted name, or "*"
    std::string asname;  // empty if none
};
struct WithItem {
    Expr* contextExpr = nullptr;
    Expr* optionalVars = nullptr;
};
struct MatchCase {
    Pattern* pattern = nullptr;
    Expr* guard = nullptr;
    std::vector<Stmt*> body;
};

// Checked downcasts: ast::cast<BinOp>(e) asserts e->kind == ExprKind::BinOp.
template <class T, class B>
inline T* cast(B* node) {
    assert(node != nullptr && node->kind == T::kKind);
    return static_cast<T*>(node);
}
template <class T, class B>
inline const T* cast(const B* node) {
    assert(node != nullptr && node->kind == T::kKind);
    return static_cast<const T*>(node);
}
// ast::dynCast<Name>(e) returns nullptr when e is not a Name.
template <class T, class B>
inline T* dynCast(B* node) {
    return node != nullptr && node->kind == T::kKind ? static_cast<T*>(node) : nullptr;
}

}  // namespace krait::ast
