// The code generator class (internal; split over compiler.cpp and compiler_match.cpp).
#pragma once

#include <unordered_set>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/compiler.h"
#include "compiler/compiler_impl.h"
#include "compiler/symtable.h"
#include "parser/ast.h"

namespace krait::compiler {

enum class FBlockType : uint8_t {
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
    PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator
};

struct FBlock {
    FBlockType type;
    int block;
    int exit;
    const void* datum;   // With: the Stmt; FinallyTry: the finalbody vector; HandlerCleanup:
                         // the handler name (std::string*) or null
};

// State of pattern compilation (CPython's pattern_context).
struct PatternContext {
    std::vector<std::string> stores;   // names captured so far (in order)
    bool allowIrrefutable = false;
    std::vector<int> failPop;          // blocks that pop 0, 1, 2... items then fail
    int onTop = 0;                     // items on top of the subject
};

class CodeGen {
public:
    CodeGen(std::string_view source, Object* filename, int flags, int optimize)
        : source_(source), filename_(filename), flags_(flags), optimize_(optimize) {}

    Object* compileModule(ast::Mod* root, CompileMode mode);

    // ---- infrastructure ----
    bool error(const std::string& msg);
    // CPython's compiler_warn: a SyntaxWarning for the current file at `n`'s line, through
    // Lib's warnings.warn_explicit; an error filter turns it into a SyntaxError (false).
    bool warn(const std::string& msg, const ast::Located* n);
    // CPython's compile-time checks for likely mistakes (check_compare, check_caller,
    // check_subscripter, check_index); false only when a warning became an error.
    std::string literalTypeName(ast::Expr* e);
    bool checkCompare(ast::Compare* e);
    bool checkCaller(ast::Expr* func);
    bool checkSubscript(ast::Subscript* e);
    bool errorAt(const std::string& msg, int line, int col, int endLine, int endCol);
    void setLoc(const ast::Located* n) {
        u_->loc = Loc{n->lineno, n->endLineno, n->colOffset, n->endColOffset};
    }
    void unsetLoc() { u_->loc = Loc{}; }
    int newBlock();
    void useBlock(int b);
    void emit(Op op, int arg = 0);
    void emitJump(int op, int target);
    void emitSetup(int op, int target);
    void emitPseudo(int op);
    int addConst(Ref<> value);
    void loadConst(Ref<> value) { emit(Op::LOAD_CONST, addConst(std::move(value))); }
    void loadNone();
    int addName(const std::string& name);
    std::string mangle(const std::string& name) const;

    bool enterScope(const std::string& name, UnitKind kind, const void* key, int lineno);
    Object* exitScope();   // assembles the current unit; returns the code object
    bool pushFBlock(FBlockType t, int block, int exit, const void* datum);
    void popFBlock() { fblocks().pop_back(); }
    std::vector<FBlock>& fblocks() { return fblockStack_.back(); }

    // ---- statements ----
    bool visitStmts(const std::vector<ast::Stmt*>& stmts);
    bool visitStmt(ast::Stmt* s);
    bool visitBody(const std::vector<ast::Stmt*>& stmts, bool isModuleOrClass);
    bool compileFunctionDef(ast::Stmt* s);
    bool compileClassDef(ast::ClassDef* s);
    bool compileReturn(ast::Return* s);
    bool compileFor(ast::For* s);
    bool compileAsyncFor(ast::AsyncFor* s);
    bool compileWhile(ast::While* s);
    bool compileIf(ast::If* s);
    bool compileWith(ast::Stmt* s, const std::vector<ast::WithItem*>& items,
                     const std::vector<ast::Stmt*>& body, size_t pos, bool isAsync);
    bool compileTry(ast::Stmt* s);
    bool compileTryExcept(ast::Stmt* s);
    bool compileTryStarExcept(ast::Stmt* s);
    bool compileImport(ast::Import* s);
    bool compileImportFrom(ast::ImportFrom* s);
    bool compileAssert(ast::Assert* s);
    bool compileAugAssign(ast::AugAssign* s);
    bool compileAnnAssign(ast::AnnAssign* s);
    bool compileDelete(ast::Expr* e);
    bool compileBreakContinue(bool isBreak);
    bool unwindFBlock(const FBlock& fb, bool preserveTos);
    bool unwindFBlockStack(bool preserveTos, FBlock* loop, bool* foundLoop);
    void callExitWithNones();
    bool withExceptFinish(int cleanup);
    void addYieldFrom(bool await);
    void popExceptAndReraise();
    bool compileMatch(ast::Match* s);

