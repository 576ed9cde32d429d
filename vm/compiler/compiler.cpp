// Code generation: AST -> per-scope control-flow graphs (Unit), assembled by assemble.cpp.
// The instruction sequences follow CPython 3.11's compile.c (same evaluation order, same
// exception-handling layout with SETUP_*/POP_BLOCK pseudo instructions, same frame-block
// unwinding for return/break/continue through finally and with blocks), adapted to Krait's
// instruction set (absolute jumps, no PRECALL, RETURN_CONST).
#include "compiler/compiler.h"
#include "compiler/ast_bridge.h"

#include <algorithm>
#include <cassert>
#include <cctype>
#include <cstring>

#include "bytecode/code.h"
#include "compiler/codegen.h"
#include "core/abstract.h"
#include "core/errors.h"
#include "core/types.h"
#include "interp/import.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parser/parser.h"
#include "parser/tokenizer.h"

namespace krait {

namespace compiler {

using namespace krait::ast;

namespace {

constexpr int kStackUseGuideline = 30;
constexpr int kMaxBlocks = 20;

std::string constKey(Object* o) {
    if (o == none()) return "N";
    if (o == trueObj()) return "T";
    if (o == falseObj()) return "F";
    if (o == ellipsis()) return "E";
    char buf[64];
    if (o->type == &IntType && intIsSmall(o))
        return "i" + std::to_string(asInt(o)->value);
    if (o->type == &FloatType) {
        double d = floatValue(o);
        uint64_t bits;
        std::memcpy(&bits, &d, 8);
        std::snprintf(buf, sizeof buf, "f%llx", static_cast<unsigned long long>(bits));
        return buf;
    }
    if (o->type == &ComplexType) {
        auto* c = reinterpret_cast<ComplexObject*>(o);
        uint64_t a, b;
        std::memcpy(&a, &c->real, 8);
        std::memcpy(&b, &c->imag, 8);
        std::snprintf(buf, sizeof buf, "c%llx:%llx", static_cast<unsigned long long>(a),
                      static_cast<unsigned long long>(b));
        return buf;
    }
    if (o->type == &StrType) return "s" + std::string(strView(o));
    if (o->type == &BytesType) return "b" + std::string(bytesView(o));
    if (o->type == &TupleType) {
        std::string k = "t(";
        for (ssize i = 0; i < tupleSize(o); ++i) {
            std::string sub = constKey(tupleItem(o, i));
            k += std::to_string(sub.size()) + ":" + sub;
        }
        return k + ")";
    }
    std::snprintf(buf, sizeof buf, "p%p", static_cast<void*>(o));
    return buf;
}

bool isDocstring(Stmt* s) {
    if (s->kind != StmtKind::Expr) return false;
    Expr* v = static_cast<ExprStmt*>(s)->value;
    return v->kind == ExprKind::Constant &&
           static_cast<Constant*>(v)->value.kind == ConstantKind::Str;
}

bool findAnn(const std::vector<Stmt*>& stmts);

bool findAnnHandlers(const std::vector<ExceptHandler*>& hs) {
    for (ExceptHandler* h : hs)
        if (findAnn(h->body)) return true;
    return false;
}

bool findAnn(const std::vector<Stmt*>& stmts) {
    for (Stmt* s : stmts) {
        switch (s->kind) {
        case StmtKind::AnnAssign: return true;
        case StmtKind::For: {
            auto* f = static_cast<For*>(s);
            if (findAnn(f->body) || findAnn(f->orelse)) return true;
            break;
        }
        case StmtKind::AsyncFor: {
            auto* f = static_cast<AsyncFor*>(s);
            if (findAnn(f->body) || findAnn(f->orelse)) return true;
            break;
        }
        case StmtKind::While: {
            auto* f = static_cast<While*>(s);
            if (findAnn(f->body) || findAnn(f->orelse)) return true;
            break;
        }
        case StmtKind::If: {
            auto* f = static_cast<If*>(s);
            if (findAnn(f->body) || findAnn(f->orelse)) return true;
            break;
        }
        case StmtKind::With:
            if (findAnn(static_cast<With*>(s)->body)) return true;
            break;
        case StmtKind::AsyncWith:
            if (findAnn(static_cast<AsyncWith*>(s)->body)) return true;
            break;
        case StmtKind::Try: {
            auto* t = static_cast<Try*>(s);
            if (findAnn(t->body) || findAnn(t->finalbody) || findAnn(t->orelse) ||
                findAnnHandlers(t->handlers))
                return true;
            break;
        }
        case StmtKind::TryStar: {
            auto* t = static_cast<TryStar*>(s);
            if (findAnn(t->body) || findAnn(t->finalbody) || findAnn(t->orelse) ||
                findAnnHandlers(t->handlers))
                return true;
            break;
        }
        case StmtKind::Match:
            for (MatchCase* c : static_cast<Match*>(s)->cases)
                if (findAnn(c->body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

int binOpArg(Operator op, bool inplace) {
    krait::BinOp b = krait::BinOp::Add;
    switch (op) {
    case Operator::Add: b = krait::BinOp::Add; break;
    case Operator::Sub: b = krait::BinOp::Subtract; break;
    case Operator::Mult: b = krait::BinOp::Multiply; break;
    case Operator::MatMult: b = krait::BinOp::MatrixMultiply; break;
    case Operator::Div: b = krait::BinOp::TrueDivide; break;
    case Operator::Mod: b = krait::BinOp::Remainder; break;
    case Operator::Pow: b = krait::BinOp::Power; break;
    case Operator::LShift: b = krait::BinOp::Lshift; break;
    case Operator::RShift: b = krait::BinOp::Rshift; break;
    case Operator::BitOr: b = krait::BinOp::Or; break;
    case Operator::BitXor: b = krait::BinOp::Xor; break;
    case Operator::BitAnd: b = krait::BinOp::And; break;
    case Operator::FloorDiv: b = krait::BinOp::FloorDivide; break;
    }
    return int(b) + (inplace ? 13 : 0);
}

// Returns the 0-based byte offset where line `lineno` (1-based) starts, or npos.
size_t lineStart(std::string_view src, int lineno) {
    size_t pos = 0;
    for (int l = 1; l < lineno; ++l) {
        size_t nl = src.find('\n', pos);
        if (nl == std::string_view::npos) return std::string_view::npos;
        pos = nl + 1;
    }
    return pos;
}

}  // namespace

void raiseSyntaxError(Type* type, const std::string& msg, Object* filename,
                      std::string_view source, int lineno, int col, int endLineno, int endCol,
                      bool withText) {
    Ref<> text;
    if (withText && lineno > 0) {
        size_t start = lineStart(source, lineno);
        if (start != std::string_view::npos) {
            size_t end = source.find('\n', start);
            end = end == std::string_view::npos ? source.size() : end + 1;
            text = Ref<>::steal(strFromUtf8(source.substr(start, end - start)));
            if (!text) clearError();
        }
    }
    Ref<> m = Ref<>::steal(strFromUtf8(msg));
    Ref<> ln = Ref<>::steal(intFromInt64(lineno));
    Ref<> off = Ref<>::steal(intFromInt64(col + 1));
    Ref<> eln = Ref<>::steal(intFromInt64(endLineno));
    // endCol < -1 means "no end offset" (None), as CPython's future-import errors.
    Ref<> eoff = endCol < -1 ? Ref<>::borrow(none()) : Ref<>::steal(intFromInt64(endCol + 1));
    if (!m || !ln || !off || !eln || !eoff) return;
    Ref<> loc = Ref<>::steal(tuplePack({filename ? filename : none(), ln.get(), off.get(),
                                        text ? text.get() : none(), eln.get(), eoff.get()}));
    if (!loc) return;
    Ref<> args = Ref<>::steal(tuplePack({m.get(), loc.get()}));
    if (!args) return;
    setErrorObject(type, args.get());
}

// ---------------------------------------------------------------------------------------------
// Infrastructure

bool CodeGen::errorAt(const std::string& msg, int line, int col, int endLine, int endCol) {
    if (failed_) return false;
    failed_ = true;
    bool withText = true;
    if (filename_ && isStr(filename_)) {
        std::string_view fn = strView(filename_);
        if (!fn.empty() && fn[0] == '<') withText = false;
    }
    raiseSyntaxError(&ExcSyntaxError, msg, filename_, source_, line, col, endLine, endCol,
                     withText);
    return false;
}

bool CodeGen::warn(const std::string& msg, const ast::Located* n) {
    if (failed_) return false;
    int line = n ? n->lineno : (u_ ? u_->loc.line : -1);
    Object* saved = fetchError();
    Ref<> warnings = Ref<>::steal(importModule("warnings"));
    Ref<> fn = warnings ? Ref<>::steal(getAttr(warnings.get(), "warn_explicit")) : Ref<>();
    Ref<> text = Ref<>::steal(strFromUtf8(msg));
    Ref<> lineno = Ref<>::steal(intFromInt64(line));
    if (!fn || !text || !lineno) {
        // No warnings module (e.g. no Lib): the warning cannot be shown; compile on.
        clearError();
        restoreError(saved);
        return true;
    }
    Object* args[4] = {text.get(), asObject(&ExcSyntaxWarning),
                       filename_ ? filename_ : none(), lineno.get()};
    Ref<> r = Ref<>::steal(call(fn.get(), args, 4));
    if (r) {
        restoreError(saved);
        return true;
    }
    if (saved) decref(saved);
    if (!errMatches(&ExcSyntaxWarning)) {
        failed_ = true;
        return false;
    }
    // "error" filter: report a SyntaxError at the node instead.
    clearError();
    if (n) return errorAt(msg, n->lineno, n->colOffset, n->endLineno, n->endColOffset);
    return error(msg);
}

std::string CodeGen::literalTypeName(ast::Expr* e) {
    switch (e->kind) {
    case ExprKind::List:
    case ExprKind::ListComp: return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp: return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp: return "set";
    case ExprKind::GeneratorExp: return "generator";
    case ExprKind::Lambda: return "function";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "str";
    case ExprKind::Tuple:
    case ExprKind::Constant:
    case ExprKind::UnaryOp:
    case ExprKind::BinOp: {
        // CPython checks after constant folding: fold as its AST optimizer would.
        Ref<> v = foldConstant(e);
        if (v) return v.get()->type->name;
        if (errOccurred()) clearError();
        return e->kind == ExprKind::Tuple ? "tuple" : "";
    }
    default: return "";
    }
}

bool CodeGen::checkCompare(Compare* e) {
    auto isLiteral = [this](Expr* x) {
        if (x->kind != ExprKind::Constant && x->kind != ExprKind::Tuple &&
            x->kind != ExprKind::UnaryOp && x->kind != ExprKind::BinOp)
            return false;
        Ref<> v = foldConstant(x);
        if (!v) {
            if (errOccurred()) clearError();
            return false;
        }
        Object* o = v.get();
        return !(isNone(o) || o == ellipsis() || isBool(o));
    };
    Expr* left = e->left;
    for (size_t i = 0; i < e->ops.size(); ++i) {
        CmpOp op = e->ops[i];
        Expr* right = e->comparators[i];
        if ((op == CmpOp::Is || op == CmpOp::IsNot) && (isLiteral(left) || isLiteral(right))) {
            // Only the first offending operator of a chain is reported, as in CPython.
            return warn(op == CmpOp::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                        : "\"is not\" with a literal. Did you mean \"!=\"?",
                        e);
        }
        left = right;
    }
    return true;
}

bool CodeGen::checkCaller(Expr* func) {
    switch (func->kind) {
    case ExprKind::Constant: case ExprKind::Tuple: case ExprKind::List:
    case ExprKind::ListComp: case ExprKind::Dict: case ExprKind::DictComp: case ExprKind::Set:
    case ExprKind::SetComp: case ExprKind::GeneratorExp: case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
        break;
    case ExprKind::UnaryOp:
    case ExprKind::BinOp: {
        // Only when folding makes it a constant.
        Ref<> v = foldConstant(func);
        if (!v) {
            if (errOccurred()) clearError();
            return true;
        }
        break;
    }
    default: return true;
    }
    return warn("'" + literalTypeName(func) + "' object is not callable; perhaps you missed a comma?",
                func);
}

bool CodeGen::checkSubscript(Subscript* e) {
    Expr* value = e->value;
    std::string valueType;
    bool notSubscriptable = false;
    switch (value->kind) {
    case ExprKind::Set: case ExprKind::SetComp: case ExprKind::GeneratorExp:
    case ExprKind::Lambda:
        notSubscriptable = true;
        break;
    case ExprKind::Constant: case ExprKind::UnaryOp: case ExprKind::BinOp: {
        valueType = literalTypeName(value);
        notSubscriptable = valueType == "NoneType" || valueType == "ellipsis" ||
                           valueType == "int" || valueType == "bool" || valueType == "float" ||
                           valueType == "complex" || valueType == "frozenset";
        break;
    }
    default: break;
    }
    if (notSubscriptable) {
        if (valueType.empty()) valueType = literalTypeName(value);
        if (!warn("'" + valueType + "' object is not subscriptable; perhaps you missed a comma?",
                  e))
            return false;
    }
    std::string indexType = literalTypeName(e->slice);
    if (indexType.empty() || indexType == "int" || indexType == "bool") return true;
    switch (value->kind) {
    case ExprKind::Tuple: case ExprKind::List: case ExprKind::ListComp:
    case ExprKind::JoinedStr: case ExprKind::FormattedValue:
        break;
    case ExprKind::Constant: case ExprKind::UnaryOp: case ExprKind::BinOp: {
        std::string t = literalTypeName(value);
        if (t != "str" && t != "bytes" && t != "tuple") return true;
        break;
    }
    default: return true;
    }
    return warn(literalTypeName(value) + " indices must be integers or slices, not " + indexType +
                    "; perhaps you missed a comma?",
                e);
}

bool CodeGen::error(const std::string& msg) {
    Loc l = u_ ? u_->loc : Loc{};
    return errorAt(msg, l.line, l.col, l.endLine, l.endCol);
}

int CodeGen::newBlock() {
    u_->blocks.emplace_back();
    return int(u_->blocks.size()) - 1;
}

void CodeGen::useBlock(int b) {
    assert(!u_->blocks[size_t(b)].placed);
    u_->blocks[size_t(b)].placed = true;
    u_->layout.push_back(b);
    u_->cur = b;
}

static void addInstr(CodeGen& g, int op, int arg, int target) {
    Unit* u = g.u_;
    Block* b = &u->blocks[size_t(u->cur)];
    if (!b->instrs.empty()) {
        int last = b->instrs.back().op;
        if (isJumpOp(last) || isUncondJumpOrExit(last)) {
            g.useBlock(g.newBlock());
            b = &u->blocks[size_t(u->cur)];
        }
    }
    b->instrs.push_back(Instr{op, arg, target, u->loc, -1});
}

void CodeGen::emit(Op op, int arg) { addInstr(*this, int(op), arg, -1); }
void CodeGen::emitJump(int op, int target) { addInstr(*this, op, 0, target); }
void CodeGen::emitSetup(int op, int target) { addInstr(*this, op, 0, target); }
void CodeGen::emitPseudo(int op) { addInstr(*this, op, 0, -1); }

int CodeGen::addConst(Ref<> value) {
    std::string key = constKey(value.get());
    auto it = u_->constIdx.find(key);
    if (it != u_->constIdx.end()) return it->second;
    int idx = int(u_->consts.size());
    u_->consts.push_back(std::move(value));
    u_->constIdx.emplace(std::move(key), idx);
    return idx;
}

void CodeGen::loadNone() { loadConst(Ref<>::borrow(none())); }

std::string CodeGen::mangle(const std::string& name) const {
    return mangleName(u_->privateName, name);
}

int CodeGen::addName(const std::string& name) {
    std::string mangled = mangle(name);
    auto it = u_->nameIdx.find(mangled);
    if (it != u_->nameIdx.end()) return it->second;
    int idx = int(u_->names.size());
    u_->names.push_back(mangled);
    u_->nameIdx.emplace(mangled, idx);
    return idx;
}

bool CodeGen::pushFBlock(FBlockType t, int block, int exit, const void* datum) {
    if (fblocks().size() >= size_t(kMaxBlocks)) return error("too many statically nested blocks");
    fblocks().push_back(FBlock{t, block, exit, datum});
    return true;
}

bool CodeGen::enterScope(const std::string& name, UnitKind kind, const void* key, int lineno) {
    auto owned = std::make_unique<Unit>();
    Unit* u = owned.get();
    u->ste = symtable_.lookup(key);
    if (u->ste == nullptr) return error("internal compiler error: no symbol table entry");
    u->kind = kind;
    u->name = name;
    u->firstLineNo = lineno;
    Unit* parent = u_;
    if (kind == UnitKind::Class) u->privateName = name;
    else if (parent) u->privateName = parent->privateName;
    Scope* ste = u->ste;
    // localsplus layout
    if (ste->type == BlockType::Function) {
        for (const std::string& p : ste->varnames) {
            if (u->fastIdx.count(p)) continue;
            u->fastIdx[p] = int(u->localsplus.size());
            u->localsplus.push_back(p);
            u->kinds.push_back(kLocal | kArgument);
        }
        for (const std::string& n : ste->order) {
            const Symbol& sym = ste->symbols.at(n);
            if (sym.scope != ScopeKind::Local || (sym.flags & kDefParam)) continue;
            if (u->fastIdx.count(n)) continue;
            u->fastIdx[n] = int(u->localsplus.size());
            u->localsplus.push_back(n);
            u->kinds.push_back(kLocal);
        }
    }
    u->nlocals = int(u->localsplus.size());
    std::vector<std::string> cells, frees;
    for (const auto& [n, sym] : ste->symbols) {
        if (sym.scope == ScopeKind::Cell) cells.push_back(n);
        if (sym.scope == ScopeKind::Free ||
            (ste->type == BlockType::Class && (sym.flags & kDefFreeClass)))
            frees.push_back(n);
    }
    std::sort(cells.begin(), cells.end());
    std::sort(frees.begin(), frees.end());
    if (ste->type == BlockType::Class && ste->needsClassClosure) {
        cells.insert(cells.begin(), "__class__");
    }
    std::vector<int> makeCells;
    for (const std::string& c : cells) {
        auto it = u->fastIdx.find(c);
        if (it != u->fastIdx.end()) {
            u->cellIdx[c] = it->second;
            u->kinds[size_t(it->second)] |= kCell;
        } else {
            u->cellIdx[c] = int(u->localsplus.size());
            u->localsplus.push_back(c);
            u->kinds.push_back(kCell);
        }
        makeCells.push_back(u->cellIdx[c]);
    }
    u->ncells = int(cells.size());
    for (const std::string& f : frees) {
        u->freeIdx[f] = int(u->localsplus.size());
        u->localsplus.push_back(f);
        u->kinds.push_back(kFree);
    }
    u->nfrees = int(frees.size());
    // flags
    uint32_t fl = 0;
    if (ste->type == BlockType::Function) {
        fl |= kCoOptimized | kCoNewLocals;
        if (ste->nested) fl |= kCoNested;
        if (ste->generator && !ste->coroutine) fl |= kCoGenerator;
        if (!ste->generator && ste->coroutine) fl |= kCoCoroutine;
        if (ste->generator && ste->coroutine) fl |= kCoAsyncGenerator;
        if (ste->varargs) fl |= kCoVarargs;
        if (ste->varkeywords) fl |= kCoVarkeywords;
    }
    fl |= uint32_t(flags_) & (kCoFutureDivision | kCoFutureAbsoluteImport |
                              kCoFutureWithStatement | kCoFuturePrintFunction |
                              kCoFutureUnicodeLiterals | kCoFutureBarryAsBdfl |
                              kCoFutureGeneratorStop | kCoFutureAnnotations);
    if (futureAnnotations_) fl |= kCoFutureAnnotations;
    u->flags = fl;
    // qualname
    if (kind == UnitKind::Module) {
        u->qualname = name;
    } else {
        bool forceGlobal = false;
        if (kind == UnitKind::Function || kind == UnitKind::AsyncFunction ||
            kind == UnitKind::Class) {
            std::string mangled = mangleName(parent->privateName, name);
            if (parent->ste->scopeOf(mangled) == ScopeKind::GlobalExplicit) forceGlobal = true;
        }
        std::string base;
        if (!forceGlobal && parent->kind != UnitKind::Module) {
            if (parent->kind == UnitKind::Function || parent->kind == UnitKind::AsyncFunction ||
                parent->kind == UnitKind::Lambda)
                base = parent->qualname + ".<locals>";
            else
                base = parent->qualname;
        }
        u->qualname = base.empty() ? name : base + "." + name;
    }
    units_.push_back(std::move(owned));
    fblockStack_.emplace_back();
    u_ = u;
    useBlock(newBlock());
    // Prefix: closure cells, generator creation, RESUME.
    u->loc = Loc{lineno, lineno, -1, -1};
    if (u->nfrees) emit(Op::COPY_FREE_VARS, u->nfrees);
    for (int idx : makeCells) emit(Op::MAKE_CELL, idx);
    if (fl & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) {
        emit(Op::RETURN_GENERATOR);
        emit(Op::POP_TOP);
    }
    if (kind == UnitKind::Module) u->loc = Loc{0, 0, -1, -1};
    emit(Op::RESUME, 0);
    u->loc = Loc{lineno, lineno, -1, -1};
    return true;
}

Object* CodeGen::exitScope() {
    Unit* u = u_;
    Object* code = failed_ ? nullptr : assembleUnit(*u, filename_);
    if (!code && !failed_) failed_ = true;
    units_.pop_back();
    fblockStack_.pop_back();
    u_ = units_.empty() ? nullptr : units_.back().get();
    return code;
}

bool CodeGen::isTopLevelAwait() const {
    return (flags_ & kPyCfAllowTopLevelAwait) && u_->ste->type == BlockType::Module;
}

bool CodeGen::forbiddenName(const std::string& name, ExprContext ctx) {
    if (ctx == ExprContext::Store && name == "__debug__")
        return error("cannot assign to __debug__");
    if (ctx == ExprContext::Del && name == "__debug__") return error("cannot delete __debug__");
    return true;
}

// ---------------------------------------------------------------------------------------------
// Constants

Ref<> CodeGen::constantValue(const ConstantValue& v) {
    switch (v.kind) {
    case ConstantKind::None: return Ref<>::borrow(none());
    case ConstantKind::True: return Ref<>::borrow(trueObj());
    case ConstantKind::False: return Ref<>::borrow(falseObj());
    case ConstantKind::Ellipsis: return Ref<>::borrow(ellipsis());
    case ConstantKind::Int: return Ref<>::steal(intFromString(v.str, v.base));
    case ConstantKind::Float: return Ref<>::steal(floatFromDouble(v.real));
    case ConstantKind::Complex: return Ref<>::steal(complexFromDoubles(0.0, v.imag));
    case ConstantKind::Str: {
        // As CPython, constants made only of ASCII letters, digits and '_' are interned.
        Object* s = strFromUtf8(v.str);
        bool nameChars = true;
        for (unsigned char c : v.str) {
            if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                  (c >= 'A' && c <= 'Z'))) {
                nameChars = false;
                break;
            }
        }
        if (s && nameChars) {
            if (!strIsInterned(v.str)) constInterned_.insert(v.str);
            strInternInPlace(&s);
        }
        return Ref<>::steal(s);
    }
    case ConstantKind::Bytes: return Ref<>::steal(bytesFromStd(v.str));
    }
    return Ref<>::borrow(none());
}

static bool isNumberConst(Object* o) {
    return o->type == &IntType || o->type == &BoolType || o->type == &FloatType ||
           o->type == &ComplexType;
}

Ref<> CodeGen::foldConstant(Expr* e) {
    switch (e->kind) {
    case ExprKind::Constant: {
        Ref<> v = constantValue(static_cast<Constant*>(e)->value);
        if (!v) clearError();
        return v;
    }
    case ExprKind::Name: {
        auto* n = static_cast<Name*>(e);
        if (n->ctx == ExprContext::Load && n->id == "__debug__")
            return Ref<>::borrow(optimize_ ? falseObj() : trueObj());
        return nullptr;
    }
    case ExprKind::UnaryOp: {
        auto* u = static_cast<UnaryOp*>(e);
        Ref<> v = foldConstant(u->operand);
        if (!v) return nullptr;
        Ref<> r;
        switch (u->op) {
        case UnaryOperator::USub:
            if (!isNumberConst(v.get())) return nullptr;
            r = Ref<>::steal(negative(v.get()));
            break;
        case UnaryOperator::UAdd:
            if (!isNumberConst(v.get())) return nullptr;
            r = Ref<>::steal(positive(v.get()));
            break;
        case UnaryOperator::Invert:
            if (v->type != &IntType && v->type != &BoolType) return nullptr;
            r = Ref<>::steal(invert(v.get()));
            break;
        case UnaryOperator::Not: {
            int t = isTrue(v.get());
            if (t < 0) {
                clearError();
                return nullptr;
            }
            r = Ref<>::borrow(t ? falseObj() : trueObj());
            break;
        }
        }
        if (!r) clearError();
        return r;
    }
    case ExprKind::BinOp: {
        auto* b = static_cast<ast::BinOp*>(e);
        if (b->op == Operator::MatMult) return nullptr;
        Ref<> l = foldConstant(b->left);
        if (!l) return nullptr;
        Ref<> r = foldConstant(b->right);
        if (!r) return nullptr;
        bool lInt = l->type == &IntType || l->type == &BoolType;
        bool rInt = r->type == &IntType || r->type == &BoolType;
        if (isNumberConst(l.get()) && isNumberConst(r.get())) {
            // Limit the size of int results like CPython's safe_* helpers.
            if (lInt && rInt) {
                if (!intIsSmall(l.get()) || !intIsSmall(r.get())) return nullptr;
                int64_t rv = asInt(r.get())->value;
                if (b->op == Operator::Pow && (rv < 0 || rv > 128)) {
                    if (rv < 0) {
                        // float result: fine
                    } else {
                        return nullptr;
                    }
                }
                if ((b->op == Operator::LShift) && (rv < 0 || rv > 128)) return nullptr;
            } else if (b->op == Operator::Pow) {
                return nullptr;
            }
        } else if (l->type == &StrType && r->type == &StrType && b->op == Operator::Add) {
            if (strLength(l.get()) + strLength(r.get()) > 4096) return nullptr;
        } else {
            return nullptr;
        }
        Ref<> res = Ref<>::steal(binaryOp(l.get(), r.get(), krait::BinOp(binOpArg(b->op, false))));
        if (!res) clearError();
        return res;
    }
    case ExprKind::Tuple: {
        auto* t = static_cast<Tuple*>(e);
        if (t->ctx != ExprContext::Load) return nullptr;
        std::vector<Ref<>> items;
        for (Expr* x : t->elts) {
            if (x->kind == ExprKind::Starred) return nullptr;
            Ref<> v = foldConstant(x);
            if (!v) return nullptr;
            items.push_back(std::move(v));
        }
        Ref<> tup = Ref<>::steal(tupleNew(ssize(items.size())));
        if (!tup) {
            clearError();
            return nullptr;
        }
        for (size_t i = 0; i < items.size(); ++i)
            tupleSetItemSteal(tup.get(), ssize(i), items[i].release());
        return tup;
    }
    default: return nullptr;
    }
}

// A frozenset constant from a tuple of constants, laid out as CPython 3.11's compiler leaves it
// (its iteration order is the table's): built from the tuple (fold_iter / starunpack_helper),
// rebuilt from its own iteration order by merge_consts_recursive, and rebuilt once more when
// code-object creation's intern_string_constants replaces an item by an equal interned string
// that is another object: an identifier-like str (ASCII letters, digits, '_'; length 0 or 1 are
// the interned singletons themselves) that something other than this module's constants had
// interned already (start-up, another module, an identifier of this module). Krait's intern
// table stands in for CPython's start-up set: such an item is interned but was not first
// interned by this compilation's constants.
Ref<> CodeGen::constFrozenSet(Object* tuple) {
    Ref<> fs = Ref<>::steal(frozenSetNew(tuple));
    if (!fs) return fs;
    bool interns = false;
    for (ssize i = 0; i < tupleSize(tuple); ++i) {
        Object* x = tupleItem(tuple, i);
        if (!isStrExact(x) || strLength(x) < 2) continue;
        std::string_view v = strView(x);
        bool nameChars = true;
        for (char ch : v) {
            unsigned char c = static_cast<unsigned char>(ch);
            if (!(c < 0x80 && (std::isalnum(c) || c == '_'))) {
                nameChars = false;
                break;
            }
        }
        std::string key(v);
        if (nameChars && (moduleIdentifiers_.count(key) ||
                          (strIsInterned(v) && !constInterned_.count(key))))
            interns = true;
    }
    for (int round = 0; round < (interns ? 2 : 1); ++round) {
        Ref<> items = Ref<>::steal(sequenceTuple(fs.get()));
        if (!items) return Ref<>();
        fs = Ref<>::steal(frozenSetNew(items.get()));
        if (!fs) return fs;
    }
    return fs;
}

// CPython's fold_iter: a list display of constants used as `in` operand or iterated by
// `for` becomes a constant tuple; a set display becomes a frozenset (`in` only).
Ref<> CodeGen::foldIterable(Expr* e, bool allowSet) {
    const std::vector<Expr*>* elts = nullptr;
    if (e->kind == ExprKind::List && static_cast<List*>(e)->ctx == ExprContext::Load)
        elts = &static_cast<List*>(e)->elts;
    else if (allowSet && e->kind == ExprKind::Set)
        elts = &static_cast<Set*>(e)->elts;
    if (!elts) return nullptr;
    std::vector<Ref<>> vals;
    for (Expr* x : *elts) {
        if (x->kind == ExprKind::Starred) return nullptr;
        Ref<> v = foldConstant(x);
        if (!v) return nullptr;
        vals.push_back(std::move(v));
    }
    Ref<> tup = Ref<>::steal(tupleNew(ssize(vals.size())));
    if (!tup) {
        clearError();
        return nullptr;
    }
    for (size_t i = 0; i < vals.size(); ++i) tupleSetItemSteal(tup.get(), ssize(i), vals[i].release());
    if (e->kind == ExprKind::Set) {
        Ref<> fs = constFrozenSet(tup.get());
        if (!fs) clearError();
        return fs;
    }
    return tup;
}

bool CodeGen::visitComparator(Expr* e, CmpOp op) {
    if (op == CmpOp::In || op == CmpOp::NotIn) {
        Ref<> c = foldIterable(e, true);
        if (c) {
            Loc saved = u_->loc;
            setLoc(e);
            loadConst(std::move(c));
            u_->loc = saved;
            return true;
        }
    }
    return visitExpr(e);
}

bool CodeGen::visitIterable(Expr* e) {
    Ref<> c = foldIterable(e, true);
    if (c) {
        Loc saved = u_->loc;
        setLoc(e);
        loadConst(std::move(c));
        u_->loc = saved;
        return true;
    }
    return visitExpr(e);
}

// ---------------------------------------------------------------------------------------------
// Module

Object* CodeGen::compileModule(Mod* root, CompileMode mode) {
    // __future__ imports at the beginning of a module.
    const std::vector<Stmt*>* body = nullptr;
    if (root->kind == ModKind::Module) body = &static_cast<Module*>(root)->body;
    else if (root->kind == ModKind::Interactive) body = &static_cast<Interactive*>(root)->body;
    std::vector<Stmt*> futureStmts;
    if (body) {
        size_t i = 0;
        if (!body->empty() && isDocstring((*body)[0])) i = 1;
        for (; i < body->size(); ++i) {
            Stmt* s = (*body)[i];
            if (s->kind != StmtKind::ImportFrom) break;
            auto* f = static_cast<ImportFrom*>(s);
            if (f->module != "__future__" || f->level != 0) break;
            futureStmts.push_back(s);
            for (Alias* a : f->names) {
                const std::string& n = a->name;
                if (n == "annotations") {
                    futureAnnotations_ = true;
                } else if (n == "nested_scopes" || n == "generators" || n == "division" ||
                           n == "absolute_import" || n == "with_statement" ||
                           n == "print_function" || n == "unicode_literals" ||
                           n == "generator_stop") {
                } else if (n == "barry_as_FLUFL") {
                } else if (n == "braces") {
                    errorAt("not a chance", s->lineno, s->colOffset, s->lineno, -2);
                    return nullptr;
                } else {
                    errorAt("future feature " + n + " is not defined", s->lineno,
                            s->colOffset, s->lineno, -2);
                    return nullptr;
                }
            }
        }
    }
    if (flags_ & kCoFutureAnnotations) futureAnnotations_ = true;
    futureStmts_ = std::move(futureStmts);

    SymtableError serr;
    if (!symtable_.build(root, futureAnnotations_, serr)) {
        errorAt(serr.msg, serr.loc.lineno, serr.loc.colOffset, serr.loc.endLineno,
                serr.loc.endColOffset);
        return nullptr;
    }
    // The module's identifiers: CPython's parser has interned them all before compiling
    // (constFrozenSet).
    {
        std::vector<Scope*> pending{symtable_.top()};
        while (!pending.empty()) {
            Scope* sc = pending.back();
            pending.pop_back();
            if (!sc) continue;
            moduleIdentifiers_.insert(sc->name);
            for (const auto& entry : sc->symbols) moduleIdentifiers_.insert(entry.first);
            for (Scope* child : sc->children) pending.push_back(child);
        }
    }
    if (!enterScope("<module>", UnitKind::Module, root, 1)) return nullptr;
    switch (mode) {
    case CompileMode::Exec:
        if (root->kind != ModKind::Module) break;
        if (!visitBody(static_cast<Module*>(root)->body, true)) break;
        unsetLoc();
        emit(Op::RETURN_CONST, addConst(Ref<>::borrow(none())));
        break;
    case CompileMode::Single: {
        if (root->kind != ModKind::Interactive) break;
        interactive_ = true;
        auto* m = static_cast<Interactive*>(root);
        if (findAnn(m->body)) emit(Op::SETUP_ANNOTATIONS);
        if (!visitStmts(m->body)) break;
        unsetLoc();
        emit(Op::RETURN_CONST, addConst(Ref<>::borrow(none())));
        break;
    }
    case CompileMode::Eval: {
        if (root->kind != ModKind::Expression) break;
        if (!visitExpr(static_cast<Expression*>(root)->body)) break;
        emit(Op::RETURN_VALUE);
        break;
    }
    }
    return exitScope();
}

bool CodeGen::visitBody(const std::vector<Stmt*>& stmts, bool isModuleOrClass) {
    (void)isModuleOrClass;
    if (u_->kind == UnitKind::Module && !stmts.empty()) setLoc(stmts[0]);
    if (findAnn(stmts)) emit(Op::SETUP_ANNOTATIONS);
    if (stmts.empty()) return true;
    size_t i = 0;
    if (optimize_ < 2 && isDocstring(stmts[0])) {
        i = 1;
        setLoc(stmts[0]);
        if (!visitExpr(static_cast<ExprStmt*>(stmts[0])->value)) return false;
        if (!nameOp("__doc__", ExprContext::Store)) return false;
    }
    for (; i < stmts.size(); ++i)
        if (!visitStmt(stmts[i])) return false;
    return true;
}

bool CodeGen::visitStmts(const std::vector<Stmt*>& stmts) {
    for (Stmt* s : stmts)
        if (!visitStmt(s)) return false;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Statements

bool CodeGen::visitStmt(Stmt* s) {
    setLoc(s);
    switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: return compileFunctionDef(s);
    case StmtKind::ClassDef: return compileClassDef(static_cast<ClassDef*>(s));
    case StmtKind::Return: return compileReturn(static_cast<Return*>(s));
    case StmtKind::Delete:
        for (Expr* t : static_cast<Delete*>(s)->targets)
            if (!visitExpr(t)) return false;
        return true;
    case StmtKind::Assign: {
        auto* a = static_cast<Assign*>(s);
        if (!visitExpr(a->value)) return false;
        for (size_t i = 0; i < a->targets.size(); ++i) {
            if (i + 1 < a->targets.size()) emit(Op::COPY, 1);
            if (!visitExpr(a->targets[i])) return false;
        }
        return true;
    }
    case StmtKind::AugAssign: return compileAugAssign(static_cast<AugAssign*>(s));
    case StmtKind::AnnAssign: return compileAnnAssign(static_cast<AnnAssign*>(s));
    case StmtKind::For: return compileFor(static_cast<For*>(s));
    case StmtKind::AsyncFor: return compileAsyncFor(static_cast<AsyncFor*>(s));
    case StmtKind::While: return compileWhile(static_cast<While*>(s));
    case StmtKind::If: return compileIf(static_cast<If*>(s));
    case StmtKind::With: {
        auto* w = static_cast<With*>(s);
        return compileWith(s, w->items, w->body, 0, false);
    }
    case StmtKind::AsyncWith: {
        auto* w = static_cast<AsyncWith*>(s);
        if (isTopLevelAwait()) {
            u_->ste->coroutine = true;
        } else if (u_->kind != UnitKind::AsyncFunction) {
            return error("'async with' outside async function");
        }
        return compileWith(s, w->items, w->body, 0, true);
    }
    case StmtKind::Match: return compileMatch(static_cast<Match*>(s));
    case StmtKind::Raise: {
        auto* r = static_cast<Raise*>(s);
        int n = 0;
        if (r->exc) {
            if (!visitExpr(r->exc)) return false;
            ++n;
            if (r->cause) {
                if (!visitExpr(r->cause)) return false;
                ++n;
            }
        }
        setLoc(s);
        emit(Op::RAISE_VARARGS, n);
        return true;
    }
    case StmtKind::Try:
    case StmtKind::TryStar: return compileTry(s);
    case StmtKind::Assert: return compileAssert(static_cast<Assert*>(s));
    case StmtKind::Import: return compileImport(static_cast<Import*>(s));
    case StmtKind::ImportFrom: return compileImportFrom(static_cast<ImportFrom*>(s));
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
        emit(Op::NOP);
        return true;
    case StmtKind::Expr: {
        Expr* v = static_cast<ExprStmt*>(s)->value;
        if (interactive_ && units_.size() <= 1) {
            if (!visitExpr(v)) return false;
            emit(Op::PRINT_EXPR);
            return true;
        }
        if (v->kind == ExprKind::Constant) {
            emit(Op::NOP);
            return true;
        }
        if (!visitExpr(v)) return false;
        setLoc(s);
        emit(Op::POP_TOP);
        return true;
    }
    case StmtKind::Break: return compileBreakContinue(true);
    case StmtKind::Continue: return compileBreakContinue(false);
    }
    return true;
}

bool CodeGen::defaultArguments(Arguments* args, int* flags) {
    if (!args->defaults.empty()) {
        for (Expr* d : args->defaults)
            if (!visitExpr(d)) return false;
        emit(Op::BUILD_TUPLE, int(args->defaults.size()));
        *flags |= 1;
    }
    int count = 0;
    std::vector<Ref<>> keys;
    for (size_t i = 0; i < args->kwonlyargs.size(); ++i) {
        Expr* d = i < args->kwDefaults.size() ? args->kwDefaults[i] : nullptr;
        if (!d) continue;
        Ref<> key = Ref<>::steal(strFromUtf8(mangle(args->kwonlyargs[i]->arg)));
        if (!key) return false;
        keys.push_back(std::move(key));
        if (!visitExpr(d)) return false;
        ++count;
    }
    if (count) {
        Ref<> tup = Ref<>::steal(tupleNew(count));
        if (!tup) return false;
        for (int i = 0; i < count; ++i) tupleSetItemSteal(tup.get(), i, keys[size_t(i)].release());
        loadConst(std::move(tup));
        emit(Op::BUILD_CONST_KEY_MAP, count);
        *flags |= 2;
    }
    return true;
}

bool CodeGen::visitAnnExpr(Expr* e) {
    // Under `from __future__ import annotations` the annotation is its source text.
    size_t start = lineStart(source_, e->lineno);
    size_t end = lineStart(source_, e->endLineno);
    std::string text;
    if (start != std::string_view::npos && end != std::string_view::npos) {
        size_t a = start + size_t(e->colOffset), b = end + size_t(e->endColOffset);
        if (a <= b && b <= source_.size()) text = std::string(source_.substr(a, b - a));
    }
    // Normalise line continuations inside the annotation.
    std::string clean;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '\n') {
            ++i;
            continue;
        }
        if (text[i] == '\n') {
            clean += ' ';
            while (i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\t')) ++i;
            continue;
        }
        clean += text[i];
    }
    Ref<> s = Ref<>::steal(strFromUtf8(clean));
    if (!s) return false;
    loadConst(std::move(s));
    return true;
}

bool CodeGen::argAnnotation(const std::string& name, Expr* ann, int* count) {
    if (!ann) return true;
    Ref<> key = Ref<>::steal(strFromUtf8(mangle(name)));
    if (!key) return false;
    loadConst(std::move(key));
    if (futureAnnotations_) {
        if (!visitAnnExpr(ann)) return false;
    } else if (ann->kind == ExprKind::Starred) {
        if (!visitExpr(static_cast<Starred*>(ann)->value)) return false;
        emit(Op::UNPACK_SEQUENCE, 1);
    } else {
        if (!visitExpr(ann)) return false;
    }
    ++*count;
    return true;
}

bool CodeGen::annotations(Arguments* args, Expr* returns, int* flags) {
    int count = 0;
    for (Arg* a : args->args)
        if (!argAnnotation(a->arg, a->annotation, &count)) return false;
    for (Arg* a : args->posonlyargs)
        if (!argAnnotation(a->arg, a->annotation, &count)) return false;
    if (args->vararg && !argAnnotation(args->vararg->arg, args->vararg->annotation, &count))
        return false;
    for (Arg* a : args->kwonlyargs)
        if (!argAnnotation(a->arg, a->annotation, &count)) return false;
    if (args->kwarg && !argAnnotation(args->kwarg->arg, args->kwarg->annotation, &count))
        return false;
    if (!argAnnotation("return", returns, &count)) return false;
    if (count) {
        emit(Op::BUILD_TUPLE, count * 2);
        *flags |= 4;
    }
    return true;
}

void CodeGen::makeClosure(Object* code, int flags) {
    CodeObject* co = asCode(code);
    if (co->nFrees > 0) {
        for (int i = co->nLocalsPlus - co->nFrees; i < co->nLocalsPlus; ++i) {
            std::string name(strView(tupleItem(co->localsPlusNames, i)));
            int idx = -1;
            auto ci = u_->cellIdx.find(name);
            auto fi = u_->freeIdx.find(name);
            bool isCellHere = ci != u_->cellIdx.end() &&
                              (u_->ste->scopeOf(name) == ScopeKind::Cell ||
                               (u_->kind == UnitKind::Class && name == "__class__"));
            if (isCellHere) idx = ci->second;
            else if (fi != u_->freeIdx.end()) idx = fi->second;
            else if (ci != u_->cellIdx.end()) idx = ci->second;
            if (idx < 0) {
                error("internal compiler error: lookup of free variable '" + name + "' failed");
                return;
            }
            emit(Op::LOAD_CLOSURE, idx);
        }
        flags |= 8;
        emit(Op::BUILD_TUPLE, co->nFrees);
    }
    emit(Op::LOAD_CONST, addConst(Ref<>::borrow(code)));
    emit(Op::MAKE_FUNCTION, flags);
}

bool CodeGen::compileFunctionDef(Stmt* s) {
    bool isAsync = s->kind == StmtKind::AsyncFunctionDef;
    const std::string& name = isAsync ? static_cast<AsyncFunctionDef*>(s)->name
                                      : static_cast<FunctionDef*>(s)->name;
    Arguments* args = isAsync ? static_cast<AsyncFunctionDef*>(s)->args
                              : static_cast<FunctionDef*>(s)->args;
    const std::vector<Stmt*>& body = isAsync ? static_cast<AsyncFunctionDef*>(s)->body
                                             : static_cast<FunctionDef*>(s)->body;
    const std::vector<Expr*>& decos = isAsync ? static_cast<AsyncFunctionDef*>(s)->decoratorList
                                              : static_cast<FunctionDef*>(s)->decoratorList;
    Expr* returns = isAsync ? static_cast<AsyncFunctionDef*>(s)->returns
                            : static_cast<FunctionDef*>(s)->returns;
    for (Expr* d : decos)
        if (!visitExpr(d)) return false;
    int firstLine = decos.empty() ? s->lineno : decos[0]->lineno;
    int flags = 0;
    setLoc(s);
    if (!defaultArguments(args, &flags)) return false;
    if (!annotations(args, returns, &flags)) return false;
    if (!enterScope(name, isAsync ? UnitKind::AsyncFunction : UnitKind::Function, s, firstLine))
        return false;
    bool hasDoc = optimize_ < 2 && !body.empty() && isDocstring(body[0]);
    if (hasDoc) {
        Ref<> doc = constantValue(static_cast<Constant*>(static_cast<ExprStmt*>(body[0])->value)->value);
        if (!doc) {
            exitScope();
            return false;
        }
        addConst(std::move(doc));
    } else {
        addConst(Ref<>::borrow(none()));
    }
    u_->argcount = int(args->args.size() + args->posonlyargs.size());
    u_->posonly = int(args->posonlyargs.size());
    u_->kwonly = int(args->kwonlyargs.size());
    bool ok = true;
    for (size_t i = hasDoc ? 1 : 0; i < body.size() && ok; ++i) ok = visitStmt(body[i]);
    if (ok) {
        unsetLoc();
        emit(Op::RETURN_CONST, addConst(Ref<>::borrow(none())));
    }
    Ref<> code = Ref<>::steal(exitScope());
    if (!ok || !code) return false;
    setLoc(s);
    makeClosure(code.get(), flags);
    for (size_t i = decos.size(); i-- > 0;) {
        setLoc(decos[i]);
        emit(Op::CALL, 0);
    }
    setLoc(s);
    return nameOp(name, ExprContext::Store);
}

bool CodeGen::compileClassDef(ClassDef* s) {
    for (Expr* d : s->decoratorList)
        if (!visitExpr(d)) return false;
    int firstLine = s->decoratorList.empty() ? s->lineno : s->decoratorList[0]->lineno;
    if (!enterScope(s->name, UnitKind::Class, s, firstLine)) return false;
    bool ok = nameOp("__name__", ExprContext::Load) && nameOp("__module__", ExprContext::Store);
    if (ok) {
        Ref<> q = Ref<>::steal(strFromUtf8(u_->qualname));
        ok = bool(q);
        if (ok) {
            loadConst(std::move(q));
            ok = nameOp("__qualname__", ExprContext::Store);
        }
    }
    if (ok) ok = visitBody(s->body, true);
    if (ok) {
        unsetLoc();
        if (u_->ste->needsClassClosure) {
            emit(Op::LOAD_CLOSURE, u_->cellIdx["__class__"]);
            emit(Op::COPY, 1);
            ok = nameOp("__classcell__", ExprContext::Store);
            emit(Op::RETURN_VALUE);
        } else {
            emit(Op::RETURN_CONST, addConst(Ref<>::borrow(none())));
        }
    }
    Ref<> code = Ref<>::steal(exitScope());
    if (!ok || !code) return false;
    setLoc(s);
    emit(Op::PUSH_NULL);
    emit(Op::LOAD_BUILD_CLASS);
    makeClosure(code.get(), 0);
    Ref<> name = Ref<>::steal(strFromUtf8(s->name));
    if (!name) return false;
    loadConst(std::move(name));
    if (!callHelper(2, s->bases, s->keywords)) return false;
    for (size_t i = s->decoratorList.size(); i-- > 0;) {
        setLoc(s->decoratorList[i]);
        emit(Op::CALL, 0);
    }
    setLoc(s);
    return nameOp(s->name, ExprContext::Store);
}

bool CodeGen::compileLambda(Lambda* e) {
    int flags = 0;
    if (!defaultArguments(e->args, &flags)) return false;
    if (!enterScope("<lambda>", UnitKind::Lambda, e, e->lineno)) return false;
    addConst(Ref<>::borrow(none()));
    u_->argcount = int(e->args->args.size() + e->args->posonlyargs.size());
    u_->posonly = int(e->args->posonlyargs.size());
    u_->kwonly = int(e->args->kwonlyargs.size());
    setLoc(e->body);
    bool ok = visitExpr(e->body);
    // A generator lambda returns its body's value too (StopIteration.value), bpo-23192.
    if (ok) emit(Op::RETURN_VALUE);
    Ref<> code = Ref<>::steal(exitScope());
    if (!ok || !code) return false;
    makeClosure(code.get(), flags);
    return true;
}

bool CodeGen::compileReturn(Return* s) {
    Ref<> constVal;
    if (s->value) constVal = foldConstant(s->value);
    bool preserveTos = s->value && !constVal;
    if (u_->ste->type != BlockType::Function) return error("'return' outside function");
    if (s->value && u_->ste->coroutine && u_->ste->generator)
        return error("'return' with value in async generator");
    if (preserveTos) {
        if (!visitExpr(s->value)) return false;
    }
    setLoc(s);
    if (!unwindFBlockStack(preserveTos, nullptr, nullptr)) return false;
    setLoc(s);
    if (!s->value) {
        emit(Op::RETURN_CONST, addConst(Ref<>::borrow(none())));
    } else if (!preserveTos) {
        emit(Op::RETURN_CONST, addConst(std::move(constVal)));
    } else {
        emit(Op::RETURN_VALUE);
    }
    return true;
}

void CodeGen::callExitWithNones() {
    loadNone();
    loadNone();
    loadNone();
    emit(Op::CALL, 2);
}

void CodeGen::addYieldFrom(bool await) {
    int start = newBlock(), resume = newBlock(), exit = newBlock();
    useBlock(start);
    emitJump(int(Op::SEND), exit);
    useBlock(resume);
    emit(Op::YIELD_VALUE);
    emit(Op::RESUME, await ? 3 : 2);
    emitJump(kJumpNoInterrupt, start);
    useBlock(exit);
}

void CodeGen::popExceptAndReraise() {
    emit(Op::COPY, 3);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE, 1);
}

bool CodeGen::unwindFBlock(const FBlock& fb, bool preserveTos) {
    switch (fb.type) {
    case FBlockType::WhileLoop:
    case FBlockType::ExceptionHandler:
    case FBlockType::ExceptionGroupHandler:
    case FBlockType::AsyncComprehensionGenerator:
        return true;
    case FBlockType::ForLoop:
        if (preserveTos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        return true;
    case FBlockType::TryExcept:
        emitPseudo(kPopBlock);
        return true;
    case FBlockType::FinallyTry: {
        emitPseudo(kPopBlock);
        if (preserveTos && !pushFBlock(FBlockType::PopValue, -1, -1, nullptr)) return false;
        Loc saved = u_->loc;
        if (!visitStmts(*static_cast<const std::vector<Stmt*>*>(fb.datum))) return false;
        u_->loc = saved;
        if (preserveTos) popFBlock();
        unsetLoc();
        return true;
    }
    case FBlockType::FinallyEnd:
        if (preserveTos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        if (preserveTos) emit(Op::SWAP, 2);
        emitPseudo(kPopBlock);
        emit(Op::POP_EXCEPT);
        return true;
    case FBlockType::With:
    case FBlockType::AsyncWith: {
        setLoc(static_cast<const Stmt*>(fb.datum));
        emitPseudo(kPopBlock);
        if (preserveTos) emit(Op::SWAP, 2);
        callExitWithNones();
        if (fb.type == FBlockType::AsyncWith) {
            emit(Op::GET_AWAITABLE, 2);
            loadNone();
            addYieldFrom(true);
        }
        emit(Op::POP_TOP);
        unsetLoc();
        return true;
    }
    case FBlockType::HandlerCleanup: {
        const std::string* name = static_cast<const std::string*>(fb.datum);
        if (name) emitPseudo(kPopBlock);
        if (preserveTos) emit(Op::SWAP, 2);
        emitPseudo(kPopBlock);
        emit(Op::POP_EXCEPT);
        if (name) {
            loadNone();
            if (!nameOp(*name, ExprContext::Store)) return false;
            if (!nameOp(*name, ExprContext::Del)) return false;
        }
        return true;
    }
    case FBlockType::PopValue:
        if (preserveTos) emit(Op::SWAP, 2);
        emit(Op::POP_TOP);
        return true;
    }
    return true;
}

// Unwinds the frame blocks down to the innermost loop (if `loop` is given) or completely.
bool CodeGen::unwindFBlockStack(bool preserveTos, FBlock* loop, bool* foundLoop) {
    std::vector<FBlock>& fbs = fblocks();
    if (fbs.empty()) return true;
    FBlock top = fbs.back();
    if (top.type == FBlockType::ExceptionGroupHandler)
        return error("'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) {
        *loop = top;
        *foundLoop = true;
        return true;
    }
    fbs.pop_back();
    bool ok = unwindFBlock(top, preserveTos) && unwindFBlockStack(preserveTos, loop, foundLoop);
    fblocks().push_back(top);
    return ok;
}

bool CodeGen::compileBreakContinue(bool isBreak) {
    FBlock loop{};
    bool found = false;
    Loc here = u_->loc;   // unwinding a `with` block moves the location: the error is here
    emit(Op::NOP);
    if (!unwindFBlockStack(false, &loop, &found)) return false;
    if (!found) {
        u_->loc = here;
        return error(isBreak ? "'break' outside loop" : "'continue' not properly in loop");
    }
    if (isBreak) {
        if (!unwindFBlock(loop, false)) return false;
        emitJump(kJump, loop.exit);
    } else {
        emitJump(kJump, loop.block);
    }
    return true;
}

bool CodeGen::compileFor(For* s) {
    int start = newBlock(), body = newBlock(), cleanup = newBlock(), end = newBlock();
    if (!pushFBlock(FBlockType::ForLoop, start, end, nullptr)) return false;
    if (!visitIterable(s->iter)) return false;
    emit(Op::GET_ITER);
    useBlock(start);
    setLoc(s);
    emitJump(int(Op::FOR_ITER), cleanup);
    useBlock(body);
    if (!visitExpr(s->target)) return false;
    if (!visitStmts(s->body)) return false;
    unsetLoc();
    emitJump(kJump, start);
    useBlock(cleanup);
    popFBlock();
    if (!visitStmts(s->orelse)) return false;
    useBlock(end);
    return true;
}

bool CodeGen::compileAsyncFor(AsyncFor* s) {
    if (isTopLevelAwait()) {
        u_->ste->coroutine = true;
    } else if (u_->kind != UnitKind::AsyncFunction) {
        return error("'async for' outside async function");
    }
    int start = newBlock(), except = newBlock(), end = newBlock();
    if (!visitExpr(s->iter)) return false;
    emit(Op::GET_AITER);
    useBlock(start);
    if (!pushFBlock(FBlockType::ForLoop, start, end, nullptr)) return false;
    emitSetup(kSetupFinally, except);
    emit(Op::GET_ANEXT);
    loadNone();
    addYieldFrom(true);
    emitPseudo(kPopBlock);
    if (!visitExpr(s->target)) return false;
    if (!visitStmts(s->body)) return false;
    unsetLoc();
    emitJump(kJump, start);
    popFBlock();
    useBlock(except);
    setLoc(s->iter);
    emit(Op::END_ASYNC_FOR);
    if (!visitStmts(s->orelse)) return false;
    useBlock(end);
    return true;
}

bool CodeGen::compileWhile(While* s) {
    int loop = newBlock(), body = newBlock(), anchor = newBlock(), exit = newBlock();
    useBlock(loop);
    if (!pushFBlock(FBlockType::WhileLoop, loop, exit, nullptr)) return false;
    if (!jumpIf(s->test, anchor, false)) return false;
    useBlock(body);
    if (!visitStmts(s->body)) return false;
    unsetLoc();
    emitJump(kJump, loop);
    popFBlock();
    useBlock(anchor);
    if (!visitStmts(s->orelse)) return false;
    useBlock(exit);
    return true;
}

bool CodeGen::compileIf(If* s) {
    int end = newBlock();
    int next = s->orelse.empty() ? end : newBlock();
    if (!jumpIf(s->test, next, false)) return false;
    if (!visitStmts(s->body)) return false;
    if (!s->orelse.empty()) {
        unsetLoc();
        emitJump(kJump, end);
        useBlock(next);
        if (!visitStmts(s->orelse)) return false;
    }
    useBlock(end);
    return true;
}

bool CodeGen::withExceptFinish(int cleanup) {
    unsetLoc();
    int exit = newBlock();
    emitJump(int(Op::POP_JUMP_IF_TRUE), exit);
    emit(Op::RERAISE, 2);
    useBlock(cleanup);
    popExceptAndReraise();
    useBlock(exit);
    emit(Op::POP_TOP);
    emitPseudo(kPopBlock);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    emit(Op::POP_TOP);
    return true;
}

bool CodeGen::compileWith(Stmt* s, const std::vector<WithItem*>& items,
                          const std::vector<Stmt*>& body, size_t pos, bool isAsync) {
    WithItem* item = items[pos];
    int block = newBlock(), final = newBlock(), exit = newBlock(), cleanup = newBlock();
    if (!visitExpr(item->contextExpr)) return false;
    setLoc(s);
    if (isAsync) {
        emit(Op::BEFORE_ASYNC_WITH);
        emit(Op::GET_AWAITABLE, 1);
        loadNone();
        addYieldFrom(true);
    } else {
        emit(Op::BEFORE_WITH);
    }
    emitSetup(kSetupWith, final);
    useBlock(block);
    if (!pushFBlock(isAsync ? FBlockType::AsyncWith : FBlockType::With, block, final, s))
        return false;
    if (item->optionalVars) {
        if (!visitExpr(item->optionalVars)) return false;
    } else {
        emit(Op::POP_TOP);
    }
    ++pos;
    if (pos == items.size()) {
        if (!visitStmts(body)) return false;
    } else if (!compileWith(s, items, body, pos, isAsync)) {
        return false;
    }
    unsetLoc();
    emitPseudo(kPopBlock);
    popFBlock();
    setLoc(s);
    callExitWithNones();
    if (isAsync) {
        emit(Op::GET_AWAITABLE, 2);
        loadNone();
        addYieldFrom(true);
    }
    emit(Op::POP_TOP);
    emitJump(kJump, exit);
    useBlock(final);
    emitSetup(kSetupCleanup, cleanup);
    emit(Op::PUSH_EXC_INFO);
    emit(Op::WITH_EXCEPT_START);
    if (isAsync) {
        emit(Op::GET_AWAITABLE, 2);
        loadNone();
        addYieldFrom(true);
    }
    withExceptFinish(cleanup);
    useBlock(exit);
    return true;
}

bool CodeGen::compileTry(Stmt* s) {
    bool star = s->kind == StmtKind::TryStar;
    const std::vector<Stmt*>& finalbody =
        star ? static_cast<TryStar*>(s)->finalbody : static_cast<Try*>(s)->finalbody;
    const std::vector<Stmt*>& body =
        star ? static_cast<TryStar*>(s)->body : static_cast<Try*>(s)->body;
    const std::vector<ExceptHandler*>& handlers =
        star ? static_cast<TryStar*>(s)->handlers : static_cast<Try*>(s)->handlers;
    if (finalbody.empty()) return star ? compileTryStarExcept(s) : compileTryExcept(s);
    int bodyB = newBlock(), end = newBlock(), exit = newBlock(), cleanup = newBlock();
    emitSetup(kSetupFinally, end);
    useBlock(bodyB);
    if (!pushFBlock(FBlockType::FinallyTry, bodyB, end, &finalbody)) return false;
    if (!handlers.empty()) {
        if (!(star ? compileTryStarExcept(s) : compileTryExcept(s))) return false;
    } else {
        if (!visitStmts(body)) return false;
    }
    unsetLoc();
    emitPseudo(kPopBlock);
    popFBlock();
    if (!visitStmts(finalbody)) return false;
    unsetLoc();
    emitJump(kJump, exit);
    useBlock(end);
    unsetLoc();
    emitSetup(kSetupCleanup, cleanup);
    emit(Op::PUSH_EXC_INFO);
    if (!pushFBlock(FBlockType::FinallyEnd, end, -1, nullptr)) return false;
    if (!visitStmts(finalbody)) return false;
    popFBlock();
    // RERAISE keeps the location of the finally body's last statement (as CPython): it is the
    // frame's f_lineno once the exception has left.
    emit(Op::RERAISE, 0);
    useBlock(cleanup);
    popExceptAndReraise();
    useBlock(exit);
    return true;
}

bool CodeGen::compileTryExcept(Stmt* s) {
    auto* t = static_cast<Try*>(s);
    int body = newBlock(), except = newBlock(), end = newBlock(), cleanup = newBlock();
    emitSetup(kSetupFinally, except);
    useBlock(body);
    if (!pushFBlock(FBlockType::TryExcept, body, -1, nullptr)) return false;
    if (!visitStmts(t->body)) return false;
    popFBlock();
    unsetLoc();
    emitPseudo(kPopBlock);
    if (!visitStmts(t->orelse)) return false;
    unsetLoc();
    emitJump(kJump, end);
    size_t n = t->handlers.size();
    useBlock(except);
    unsetLoc();
    emitSetup(kSetupCleanup, cleanup);
    emit(Op::PUSH_EXC_INFO);
    if (!pushFBlock(FBlockType::ExceptionHandler, -1, -1, nullptr)) return false;
    for (size_t i = 0; i < n; ++i) {
        ExceptHandler* h = t->handlers[i];
        setLoc(h);
        if (!h->type && i + 1 < n) return error("default 'except:' must be last");
        int next = newBlock();
        if (h->type) {
            if (!visitExpr(h->type)) return false;
            emit(Op::CHECK_EXC_MATCH);
            emitJump(int(Op::POP_JUMP_IF_FALSE), next);
        }
        if (!h->name.empty()) {
            int cleanupEnd = newBlock(), cleanupBody = newBlock();
            if (!nameOp(h->name, ExprContext::Store)) return false;
            emitSetup(kSetupCleanup, cleanupEnd);
            useBlock(cleanupBody);
            if (!pushFBlock(FBlockType::HandlerCleanup, cleanupBody, -1, &h->name)) return false;
            if (!visitStmts(h->body)) return false;
            popFBlock();
            unsetLoc();
            emitPseudo(kPopBlock);
            emitPseudo(kPopBlock);
            emit(Op::POP_EXCEPT);
            loadNone();
            if (!nameOp(h->name, ExprContext::Store)) return false;
            if (!nameOp(h->name, ExprContext::Del)) return false;
            emitJump(kJump, end);
            useBlock(cleanupEnd);
            unsetLoc();
            loadNone();
            if (!nameOp(h->name, ExprContext::Store)) return false;
            if (!nameOp(h->name, ExprContext::Del)) return false;
            emit(Op::RERAISE, 1);
        } else {
            int cleanupBody = newBlock();
            emit(Op::POP_TOP);
            useBlock(cleanupBody);
            if (!pushFBlock(FBlockType::HandlerCleanup, cleanupBody, -1, nullptr)) return false;
            if (!visitStmts(h->body)) return false;
            popFBlock();
            unsetLoc();
            emitPseudo(kPopBlock);
            emit(Op::POP_EXCEPT);
            emitJump(kJump, end);
        }
        useBlock(next);
    }
    unsetLoc();
    popFBlock();
    emit(Op::RERAISE, 0);
    useBlock(cleanup);
    popExceptAndReraise();
    useBlock(end);
    return true;
}

bool CodeGen::compileTryStarExcept(Stmt* s) {
    auto* t = static_cast<TryStar*>(s);
    int body = newBlock(), except = newBlock(), orelse = newBlock(), end = newBlock(),
        cleanup = newBlock(), reraiseStar = newBlock();
    emitSetup(kSetupFinally, except);
    useBlock(body);
    if (!pushFBlock(FBlockType::TryExcept, body, -1, nullptr)) return false;
    if (!visitStmts(t->body)) return false;
    popFBlock();
    unsetLoc();
    emitPseudo(kPopBlock);
    emitJump(kJump, orelse);
    size_t n = t->handlers.size();
    useBlock(except);
    unsetLoc();
    emitSetup(kSetupCleanup, cleanup);
    emit(Op::PUSH_EXC_INFO);
    if (!pushFBlock(FBlockType::ExceptionGroupHandler, -1, -1, nullptr)) return false;
    for (size_t i = 0; i < n; ++i) {
        ExceptHandler* h = t->handlers[i];
        setLoc(h);
        int exceptB = newBlock(), exceptWithError = newBlock(), noMatch = newBlock();
        if (i == 0) {
            emit(Op::COPY, 1);
            emit(Op::BUILD_LIST, 0);
            emit(Op::SWAP, 2);
        }
        if (h->type) {
            if (!visitExpr(h->type)) return false;
            emit(Op::CHECK_EG_MATCH);
            emit(Op::COPY, 1);
            emitJump(int(Op::POP_JUMP_IF_NONE), noMatch);
        }
        int cleanupEnd = newBlock(), cleanupBody = newBlock();
        if (!h->name.empty()) {
            if (!nameOp(h->name, ExprContext::Store)) return false;
        } else {
            emit(Op::POP_TOP);
        }
        emitSetup(kSetupCleanup, cleanupEnd);
        useBlock(cleanupBody);
        if (!pushFBlock(FBlockType::HandlerCleanup, cleanupBody, -1,
                        h->name.empty() ? nullptr : &h->name))
            return false;
        if (!visitStmts(h->body)) return false;
        popFBlock();
        emitPseudo(kPopBlock);
        if (!h->name.empty()) {
            loadNone();
            if (!nameOp(h->name, ExprContext::Store)) return false;
            if (!nameOp(h->name, ExprContext::Del)) return false;
        }
        emitJump(kJump, exceptB);
        useBlock(cleanupEnd);
        if (!h->name.empty()) {
            loadNone();
            if (!nameOp(h->name, ExprContext::Store)) return false;
            if (!nameOp(h->name, ExprContext::Del)) return false;
        }
        emit(Op::LIST_APPEND, 3);
        emit(Op::POP_TOP);
        emitJump(kJump, exceptWithError);
        useBlock(exceptB);
        emit(Op::NOP);
        emitJump(kJump, exceptWithError);
        useBlock(noMatch);
        emit(Op::POP_TOP);
        useBlock(exceptWithError);
        if (i + 1 == n) {
            emit(Op::LIST_APPEND, 1);
            emitJump(kJump, reraiseStar);
        }
    }
    unsetLoc();
    popFBlock();
    int reraise = newBlock();
    useBlock(reraiseStar);
    emit(Op::PREP_RERAISE_STAR);
    emit(Op::COPY, 1);
    emitJump(int(Op::POP_JUMP_IF_NOT_NONE), reraise);
    emit(Op::POP_TOP);
    emitPseudo(kPopBlock);
    emit(Op::POP_EXCEPT);
    emitJump(kJump, end);
    useBlock(reraise);
    emitPseudo(kPopBlock);
    emit(Op::SWAP, 2);
    emit(Op::POP_EXCEPT);
    emit(Op::RERAISE, 0);
    useBlock(cleanup);
    popExceptAndReraise();
    useBlock(orelse);
    if (!visitStmts(t->orelse)) return false;
    useBlock(end);
    return true;
}

bool CodeGen::compileImport(Import* s) {
    // Every instruction of an import statement spans the whole statement (as CPython).
    for (Alias* a : s->names) {
        loadConst(Ref<>::steal(intFromInt64(0)));
        loadNone();
        emit(Op::IMPORT_NAME, addName(a->name));
        if (!a->asname.empty()) {
            size_t dot = a->name.find('.');
            if (dot != std::string::npos) {
                size_t pos = dot + 1;
                for (;;) {
                    size_t nd = a->name.find('.', pos);
                    std::string attr = a->name.substr(pos, nd == std::string::npos ? std::string::npos : nd - pos);
                    emit(Op::IMPORT_FROM, addName(attr));
                    if (nd == std::string::npos) break;
                    emit(Op::SWAP, 2);
                    emit(Op::POP_TOP);
                    pos = nd + 1;
                }
                if (!nameOp(a->asname, ExprContext::Store)) return false;
                emit(Op::POP_TOP);
            } else {
                if (!nameOp(a->asname, ExprContext::Store)) return false;
            }
        } else {
            size_t dot = a->name.find('.');
            std::string store = dot == std::string::npos ? a->name : a->name.substr(0, dot);
            if (!nameOp(store, ExprContext::Store)) return false;
        }
    }
    return true;
}

bool CodeGen::compileImportFrom(ImportFrom* s) {
    if (s->module == "__future__" && s->level == 0) {
        bool allowed = false;
        for (Stmt* f : futureStmts_)
            if (f == s) allowed = true;
        if (!allowed || units_.size() > 1)
            return error("from __future__ imports must occur at the beginning of the file");
    }
    Ref<> names = Ref<>::steal(tupleNew(ssize(s->names.size())));
    if (!names) return false;
    for (size_t i = 0; i < s->names.size(); ++i) {
        Object* n = strFromUtf8(s->names[i]->name);
        if (!n) return false;
        tupleSetItemSteal(names.get(), ssize(i), n);
    }
    loadConst(Ref<>::steal(intFromInt64(s->level)));
    loadConst(std::move(names));
    emit(Op::IMPORT_NAME, addName(s->module));
    if (!s->names.empty() && s->names[0]->name == "*") {
        emit(Op::IMPORT_STAR);
        return true;
    }
    for (Alias* a : s->names) {
        emit(Op::IMPORT_FROM, addName(a->name));
        if (!nameOp(a->asname.empty() ? a->name : a->asname, ExprContext::Store)) return false;
    }
    setLoc(s);
    emit(Op::POP_TOP);
    return true;
}

bool CodeGen::compileAssert(Assert* s) {
    if (s->test->kind == ExprKind::Tuple && !static_cast<Tuple*>(s->test)->elts.empty() &&
        !warn("assertion is always true, perhaps remove parentheses?", s))
        return false;
    if (optimize_) return true;
    int end = newBlock();
    if (!jumpIf(s->test, end, true)) return false;
    setLoc(s);
    emit(Op::LOAD_ASSERTION_ERROR);
    if (s->msg) {
        if (!visitExpr(s->msg)) return false;
        setLoc(s);
        emit(Op::CALL, 0);
    }
    emit(Op::RAISE_VARARGS, 1);
    useBlock(end);
    return true;
}

bool CodeGen::compileAugAssign(AugAssign* s) {
    Expr* e = s->target;
    switch (e->kind) {
    case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(e);
        if (!visitExpr(a->value)) return false;
        emit(Op::COPY, 1);
        setLoc(a);
        emit(Op::LOAD_ATTR, addName(a->attr));
        break;
    }
    case ExprKind::Subscript: {
        auto* sub = static_cast<Subscript*>(e);
        if (!visitExpr(sub->value)) return false;
        if (!visitExpr(sub->slice)) return false;
        emit(Op::COPY, 2);
        emit(Op::COPY, 2);
        emit(Op::BINARY_SUBSCR);
        break;
    }
    case ExprKind::Name:
        if (!nameOp(static_cast<Name*>(e)->id, ExprContext::Load)) return false;
        break;
    default: return error("illegal expression for augmented assignment");
    }
    if (!visitExpr(s->value)) return false;
    setLoc(s);
    emit(Op::BINARY_OP, binOpArg(s->op, true));
    setLoc(e);
    switch (e->kind) {
    case ExprKind::Attribute:
        emit(Op::SWAP, 2);
        emit(Op::STORE_ATTR, addName(static_cast<Attribute*>(e)->attr));
        break;
    case ExprKind::Subscript:
        emit(Op::SWAP, 3);
        emit(Op::SWAP, 2);
        emit(Op::STORE_SUBSCR);
        break;
    default:
        return nameOp(static_cast<Name*>(e)->id, ExprContext::Store);
    }
    return true;
}

bool CodeGen::checkAnnExpr(Expr* e) {
    if (!visitExpr(e)) return false;
    emit(Op::POP_TOP);
    return true;
}

bool CodeGen::compileAnnAssign(AnnAssign* s) {
    Expr* targ = s->target;
    if (s->value) {
        if (!visitExpr(s->value)) return false;
        if (!visitExpr(targ)) return false;
    }
    bool moduleOrClass = u_->kind == UnitKind::Module || u_->kind == UnitKind::Class;
    switch (targ->kind) {
    case ExprKind::Name: {
        auto* n = static_cast<Name*>(targ);
        if (!forbiddenName(n->id, ExprContext::Store)) return false;
        if (s->simple && moduleOrClass) {
            setLoc(s);
            if (futureAnnotations_) {
                if (!visitAnnExpr(s->annotation)) return false;
            } else {
                if (!visitExpr(s->annotation)) return false;
            }
            setLoc(s);
            emit(Op::LOAD_NAME, addName("__annotations__"));
            Ref<> key = Ref<>::steal(strFromUtf8(mangle(n->id)));
            if (!key) return false;
            loadConst(std::move(key));
            emit(Op::STORE_SUBSCR);
        }
        break;
    }
    case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(targ);
        if (!forbiddenName(a->attr, ExprContext::Store)) return false;
        if (!s->value && !checkAnnExpr(a->value)) return false;
        break;
    }
    case ExprKind::Subscript: {
        auto* sub = static_cast<Subscript*>(targ);
        if (!s->value) {
            if (!checkAnnExpr(sub->value)) return false;
            if (sub->slice->kind == ExprKind::Slice) {
                auto* sl = static_cast<Slice*>(sub->slice);
                if (sl->lower && !checkAnnExpr(sl->lower)) return false;
                if (sl->upper && !checkAnnExpr(sl->upper)) return false;
                if (sl->step && !checkAnnExpr(sl->step)) return false;
            } else if (!checkAnnExpr(sub->slice)) {
                return false;
            }
        }
        break;
    }
    default: return error("invalid node type for annotated assignment");
    }
    if (!s->simple && !futureAnnotations_ && moduleOrClass) {
        if (!checkAnnExpr(s->annotation)) return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Expressions

bool CodeGen::visitExpr(Expr* e) {
    Loc saved = u_->loc;
    setLoc(e);
    bool ok = visitExprInner(e);
    u_->loc = saved;
    return ok;
}

bool CodeGen::nameOp(const std::string& name, ExprContext ctx) {
    if (!forbiddenName(name, ctx)) return false;
    if (name == "__debug__" && ctx == ExprContext::Load) {
        loadConst(Ref<>::borrow(optimize_ ? falseObj() : trueObj()));
        return true;
    }
    std::string mangled = mangle(name);
    ScopeKind scope = u_->ste->scopeOf(mangled);
    bool isFunc = u_->ste->type == BlockType::Function;
    enum { kOpName, kOpFast, kOpGlobal, kOpDeref } optype = kOpName;
    int idx = -1;
    switch (scope) {
    case ScopeKind::Free: {
        auto it = u_->freeIdx.find(mangled);
        if (it != u_->freeIdx.end()) {
            optype = kOpDeref;
            idx = it->second;
        }
        break;
    }
    case ScopeKind::Cell: {
        auto it = u_->cellIdx.find(mangled);
        if (it != u_->cellIdx.end()) {
            optype = kOpDeref;
            idx = it->second;
        }
        break;
    }
    case ScopeKind::Local:
        if (isFunc) {
            auto it = u_->fastIdx.find(mangled);
            if (it != u_->fastIdx.end()) {
                optype = kOpFast;
                idx = it->second;
            }
        }
        break;
    case ScopeKind::GlobalImplicit:
        if (isFunc) optype = kOpGlobal;
        break;
    case ScopeKind::GlobalExplicit: optype = kOpGlobal; break;
    default: break;
    }
    switch (optype) {
    case kOpDeref:
        switch (ctx) {
        case ExprContext::Load:
            emit(u_->ste->type == BlockType::Class ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF, idx);
            break;
        case ExprContext::Store: emit(Op::STORE_DEREF, idx); break;
        case ExprContext::Del: emit(Op::DELETE_DEREF, idx); break;
        }
        return true;
    case kOpFast:
        switch (ctx) {
        case ExprContext::Load: emit(Op::LOAD_FAST, idx); break;
        case ExprContext::Store: emit(Op::STORE_FAST, idx); break;
        case ExprContext::Del: emit(Op::DELETE_FAST, idx); break;
        }
        return true;
    case kOpGlobal: {
        int ni = addName(mangled);
        switch (ctx) {
        case ExprContext::Load: emit(Op::LOAD_GLOBAL, ni << 1); break;
        case ExprContext::Store: emit(Op::STORE_GLOBAL, ni); break;
        case ExprContext::Del: emit(Op::DELETE_GLOBAL, ni); break;
        }
        return true;
    }
    case kOpName: {
        int ni = addName(mangled);
        switch (ctx) {
        case ExprContext::Load: emit(Op::LOAD_NAME, ni); break;
        case ExprContext::Store: emit(Op::STORE_NAME, ni); break;
        case ExprContext::Del: emit(Op::DELETE_NAME, ni); break;
        }
        return true;
    }
    }
    return true;
}

void CodeGen::emitCompare(CmpOp op) {
    switch (op) {
    case CmpOp::Eq: emit(Op::COMPARE_OP, int(CompareOp::Eq)); break;
    case CmpOp::NotEq: emit(Op::COMPARE_OP, int(CompareOp::Ne)); break;
    case CmpOp::Lt: emit(Op::COMPARE_OP, int(CompareOp::Lt)); break;
    case CmpOp::LtE: emit(Op::COMPARE_OP, int(CompareOp::Le)); break;
    case CmpOp::Gt: emit(Op::COMPARE_OP, int(CompareOp::Gt)); break;
    case CmpOp::GtE: emit(Op::COMPARE_OP, int(CompareOp::Ge)); break;
    case CmpOp::Is: emit(Op::IS_OP, 0); break;
    case CmpOp::IsNot: emit(Op::IS_OP, 1); break;
    case CmpOp::In: emit(Op::CONTAINS_OP, 0); break;
    case CmpOp::NotIn: emit(Op::CONTAINS_OP, 1); break;
    }
}

bool CodeGen::jumpIf(Expr* e, int target, bool cond) {
    switch (e->kind) {
    case ExprKind::UnaryOp: {
        auto* u = static_cast<UnaryOp*>(e);
        if (u->op == UnaryOperator::Not) return jumpIf(u->operand, target, !cond);
        break;
    }
    case ExprKind::BoolOp: {
        auto* b = static_cast<BoolOp*>(e);
        bool cond2 = b->op == BoolOperator::Or;
        int next2 = target;
        if (cond2 != cond) next2 = newBlock();
        size_t n = b->values.size() - 1;
        for (size_t i = 0; i < n; ++i)
            if (!jumpIf(b->values[i], next2, cond2)) return false;
        if (!jumpIf(b->values[n], target, cond)) return false;
        if (next2 != target) useBlock(next2);
        return true;
    }
    case ExprKind::IfExp: {
        auto* i = static_cast<IfExp*>(e);
        int end = newBlock(), next2 = newBlock();
        if (!jumpIf(i->test, next2, false)) return false;
        if (!jumpIf(i->body, target, cond)) return false;
        unsetLoc();
        emitJump(kJump, end);
        useBlock(next2);
        if (!jumpIf(i->orelse, target, cond)) return false;
        useBlock(end);
        return true;
    }
    case ExprKind::Compare: {
        auto* c = static_cast<Compare*>(e);
        size_t n = c->ops.size() - 1;
        if (n > 0) {
            Loc saved = u_->loc;
            setLoc(e);
            if (!checkCompare(c)) return false;
            int cleanup = newBlock();
            if (!visitExpr(c->left)) return false;
            for (size_t i = 0; i < n; ++i) {
                // Only the last comparator is folded (CPython's fold_compare): a middle
                // operand is also the left side of the next comparison.
                if (!visitExpr(c->comparators[i])) return false;
                emit(Op::SWAP, 2);
                emit(Op::COPY, 2);
                emitCompare(c->ops[i]);
                emitJump(int(Op::POP_JUMP_IF_FALSE), cleanup);
            }
            if (!visitComparator(c->comparators[n], c->ops[n])) return false;
            emitCompare(c->ops[n]);
            emitJump(int(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE), target);
            int end = newBlock();
            emitJump(kJump, end);
            useBlock(cleanup);
            emit(Op::POP_TOP);
            if (!cond) emitJump(kJump, target);
            useBlock(end);
            u_->loc = saved;
            return true;
        }
        break;
    }
    default: break;
    }
    // Constant tests jump unconditionally or not at all.
    if (e->kind == ExprKind::Constant) {
        Ref<> v = foldConstant(e);
        if (v) {
            int t = isTrue(v.get());
            if (t >= 0) {
                if (bool(t) == cond) emitJump(kJump, target);
                return true;
            }
            clearError();
        }
    }
    if (!visitExpr(e)) return false;
    emitJump(int(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE), target);
    return true;
}

bool CodeGen::compileBoolOp(BoolOp* e) {
    int end = newBlock();
    Op op = e->op == BoolOperator::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
    size_t n = e->values.size() - 1;
    for (size_t i = 0; i < n; ++i) {
        if (!visitExpr(e->values[i])) return false;
        emitJump(int(op), end);
    }
    if (!visitExpr(e->values[n])) return false;
    useBlock(end);
    return true;
}

bool CodeGen::compileCompare(Compare* e) {
    if (!checkCompare(e)) return false;
    size_t n = e->ops.size() - 1;
    if (!visitExpr(e->left)) return false;
    if (n == 0) {
        if (!visitComparator(e->comparators[0], e->ops[0])) return false;
        emitCompare(e->ops[0]);
        return true;
    }
    int cleanup = newBlock();
    for (size_t i = 0; i < n; ++i) {
        // Only the last comparator is folded (see jumpIf).
        if (!visitExpr(e->comparators[i])) return false;
        emit(Op::SWAP, 2);
        emit(Op::COPY, 2);
        emitCompare(e->ops[i]);
        emitJump(int(Op::JUMP_IF_FALSE_OR_POP), cleanup);
    }
    if (!visitComparator(e->comparators[n], e->ops[n])) return false;
    emitCompare(e->ops[n]);
    int end = newBlock();
    emitJump(kJump, end);
    useBlock(cleanup);
    emit(Op::SWAP, 2);
    emit(Op::POP_TOP);
    useBlock(end);
    return true;
}

bool CodeGen::validateKeywords(const std::vector<Keyword*>& kws) {
    for (size_t i = 0; i < kws.size(); ++i) {
        if (kws[i]->arg.empty()) continue;
        if (!forbiddenName(kws[i]->arg, ExprContext::Store)) return false;
        for (size_t j = i + 1; j < kws.size(); ++j) {
            if (kws[j]->arg == kws[i]->arg) {
                setLoc(kws[j]);
                return error("keyword argument repeated: " + kws[i]->arg);
            }
        }
    }
    return true;
}

bool CodeGen::callSimpleKwHelper(const std::vector<Keyword*>& keywords) {
    Ref<> names = Ref<>::steal(tupleNew(ssize(keywords.size())));
    if (!names) return false;
    for (size_t i = 0; i < keywords.size(); ++i) {
        Object* s = strFromUtf8(keywords[i]->arg);
        if (!s) return false;
        tupleSetItemSteal(names.get(), ssize(i), s);
    }
    emit(Op::KW_NAMES, addConst(std::move(names)));
    return true;
}

bool CodeGen::compileCall(Call* e) {
    if (!validateKeywords(e->keywords)) return false;
    if (!checkCaller(e->func)) return false;
    Expr* func = e->func;
    if (func->kind == ExprKind::Attribute &&
        static_cast<Attribute*>(func)->ctx == ExprContext::Load) {
        size_t argsl = e->args.size(), kwdsl = e->keywords.size();
        bool ok = argsl + kwdsl + (kwdsl != 0) < size_t(kStackUseGuideline);
        for (Expr* a : e->args)
            if (a->kind == ExprKind::Starred) ok = false;
        for (Keyword* k : e->keywords)
            if (k->arg.empty()) ok = false;
        if (ok) {
            auto* attr = static_cast<Attribute*>(func);
            if (!visitExpr(attr->value)) return false;
            // As 3.11: the method load and the call carry the attribute's end line.
            Loc callLoc{attr->endLineno, e->endLineno, e->colOffset, e->endColOffset};
            u_->loc = Loc{attr->endLineno, attr->endLineno, attr->colOffset, attr->endColOffset};
            emit(Op::LOAD_METHOD, addName(attr->attr));
            for (Expr* a : e->args)
                if (!visitExpr(a)) return false;
            if (kwdsl) {
                for (Keyword* k : e->keywords)
                    if (!visitExpr(k->value)) return false;
                u_->loc = callLoc;
                if (!callSimpleKwHelper(e->keywords)) return false;
            }
            u_->loc = callLoc;
            emit(Op::CALL, int(argsl + kwdsl));
            return true;
        }
    }
    setLoc(func);
    emit(Op::PUSH_NULL);
    setLoc(e);
    if (!visitExpr(func)) return false;
    // PUSH_NULL + LOAD_GLOBAL -> LOAD_GLOBAL with the push-null bit.
    std::vector<Instr>& ins = u_->blocks[size_t(u_->cur)].instrs;
    if (ins.size() >= 2 && ins.back().op == int(Op::LOAD_GLOBAL) &&
        ins[ins.size() - 2].op == int(Op::PUSH_NULL)) {
        Instr lg = ins.back();
        ins.pop_back();
        ins.pop_back();
        lg.arg |= 1;
        ins.push_back(lg);
    }
    return callHelper(0, e->args, e->keywords);
}

bool CodeGen::subKwargs(const std::vector<Keyword*>& keywords, size_t begin, size_t end) {
    size_t n = end - begin;
    bool big = n * 2 > size_t(kStackUseGuideline);
    if (n > 1 && !big) {
        Ref<> keys = Ref<>::steal(tupleNew(ssize(n)));
        if (!keys) return false;
        for (size_t i = begin; i < end; ++i) {
            Object* s = strFromUtf8(keywords[i]->arg);
            if (!s) return false;
            tupleSetItemSteal(keys.get(), ssize(i - begin), s);
        }
        for (size_t i = begin; i < end; ++i)
            if (!visitExpr(keywords[i]->value)) return false;
        loadConst(std::move(keys));
        emit(Op::BUILD_CONST_KEY_MAP, int(n));
        return true;
    }
    if (big) emit(Op::BUILD_MAP, 0);
    for (size_t i = begin; i < end; ++i) {
        Ref<> k = Ref<>::steal(strFromUtf8(keywords[i]->arg));
        if (!k) return false;
        loadConst(std::move(k));
        if (!visitExpr(keywords[i]->value)) return false;
        if (big) emit(Op::MAP_ADD, 1);
    }
    if (!big) emit(Op::BUILD_MAP, int(n));
    return true;
}

bool CodeGen::callHelper(int n, const std::vector<Expr*>& args,
                         const std::vector<Keyword*>& keywords) {
    if (!validateKeywords(keywords)) return false;
    size_t nelts = args.size(), nkw = keywords.size();
    bool ex = nelts + nkw * 2 > size_t(kStackUseGuideline);
    for (Expr* a : args)
        if (a->kind == ExprKind::Starred) ex = true;
    for (Keyword* k : keywords)
        if (k->arg.empty()) ex = true;
    Loc callLoc = u_->loc;
    if (!ex) {
        for (Expr* a : args)
            if (!visitExpr(a)) return false;
        if (nkw) {
            for (Keyword* k : keywords)
                if (!visitExpr(k->value)) return false;
            u_->loc = callLoc;
            if (!callSimpleKwHelper(keywords)) return false;
        }
        u_->loc = callLoc;
        emit(Op::CALL, n + int(nelts + nkw));
        return true;
    }
    if (n == 0 && nelts == 1 && args[0]->kind == ExprKind::Starred) {
        if (!visitExpr(static_cast<Starred*>(args[0])->value)) return false;
    } else if (!starUnpackHelper(args, n, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND,
                                 true)) {
        return false;
    }
    if (nkw) {
        bool haveDict = false;
        size_t nseen = 0;
        for (size_t i = 0; i < nkw; ++i) {
            Keyword* k = keywords[i];
            if (k->arg.empty()) {
                if (nseen) {
                    if (!subKwargs(keywords, i - nseen, i)) return false;
                    if (haveDict) emit(Op::DICT_MERGE, 1);
                    haveDict = true;
                    nseen = 0;
                }
                if (!haveDict) {
                    emit(Op::BUILD_MAP, 0);
                    haveDict = true;
                }
                if (!visitExpr(k->value)) return false;
                emit(Op::DICT_MERGE, 1);
            } else {
                ++nseen;
            }
        }
        if (nseen) {
            if (!subKwargs(keywords, nkw - nseen, nkw)) return false;
            if (haveDict) emit(Op::DICT_MERGE, 1);
        }
    }
    u_->loc = callLoc;
    emit(Op::CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
    return true;
}

bool CodeGen::starUnpackHelper(const std::vector<Expr*>& elts, int pushed, Op build, Op add,
                               Op extend, bool tuple) {
    size_t n = elts.size();
    if (n > 2) {
        std::vector<Ref<>> vals;
        bool allConst = true;
        for (Expr* x : elts) {
            if (x->kind == ExprKind::Starred) {
                allConst = false;
                break;
            }
            Ref<> v = foldConstant(x);
            if (!v) {
                allConst = false;
                break;
            }
            vals.push_back(std::move(v));
        }
        if (allConst) {
            Ref<> folded = Ref<>::steal(tupleNew(ssize(n)));
            if (!folded) return false;
            for (size_t i = 0; i < n; ++i) tupleSetItemSteal(folded.get(), ssize(i), vals[i].release());
            if (tuple && !pushed) {
                loadConst(std::move(folded));
            } else {
                if (add == Op::SET_ADD) {
                    folded = constFrozenSet(folded.get());
                    if (!folded) return false;
                }
                emit(build, pushed);
                loadConst(std::move(folded));
                emit(extend, 1);
                if (tuple) emit(Op::LIST_TO_TUPLE);
            }
            return true;
        }
    }
    bool big = n + size_t(pushed) > size_t(kStackUseGuideline);
    bool seenStar = false;
    for (Expr* x : elts)
        if (x->kind == ExprKind::Starred) seenStar = true;
    if (!seenStar && !big) {
        for (Expr* x : elts)
            if (!visitExpr(x)) return false;
        emit(tuple ? Op::BUILD_TUPLE : build, int(n) + pushed);
        return true;
    }
    bool built = false;
    if (big) {
        emit(build, pushed);
        built = true;
    }
    for (size_t i = 0; i < n; ++i) {
        Expr* x = elts[i];
        if (x->kind == ExprKind::Starred) {
            if (!built) {
                emit(build, int(i) + pushed);
                built = true;
            }
            if (!visitExpr(static_cast<Starred*>(x)->value)) return false;
            emit(extend, 1);
        } else {
            if (!visitExpr(x)) return false;
            if (built) emit(add, 1);
        }
    }
    if (tuple) emit(Op::LIST_TO_TUPLE);
    return true;
}

bool CodeGen::assignmentHelper(const std::vector<Expr*>& elts) {
    size_t n = elts.size();
    bool seenStar = false;
    for (size_t i = 0; i < n; ++i) {
        Expr* x = elts[i];
        if (x->kind == ExprKind::Starred && !seenStar) {
            if (i >= (1u << 8) || (n - i - 1) >= (1u << 16))
                return error("too many expressions in star-unpacking assignment");
            seenStar = true;
            emit(Op::UNPACK_EX, int(i + ((n - i - 1) << 8)));
        } else if (x->kind == ExprKind::Starred) {
            return error("multiple starred expressions in assignment");
        }
    }
    if (!seenStar) emit(Op::UNPACK_SEQUENCE, int(n));
    for (Expr* x : elts) {
        Expr* t = x->kind == ExprKind::Starred ? static_cast<Starred*>(x)->value : x;
        if (!visitExpr(t)) return false;
    }
    return true;
}

bool CodeGen::subDict(Dict* e, size_t begin, size_t end) {
    size_t n = end - begin;
    bool big = n * 2 > size_t(kStackUseGuideline);
    if (n > 1 && !big) {
        std::vector<Ref<>> keys;
        bool allConst = true;
        for (size_t i = begin; i < end; ++i) {
            Ref<> k = foldConstant(e->keys[i]);
            if (!k) {
                allConst = false;
                break;
            }
            keys.push_back(std::move(k));
        }
        if (allConst) {
            for (size_t i = begin; i < end; ++i)
                if (!visitExpr(e->values[i])) return false;
            Ref<> tup = Ref<>::steal(tupleNew(ssize(n)));
            if (!tup) return false;
            for (size_t i = 0; i < n; ++i) tupleSetItemSteal(tup.get(), ssize(i), keys[i].release());
            loadConst(std::move(tup));
            emit(Op::BUILD_CONST_KEY_MAP, int(n));
            return true;
        }
    }
    if (big) emit(Op::BUILD_MAP, 0);
    for (size_t i = begin; i < end; ++i) {
        if (!visitExpr(e->keys[i])) return false;
        if (!visitExpr(e->values[i])) return false;
        if (big) emit(Op::MAP_ADD, 1);
    }
    if (!big) emit(Op::BUILD_MAP, int(n));
    return true;
}

bool CodeGen::compileDict(Dict* e) {
    size_t n = e->values.size();
    size_t elements = 0;
    bool haveDict = false;
    for (size_t i = 0; i < n; ++i) {
        bool unpack = e->keys[i] == nullptr;
        if (unpack) {
            if (elements) {
                if (!subDict(e, i - elements, i)) return false;
                if (haveDict) emit(Op::DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            }
            if (!haveDict) {
                emit(Op::BUILD_MAP, 0);
                haveDict = true;
            }
            if (!visitExpr(e->values[i])) return false;
            emit(Op::DICT_UPDATE, 1);
        } else {
            if (elements * 2 > size_t(kStackUseGuideline)) {
                if (!subDict(e, i - elements, i + 1)) return false;
                if (haveDict) emit(Op::DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            } else {
                ++elements;
            }
        }
    }
    if (elements) {
        if (!subDict(e, n - elements, n)) return false;
        if (haveDict) emit(Op::DICT_UPDATE, 1);
        haveDict = true;
    }
    if (!haveDict) emit(Op::BUILD_MAP, 0);
    return true;
}

bool CodeGen::compileJoinedStr(JoinedStr* e) {
    size_t n = e->values.size();
    if (n > size_t(kStackUseGuideline)) {
        loadConst(Ref<>::borrow(emptyStr()));
        emit(Op::LOAD_METHOD, addName("join"));
        emit(Op::BUILD_LIST, 0);
        for (Expr* v : e->values) {
            if (!visitExpr(v)) return false;
            emit(Op::LIST_APPEND, 1);
        }
        emit(Op::CALL, 1);
        return true;
    }
    for (Expr* v : e->values)
        if (!visitExpr(v)) return false;
    if (n != 1) emit(Op::BUILD_STRING, int(n));
    return true;
}

bool CodeGen::compileFormattedValue(FormattedValue* e) {
    if (!visitExpr(e->value)) return false;
    int oparg = 0;
    switch (e->conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    default: oparg = 0; break;
    }
    if (e->formatSpec) {
        if (!visitExpr(e->formatSpec)) return false;
        oparg |= 4;
    }
    emit(Op::FORMAT_VALUE, oparg);
    return true;
}

bool CodeGen::comprehensionGenerator(const std::vector<Comprehension*>& gens, size_t index,
                                     int depth, Expr* elt, Expr* val, CompKind kind) {
    Comprehension* gen = gens[index];
    if (gen->isAsync) return asyncComprehensionGenerator(gens, index, depth, elt, val, kind);
    int start = newBlock(), ifCleanup = newBlock(), anchor = newBlock();
    bool haveStart = true;
    if (index == 0) {
        u_->argcount = 1;
        emit(Op::LOAD_FAST, 0);
    } else {
        const std::vector<Expr*>* elts = nullptr;
        if (gen->iter->kind == ExprKind::List) elts = &static_cast<List*>(gen->iter)->elts;
        else if (gen->iter->kind == ExprKind::Tuple) elts = &static_cast<Tuple*>(gen->iter)->elts;
        if (elts && elts->size() == 1 && (*elts)[0]->kind != ExprKind::Starred) {
            if (!visitExpr((*elts)[0])) return false;
            haveStart = false;
        } else {
            if (!visitIterable(gen->iter)) return false;
            emit(Op::GET_ITER);
        }
    }
    if (haveStart) {
        ++depth;
        useBlock(start);
        emitJump(int(Op::FOR_ITER), anchor);
    }
    if (!visitExpr(gen->target)) return false;
    for (Expr* c : gen->ifs)
        if (!jumpIf(c, ifCleanup, false)) return false;
    if (index + 1 < gens.size()) {
        if (!comprehensionGenerator(gens, index + 1, depth, elt, val, kind)) return false;
    } else {
        switch (kind) {
        case CompKind::Gen:
            if (!visitExpr(elt)) return false;
            if (u_->ste->coroutine && u_->ste->generator) emit(Op::ASYNC_GEN_WRAP);
            emit(Op::YIELD_VALUE);
            emit(Op::RESUME, 1);
            emit(Op::POP_TOP);
            break;
        case CompKind::List:
            if (!visitExpr(elt)) return false;
            emit(Op::LIST_APPEND, depth + 1);
            break;
        case CompKind::Set:
            if (!visitExpr(elt)) return false;
            emit(Op::SET_ADD, depth + 1);
            break;
        case CompKind::Dict:
            if (!visitExpr(elt)) return false;
            if (!visitExpr(val)) return false;
            emit(Op::MAP_ADD, depth + 1);
            break;
        case CompKind::None: break;
        }
    }
    useBlock(ifCleanup);
    if (haveStart) {
        emitJump(kJump, start);
        useBlock(anchor);
    }
    return true;
}

bool CodeGen::asyncComprehensionGenerator(const std::vector<Comprehension*>& gens,
                                          size_t index, int depth, Expr* elt, Expr* val,
                                          CompKind kind) {
    Comprehension* gen = gens[index];
    int start = newBlock(), except = newBlock(), ifCleanup = newBlock();
    if (index == 0) {
        u_->argcount = 1;
        emit(Op::LOAD_FAST, 0);
    } else {
        if (!visitExpr(gen->iter)) return false;
        emit(Op::GET_AITER);
    }
    useBlock(start);
    if (!pushFBlock(FBlockType::AsyncComprehensionGenerator, start, -1, nullptr)) return false;
    emitSetup(kSetupFinally, except);
    emit(Op::GET_ANEXT);
    loadNone();
    addYieldFrom(true);
    emitPseudo(kPopBlock);
    if (!visitExpr(gen->target)) return false;
    for (Expr* c : gen->ifs)
        if (!jumpIf(c, ifCleanup, false)) return false;
    ++depth;
    if (index + 1 < gens.size()) {
        if (!comprehensionGenerator(gens, index + 1, depth, elt, val, kind)) return false;
    } else {
        switch (kind) {
        case CompKind::Gen:
            if (!visitExpr(elt)) return false;
            if (u_->ste->coroutine && u_->ste->generator) emit(Op::ASYNC_GEN_WRAP);
            emit(Op::YIELD_VALUE);
            emit(Op::RESUME, 1);
            emit(Op::POP_TOP);
            break;
        case CompKind::List:
            if (!visitExpr(elt)) return false;
            emit(Op::LIST_APPEND, depth + 1);
            break;
        case CompKind::Set:
            if (!visitExpr(elt)) return false;
            emit(Op::SET_ADD, depth + 1);
            break;
        case CompKind::Dict:
            if (!visitExpr(elt)) return false;
            if (!visitExpr(val)) return false;
            emit(Op::MAP_ADD, depth + 1);
            break;
        case CompKind::None: break;
        }
    }
    useBlock(ifCleanup);
    emitJump(kJump, start);
    popFBlock();
    useBlock(except);
    emit(Op::END_ASYNC_FOR);
    return true;
}

bool CodeGen::compileComprehension(Expr* e, CompKind kind, const std::vector<Comprehension*>& gens,
                                   Expr* elt, Expr* val) {
    Comprehension* outer = gens[0];
    UnitKind outerKind = u_->kind;
    bool topLevelAwait = isTopLevelAwait();
    const char* name = kind == CompKind::List ? "<listcomp>"
                       : kind == CompKind::Set ? "<setcomp>"
                       : kind == CompKind::Dict ? "<dictcomp>"
                                                : "<genexpr>";
    if (!enterScope(name, UnitKind::Comprehension, e, e->lineno)) return false;
    setLoc(e);
    bool isAsyncGen = u_->ste->coroutine;
    bool ok = true;
    if (isAsyncGen && kind != CompKind::Gen && outerKind != UnitKind::AsyncFunction &&
        outerKind != UnitKind::Comprehension && !topLevelAwait) {
        Unit* inner = u_;
        (void)inner;
        ok = error("asynchronous comprehension outside of an asynchronous function");
    }
    if (ok && kind != CompKind::Gen) {
        emit(kind == CompKind::List ? Op::BUILD_LIST
             : kind == CompKind::Set ? Op::BUILD_SET
                                     : Op::BUILD_MAP,
             0);
    }
    if (ok) ok = comprehensionGenerator(gens, 0, 0, elt, val, kind);
    if (ok) {
        if (kind != CompKind::Gen) {
            emit(Op::RETURN_VALUE);
        } else {
            unsetLoc();
            emit(Op::RETURN_CONST, addConst(Ref<>::borrow(none())));
        }
    }
    Ref<> code = Ref<>::steal(exitScope());
    if (!ok || !code) return false;
    if (topLevelAwait && isAsyncGen) u_->ste->coroutine = true;
    setLoc(e);
    makeClosure(code.get(), 0);
    if (!(outer->isAsync ? visitExpr(outer->iter) : visitIterable(outer->iter))) return false;
    setLoc(e);
    emit(outer->isAsync ? Op::GET_AITER : Op::GET_ITER);
    emit(Op::CALL, 0);
    if (isAsyncGen && kind != CompKind::Gen) {
        emit(Op::GET_AWAITABLE, 0);
        loadNone();
        addYieldFrom(true);
    }
    return true;
}

bool CodeGen::compileSlice(Slice* s) {
    int n = 2;
    if (s->lower) {
        if (!visitExpr(s->lower)) return false;
    } else {
        loadNone();
    }
    if (s->upper) {
        if (!visitExpr(s->upper)) return false;
    } else {
        loadNone();
    }
    if (s->step) {
        ++n;
        if (!visitExpr(s->step)) return false;
    }
    emit(Op::BUILD_SLICE, n);
    return true;
}

bool CodeGen::compileSubscript(Subscript* e) {
    if (e->ctx == ExprContext::Load && !checkSubscript(e)) return false;
    if (!visitExpr(e->value)) return false;
    if (!visitExpr(e->slice)) return false;
    setLoc(e);
    switch (e->ctx) {
    case ExprContext::Load: emit(Op::BINARY_SUBSCR); break;
    case ExprContext::Store: emit(Op::STORE_SUBSCR); break;
    case ExprContext::Del: emit(Op::DELETE_SUBSCR); break;
    }
    return true;
}

bool CodeGen::visitExprInner(Expr* e) {
    switch (e->kind) {
    case ExprKind::Constant:
    case ExprKind::UnaryOp:
    case ExprKind::BinOp:
    case ExprKind::Tuple: {
        Ref<> c = foldConstant(e);
        if (c) {
            loadConst(std::move(c));
            return true;
        }
        break;
    }
    default: break;
    }
    switch (e->kind) {
    case ExprKind::NamedExpr: {
        auto* n = static_cast<NamedExpr*>(e);
        if (!visitExpr(n->value)) return false;
        emit(Op::COPY, 1);
        return visitExpr(n->target);
    }
    case ExprKind::BoolOp: return compileBoolOp(static_cast<BoolOp*>(e));
    case ExprKind::BinOp: {
        auto* b = static_cast<ast::BinOp*>(e);
        if (!visitExpr(b->left)) return false;
        if (!visitExpr(b->right)) return false;
        setLoc(e);
        emit(Op::BINARY_OP, binOpArg(b->op, false));
        return true;
    }
    case ExprKind::UnaryOp: {
        auto* u = static_cast<UnaryOp*>(e);
        if (!visitExpr(u->operand)) return false;
        switch (u->op) {
        case UnaryOperator::Invert: emit(Op::UNARY_INVERT); break;
        case UnaryOperator::Not: emit(Op::UNARY_NOT); break;
        case UnaryOperator::UAdd: emit(Op::UNARY_POSITIVE); break;
        case UnaryOperator::USub: emit(Op::UNARY_NEGATIVE); break;
        }
        return true;
    }
    case ExprKind::Lambda: return compileLambda(static_cast<Lambda*>(e));
    case ExprKind::IfExp: {
        auto* i = static_cast<IfExp*>(e);
        int end = newBlock(), next = newBlock();
        if (!jumpIf(i->test, next, false)) return false;
        if (!visitExpr(i->body)) return false;
        unsetLoc();
        emitJump(kJump, end);
        useBlock(next);
        if (!visitExpr(i->orelse)) return false;
        useBlock(end);
        return true;
    }
    case ExprKind::Dict: return compileDict(static_cast<Dict*>(e));
    case ExprKind::Set:
        return starUnpackHelper(static_cast<Set*>(e)->elts, 0, Op::BUILD_SET, Op::SET_ADD,
                                Op::SET_UPDATE, false);
    case ExprKind::GeneratorExp: {
        auto* g = static_cast<GeneratorExp*>(e);
        return compileComprehension(e, CompKind::Gen, g->generators, g->elt, nullptr);
    }
    case ExprKind::ListComp: {
        auto* g = static_cast<ListComp*>(e);
        return compileComprehension(e, CompKind::List, g->generators, g->elt, nullptr);
    }
    case ExprKind::SetComp: {
        auto* g = static_cast<SetComp*>(e);
        return compileComprehension(e, CompKind::Set, g->generators, g->elt, nullptr);
    }
    case ExprKind::DictComp: {
        auto* g = static_cast<DictComp*>(e);
        return compileComprehension(e, CompKind::Dict, g->generators, g->key, g->value);
    }
    case ExprKind::Yield: {
        if (u_->ste->type != BlockType::Function) return error("'yield' outside function");
        auto* y = static_cast<Yield*>(e);
        if (y->value) {
            if (!visitExpr(y->value)) return false;
        } else {
            loadNone();
        }
        if (u_->ste->coroutine && u_->ste->generator) emit(Op::ASYNC_GEN_WRAP);
        emit(Op::YIELD_VALUE);
        emit(Op::RESUME, 1);
        return true;
    }
    case ExprKind::YieldFrom: {
        if (u_->ste->type != BlockType::Function) return error("'yield' outside function");
        if (u_->kind == UnitKind::AsyncFunction)
            return error("'yield from' inside async function");
        if (!visitExpr(static_cast<YieldFrom*>(e)->value)) return false;
        emit(Op::GET_YIELD_FROM_ITER);
        loadNone();
        addYieldFrom(false);
        return true;
    }
    case ExprKind::Await: {
        if (!isTopLevelAwait()) {
            if (u_->ste->type != BlockType::Function) return error("'await' outside function");
            if (u_->kind != UnitKind::AsyncFunction && u_->kind != UnitKind::Comprehension)
                return error("'await' outside async function");
        }
        if (!visitExpr(static_cast<Await*>(e)->value)) return false;
        setLoc(e);
        emit(Op::GET_AWAITABLE, 0);
        loadNone();
        addYieldFrom(true);
        return true;
    }
    case ExprKind::Compare: return compileCompare(static_cast<Compare*>(e));
    case ExprKind::Call: return compileCall(static_cast<Call*>(e));
    case ExprKind::FormattedValue: return compileFormattedValue(static_cast<FormattedValue*>(e));
    case ExprKind::JoinedStr: return compileJoinedStr(static_cast<JoinedStr*>(e));
    case ExprKind::Constant: {
        Ref<> v = constantValue(static_cast<Constant*>(e)->value);
        if (!v) return false;
        loadConst(std::move(v));
        return true;
    }
    case ExprKind::Attribute: {
        auto* a = static_cast<Attribute*>(e);
        if (!visitExpr(a->value)) return false;
        setLoc(e);
        if (a->ctx != ExprContext::Del) u_->loc.line = e->endLineno;
        switch (a->ctx) {
        case ExprContext::Load: emit(Op::LOAD_ATTR, addName(a->attr)); break;
        case ExprContext::Store:
            if (!forbiddenName(a->attr, a->ctx)) return false;
            emit(Op::STORE_ATTR, addName(a->attr));
            break;
        case ExprContext::Del: emit(Op::DELETE_ATTR, addName(a->attr)); break;
        }
        return true;
    }
    case ExprKind::Subscript: return compileSubscript(static_cast<Subscript*>(e));
    case ExprKind::Starred:
        if (static_cast<Starred*>(e)->ctx == ExprContext::Store)
            return error("starred assignment target must be in a list or tuple");
        return error("can't use starred expression here");
    case ExprKind::Slice: return compileSlice(static_cast<Slice*>(e));
    case ExprKind::Name: {
        auto* n = static_cast<Name*>(e);
        return nameOp(n->id, n->ctx);
    }
    case ExprKind::List: {
        auto* l = static_cast<List*>(e);
        switch (l->ctx) {
        case ExprContext::Store: return assignmentHelper(l->elts);
        case ExprContext::Load:
            return starUnpackHelper(l->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND,
                                    Op::LIST_EXTEND, false);
        case ExprContext::Del:
            for (Expr* x : l->elts)
                if (!visitExpr(x)) return false;
            return true;
        }
        return true;
    }
    case ExprKind::Tuple: {
        auto* t = static_cast<Tuple*>(e);
        switch (t->ctx) {
        case ExprContext::Store: return assignmentHelper(t->elts);
        case ExprContext::Load:
            return starUnpackHelper(t->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND,
                                    Op::LIST_EXTEND, true);
        case ExprContext::Del:
            for (Expr* x : t->elts)
                if (!visitExpr(x)) return false;
            return true;
        }
        return true;
    }
    }
    return true;
}

}  // namespace compiler

// ---------------------------------------------------------------------------------------------
// Public API

Object* compileAst(ast::Mod* root, std::string_view source, Object* filename, CompileMode mode,
                   int flags, int optimize) {
    compiler::CodeGen gen(source, filename, flags, optimize);
    Object* code = gen.compileModule(root, mode);
    if (!code && !errOccurred()) setError(&ExcSystemError, "compiler failed without an error");
    return code;
}

bool decodeSourceBytes(std::string_view& source, int flags, std::string& decoded,
                       bool& ignoreCookie) {
    ignoreCookie = (flags & (kPyCfSourceIsUtf8 | kPyCfIgnoreCookie)) != 0;
    std::string name;
    if (ignoreCookie || !parser::sourceEncodingCookie(source, name) ||
        !parser::cookieNeedsCodec(name)) {
        return true;
    }
    // A BOM with such a cookie is the parser's "encoding problem" error.
    if (source.size() >= 3 && static_cast<unsigned char>(source[0]) == 0xEF) return true;
    Ref<> text = Ref<>::steal(codecsDecode(source, name, "strict"));
    if (!text) {
        // An unknown codec is the parser's "unknown encoding" SyntaxError.
        if (errMatches(&ExcLookupError)) {
            clearError();
            return true;
        }
        Ref<> exc = Ref<>::steal(fetchError());
        Ref<> msg = Ref<>::steal(str(exc.get()));
        if (!msg) return false;
        setErrorObject(&ExcSyntaxError, msg.get());
        return false;
    }
    decoded = strToStd(text.get());
    source = decoded;
    ignoreCookie = true;
    return true;
}

namespace {

// Emits err.warnings. Returns false with the exception set, or false with *escapeError set to
// the ordinal of the escape-sequence warning that a filter turned into an error (no exception
// set: the caller parses again to raise CPython's SyntaxError for it).
bool emitParseWarnings(const SyntaxErrorInfo& err, Object* filename, int* escapeError) {
    if (err.warnings.empty()) return true;
    Ref<> warnings = Ref<>::steal(importModule("warnings"));
    Ref<> fn = warnings ? Ref<>::steal(getAttr(warnings.get(), "warn_explicit")) : Ref<>();
    if (!fn) {
        // No warnings module (e.g. no Lib): the warnings cannot be shown; compile on.
        clearError();
        return true;
    }
    for (const SyntaxErrorInfo::Warning& w : err.warnings) {
        Ref<> text = Ref<>::steal(strFromUtf8(w.msg));
        Ref<> lineno = Ref<>::steal(intFromInt64(w.lineno));
        if (!text || !lineno) return false;
        Type* category = w.escapeIndex >= 0 ? &ExcDeprecationWarning : &ExcSyntaxWarning;
        Object* args[4] = {text.get(), asObject(category), filename ? filename : none(),
                           lineno.get()};
        Ref<> r = Ref<>::steal(call(fn.get(), args, 4));
        if (r) continue;
        if (!errMatches(category)) return false;
        clearError();
        if (w.escapeIndex >= 0) {
            *escapeError = w.escapeIndex;
            return false;
        }
        // An "error" filter: a SyntaxError at the warning's place instead (CPython's
        // parser_warn).
        Ref<> line = Ref<>::steal(strFromUtf8(w.text));
        Ref<> off = Ref<>::steal(intFromInt64(w.offset));
        if (!line || !off) return false;
        Ref<> loc = Ref<>::steal(tuplePack({filename ? filename : none(), lineno.get(), off.get(),
                                            line.get(), lineno.get(), off.get()}));
        if (!loc) return false;
        Ref<> a = Ref<>::steal(tuplePack({text.get(), loc.get()}));
        if (!a) return false;
        setErrorObject(&ExcSyntaxError, a.get());
        return false;
    }
    return true;
}

// Raises the SyntaxError (or IndentationError/TabError/MemoryError) err describes.
void raiseParseError(const SyntaxErrorInfo& err, Object* filename) {
    Type* type = &ExcSyntaxError;
    if (err.type == "IndentationError") type = &ExcIndentationError;
    else if (err.type == "TabError") type = &ExcTabError;
    Ref<> msg = Ref<>::steal(strFromUtf8(err.msg));
    Ref<> text;
    if (!err.text.empty() || err.textIsEmptyStr) text = Ref<>::steal(strFromUtf8(err.text));
    if (!text) {
        clearError();
        text = Ref<>::borrow(none());
    }
    Ref<> ln = Ref<>::steal(intFromInt64(err.lineno));
    Ref<> off = Ref<>::steal(intFromInt64(err.offset));
    Ref<> eln = Ref<>::steal(intFromInt64(err.endLineno));
    Ref<> eoff = Ref<>::steal(intFromInt64(err.endOffset));
    if (!msg || !ln || !off || !eln || !eoff) return;
    Ref<> loc = Ref<>::steal(tuplePack(
        {filename ? filename : none(), ln.get(), off.get(), text.get(), eln.get(), eoff.get()}));
    if (!loc) return;
    Ref<> args = Ref<>::steal(tuplePack({msg.get(), loc.get()}));
    if (!args) return;
    setErrorObject(type, args.get());
}

}  // namespace

std::unique_ptr<ParseResult> parseWithWarnings(std::string_view source, Object* filename,
                                               ParseMode mode, bool ignoreCookie) {
    SyntaxErrorInfo err;
    std::string fname = filename && isStr(filename) ? std::string(strView(filename)) : "<string>";
    std::unique_ptr<ParseResult> tree = parse(source, fname, mode, err, ignoreCookie);
    int escapeError = -1;
    if (!emitParseWarnings(err, filename, &escapeError)) {
        if (escapeError < 0) return nullptr;
        err = SyntaxErrorInfo();
        tree = parse(source, fname, mode, err, ignoreCookie, escapeError);
        if (tree) {
            setError(&ExcSystemError, "parser did not report the warning's error");
            return nullptr;
        }
    }
    if (!tree) raiseParseError(err, filename);
    return tree;
}

Object* compileSource(std::string_view source, Object* filename, CompileMode mode, int flags,
                      int optimize) {
    if (flags & kPyCfOnlyAst) return astFromSource(source, filename, mode, flags);
    std::string decoded;
    bool ignoreCookie = false;
    if (!decodeSourceBytes(source, flags, decoded, ignoreCookie)) return nullptr;
    ParseMode pm = mode == CompileMode::Exec   ? ParseMode::File
                   : mode == CompileMode::Eval ? ParseMode::Eval
                                               : ParseMode::Single;
    std::unique_ptr<ParseResult> tree = parseWithWarnings(source, filename, pm, ignoreCookie);
    if (!tree) return nullptr;
    return compileAst(tree->root, source, filename, mode, flags, optimize);
}

}  // namespace krait