    // ---- expressions ----
    bool visitExpr(ast::Expr* e);
    bool visitExprInner(ast::Expr* e);
    bool nameOp(const std::string& name, ast::ExprContext ctx);
    bool jumpIf(ast::Expr* e, int target, bool cond);
    bool compileBoolOp(ast::BoolOp* e);
    bool compileCompare(ast::Compare* e);
    void emitCompare(ast::CmpOp op);
    bool compileCall(ast::Call* e);
    bool callHelper(int n, const std::vector<ast::Expr*>& args,
                    const std::vector<ast::Keyword*>& keywords);
    bool callSimpleKwHelper(const std::vector<ast::Keyword*>& keywords);
    bool subKwargs(const std::vector<ast::Keyword*>& keywords, size_t begin, size_t end);
    bool starUnpackHelper(const std::vector<ast::Expr*>& elts, int pushed, Op build, Op add,
                          Op extend, bool tuple);
    bool assignmentHelper(const std::vector<ast::Expr*>& elts);
    bool compileDict(ast::Dict* e);
    bool subDict(ast::Dict* e, size_t begin, size_t end);
    bool compileJoinedStr(ast::JoinedStr* e);
    bool compileFormattedValue(ast::FormattedValue* e);
    bool compileLambda(ast::Lambda* e);
    bool compileComprehension(ast::Expr* e, CompKind kind,
                              const std::vector<ast::Comprehension*>& gens, ast::Expr* elt,
                              ast::Expr* val);
    bool comprehensionGenerator(const std::vector<ast::Comprehension*>& gens, size_t index,
                                int depth, ast::Expr* elt, ast::Expr* val, CompKind kind);
    bool asyncComprehensionGenerator(const std::vector<ast::Comprehension*>& gens,
                                     size_t index, int depth, ast::Expr* elt, ast::Expr* val,
                                     CompKind kind);
    bool compileSubscript(ast::Subscript* e);
    bool compileSlice(ast::Slice* e);
    void makeClosure(Object* code, int flags);
    bool defaultArguments(ast::Arguments* args, int* flags);
    bool annotations(ast::Arguments* args, ast::Expr* returns, int* flags);
    bool argAnnotation(const std::string& name, ast::Expr* annotation, int* count);
    bool visitAnnExpr(ast::Expr* e);
    bool checkAnnExpr(ast::Expr* e);
    bool forbiddenName(const std::string& name, ast::ExprContext ctx);
    bool validateKeywords(const std::vector<ast::Keyword*>& keywords);
    bool isTopLevelAwait() const;

    // ---- constants ----
    Ref<> constantValue(const ast::ConstantValue& v);
    Ref<> foldConstant(ast::Expr* e);   // null (no error) if e is not a compile-time constant
    Ref<> foldIterable(ast::Expr* e, bool allowSet);
    Ref<> constFrozenSet(Object* tuple);
    // Name-like str constants this compilation interned first (see constFrozenSet).
    std::unordered_set<std::string> constInterned_;
    std::unordered_set<std::string> moduleIdentifiers_;   // every scope's symbols and names
    bool visitComparator(ast::Expr* e, ast::CmpOp op);
    bool visitIterable(ast::Expr* e);

    // ---- patterns (compiler_match.cpp) ----
    bool compilePattern(ast::Pattern* p, PatternContext& pc);
    bool patternHelperStoreName(const std::string& name, PatternContext& pc, ast::Pattern* p);
    bool jumpToFailPop(PatternContext& pc, int op);
    void emitAndResetFailPop(PatternContext& pc);
    void ensureFailPop(PatternContext& pc, int n);
    bool patternUnpackHelper(const std::vector<ast::Pattern*>& patterns);
    bool patternHelperSequenceUnpack(const std::vector<ast::Pattern*>& patterns, int star,
                                     PatternContext& pc);
    bool patternHelperSequenceSubscr(const std::vector<ast::Pattern*>& patterns, int star,
                                     PatternContext& pc);
    bool patternSubpattern(ast::Pattern* p, PatternContext& pc);
    bool patternHelperRotate(int count);

    std::string_view source_;
    Object* filename_;
    int flags_;
    int optimize_;
    bool interactive_ = false;
    std::vector<ast::Stmt*> futureStmts_;
    bool futureAnnotations_ = false;
    SymTable symtable_;
    std::vector<std::unique_ptr<Unit>> units_;
    std::vector<std::vector<FBlock>> fblockStack_;
    Unit* u_ = nullptr;
    bool failed_ = false;
};

// Raises SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) with
// 1-based offsets computed from 0-based byte columns. `type` is the exception type.
void raiseSyntaxError(Type* type, const std::string& msg, Object* filename,
                      std::string_view source, int lineno, int col, int endLineno, int endCol,
                      bool withText);

}  // namespace krait::compiler
