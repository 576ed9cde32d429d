// Symbol table construction and analysis (see symtable.h). Two passes, as CPython's:
// 1. SymtableBuilder walks the AST, creating a Scope per block and recording name flags.
// 2. analyzeBlock() decides each name's ScopeKind top-down, passing the sets of names bound
//    in enclosing function scopes and the explicit globals, and collecting free variables
//    bottom-up (a free name in a child becomes a cell in the binding function).
#include "compiler/symtable.h"

#include <algorithm>
#include <set>
#include <unordered_set>

namespace krait::compiler {

using namespace krait::ast;

std::string mangleName(const std::string& privateName, const std::string& name) {
    if (privateName.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
    if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_')
        return name;   // dunder names are not mangled
    if (name.find('.') != std::string::npos) return name;   // dotted (import) names
    size_t i = 0;
    while (i < privateName.size() && privateName[i] == '_') ++i;
    if (i == privateName.size()) return name;   // class name is all underscores
    return "_" + privateName.substr(i) + name;
}

namespace {

const char* kGlobalParam = "name '%s' is parameter and global";
const char* kGlobalAfterAssign = "name '%s' is assigned to before global declaration";
const char* kGlobalAfterUse = "name '%s' is used prior to global declaration";
const char* kGlobalAnnot = "annotated name '%s' can't be global";
const char* kNonlocalParam = "name '%s' is parameter and nonlocal";
const char* kNonlocalAfterAssign = "name '%s' is assigned to before nonlocal declaration";
const char* kNonlocalAfterUse = "name '%s' is used prior to nonlocal declaration";
const char* kNonlocalAnnot = "annotated name '%s' can't be nonlocal";

std::string fmt1(const char* f, const std::string& name) {
    std::string out;
    for (const char* p = f; *p; ++p) {
        if (p[0] == '%' && p[1] == 's') {
            out += name;
            ++p;
        } else {
            out += *p;
        }
    }
    return out;
}

template <class N>
SymLocation locOf(const N* n) {
    return {n->lineno, n->colOffset, n->endLineno, n->endColOffset};
}

}  // namespace

class SymtableBuilder {
public:
    SymtableBuilder(SymTable& t, bool futureAnnotations, SymtableError& err)
        : table_(t), futureAnnotations_(futureAnnotations), err_(err) {}

    bool run(Mod* root) {
        Scope* top = enter("top", BlockType::Module, root, SymLocation{0, 0, 0, 0});
        table_.top_ = top;
        global_ = top;
        switch (root->kind) {
        case ModKind::Module:
            for (Stmt* s : static_cast<Module*>(root)->body) visitStmt(s);
            break;
        case ModKind::Interactive:
            for (Stmt* s : static_cast<Interactive*>(root)->body) visitStmt(s);
            break;
        case ModKind::Expression:
            visitExpr(static_cast<Expression*>(root)->body);
            break;
        case ModKind::FunctionType:
            break;
        }
        exit();
        if (failed_) return false;
        std::unordered_set<std::string> global;
        std::unordered_set<std::string> free;
        return analyzeBlock(top, nullptr, free, global);
    }

private:
    SymTable& table_;
    bool futureAnnotations_;
    SymtableError& err_;
    bool failed_ = false;
    std::vector<Scope*> stack_;
    Scope* cur_ = nullptr;
    Scope* global_ = nullptr;
    std::string private_;

    bool error(const std::string& msg, SymLocation loc) {
        if (!failed_) {
            failed_ = true;
            err_.msg = msg;
            err_.loc = loc;
        }
        return false;
    }

    Scope* enter(const std::string& name, BlockType type, const void* key, SymLocation loc) {
        auto owned = std::make_unique<Scope>();
        Scope* s = owned.get();
        table_.scopes_.push_back(std::move(owned));
        table_.byKey_[key] = s;
        s->type = type;
        s->name = name;
        s->key = key;
        s->loc = loc;
        if (cur_ != nullptr) {
            if (cur_->nested || cur_->type == BlockType::Function) s->nested = true;
            // Scopes inside a comprehension's iterable expression (lambdas, comprehensions)
            // are still inside it, as CPython's symtable_enter_block counts them.
            s->compIterExpr = cur_->compIterExpr;
            cur_->children.push_back(s);
        }
        stack_.push_back(s);
        cur_ = s;
        return s;
    }
    void exit() {
        stack_.pop_back();
        cur_ = stack_.empty() ? nullptr : stack_.back();
    }

    Symbol& symbolIn(Scope* ste, const std::string& mangled) {
        auto it = ste->symbols.find(mangled);
        if (it == ste->symbols.end()) {
            ste->order.push_back(mangled);
            return ste->symbols[mangled];
        }
        return it->second;
    }

    bool addDefIn(Scope* ste, const std::string& name, uint32_t flag, SymLocation loc) {
        std::string mangled = mangleName(private_, name);
        Symbol& sym = symbolIn(ste, mangled);
        uint32_t val = sym.flags;
        if ((flag & kDefParam) && (val & kDefParam))
            return error("duplicate argument '" + mangled + "' in function definition", loc);
        val |= flag;
        if (ste->compIterTarget) {
            if (val & (kDefGlobal | kDefNonlocal))
                return error("comprehension inner loop cannot rebind assignment expression "
                             "target '" + mangled + "'", loc);
            val |= kDefCompIter;
        }
        sym.flags = val;
        if (flag & kDefParam) {
            ste->varnames.push_back(mangled);
        } else if (flag & kDefGlobal) {
            Symbol& g = symbolIn(global_, mangled);
            g.flags |= flag;
        }
        return true;
    }
    bool addDef(const std::string& name, uint32_t flag, SymLocation loc) {
        return addDefIn(cur_, name, flag, loc);
    }
    uint32_t lookupFlags(const std::string& name) {
        return cur_->flagsOf(mangleName(private_, name));
    }
    void recordDirective(const std::string& name, SymLocation loc) {
        std::string mangled = mangleName(private_, name);
        if (!cur_->directives.count(mangled)) cur_->directives[mangled] = loc;
    }

    void visitStmts(const std::vector<Stmt*>& v) {
        for (Stmt* s : v) {
            if (failed_) return;
            visitStmt(s);
        }
    }
    void visitExprs(const std::vector<Expr*>& v) {
        for (Expr* e : v) {
            if (failed_) return;
            if (e) visitExpr(e);
        }
    }

    void visitAnnotation(Expr* e) {
        if (e && !futureAnnotations_) visitExpr(e);
    }
    void visitArgAnnotations(const std::vector<Arg*>& args) {
        for (Arg* a : args) visitAnnotation(a->annotation);
    }
    void visitAnnotations(Arguments* a, Expr* returns) {
        visitArgAnnotations(a->posonlyargs);
        visitArgAnnotations(a->args);
        if (a->vararg) visitAnnotation(a->vararg->annotation);
        if (a->kwarg) visitAnnotation(a->kwarg->annotation);
        visitArgAnnotations(a->kwonlyargs);
        visitAnnotation(returns);
    }
    void visitParams(const std::vector<Arg*>& args) {
        for (Arg* a : args)
            if (!addDef(a->arg, kDefParam, locOf(a))) return;
    }
    void visitArguments(Arguments* a) {
        visitParams(a->posonlyargs);
        visitParams(a->args);
        visitParams(a->kwonlyargs);
        if (a->vararg) {
            addDef(a->vararg->arg, kDefParam, locOf(a->vararg));
            cur_->varargs = true;
        }
        if (a->kwarg) {
            addDef(a->kwarg->arg, kDefParam, locOf(a->kwarg));
            cur_->varkeywords = true;
        }
    }

    template <class F>
    void visitFunction(F* s, bool isAsync) {
        addDef(s->name, kDefLocal, locOf(s));
        visitExprs(s->args->defaults);
        visitExprs(s->args->kwDefaults);
        visitAnnotations(s->args, s->returns);
        visitExprs(s->decoratorList);
        if (failed_) return;
        enter(s->name, BlockType::Function, s, locOf(s));
        if (isAsync) cur_->coroutine = true;
        cur_->privateName = private_;
        visitArguments(s->args);
        visitStmts(s->body);
        exit();
    }

    void visitAlias(Alias* a) {
        std::string store = a->asname.empty() ? a->name : a->asname;
        if (a->asname.empty()) {
            size_t dot = store.find('.');
            if (dot != std::string::npos) store = store.substr(0, dot);
        }
        if (store == "*") {
            if (cur_->type != BlockType::Module) {
                error("import * only allowed at module level", locOf(a));
            }
            return;
        }
        addDef(store, kDefImport, locOf(a));
    }

    void visitStmt(Stmt* s) {
        if (failed_) return;
        switch (s->kind) {
        case StmtKind::FunctionDef: visitFunction(static_cast<FunctionDef*>(s), false); break;
        case StmtKind::AsyncFunctionDef:
            visitFunction(static_cast<AsyncFunctionDef*>(s), true);
            break;
        case StmtKind::ClassDef: {
            auto* c = static_cast<ClassDef*>(s);
            addDef(c->name, kDefLocal, locOf(c));
            visitExprs(c->bases);
            for (Keyword* k : c->keywords) visitExpr(k->value);
            visitExprs(c->decoratorList);
            if (failed_) return;
            enter(c->name, BlockType::Class, c, locOf(c));
            std::string saved = private_;
            private_ = c->name;
            cur_->privateName = private_;
            visitStmts(c->body);
            private_ = saved;
            exit();
            break;
        }
        case StmtKind::Return: {
            auto* r = static_cast<Return*>(s);
            if (r->value) visitExpr(r->value);
            break;
        }
        case StmtKind::Delete: visitExprs(static_cast<Delete*>(s)->targets); break;
        case StmtKind::Assign: {
            auto* a = static_cast<Assign*>(s);
            visitExprs(a->targets);
            visitExpr(a->value);
            break;
        }
        case StmtKind::AnnAssign: {
            auto* a = static_cast<AnnAssign*>(s);
            if (a->target->kind == ExprKind::Name) {
                auto* n = static_cast<Name*>(a->target);
                uint32_t cur = lookupFlags(n->id);
                if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != global_ && a->simple) {
                    error(fmt1(cur & kDefGlobal ? kGlobalAnnot : kNonlocalAnnot, n->id),
                          locOf(s));
                    return;
                }
                if (a->simple) {
                    addDef(n->id, kDefAnnot | kDefLocal, locOf(n));
                } else if (a->value) {
                    addDef(n->id, kDefLocal, locOf(n));
                }
            } else {
                visitExpr(a->target);
            }
            visitAnnotation(a->annotation);
            if (a->value) visitExpr(a->value);
            break;
        }
        case StmtKind::AugAssign: {
            auto* a = static_cast<AugAssign*>(s);
            visitExpr(a->target);
            visitExpr(a->value);
            break;
        }
        case StmtKind::For: {
            auto* f = static_cast<For*>(s);
            visitExpr(f->target);
            visitExpr(f->iter);
            visitStmts(f->body);
            visitStmts(f->orelse);
            break;
        }
        case StmtKind::AsyncFor: {
            auto* f = static_cast<AsyncFor*>(s);
            visitExpr(f->target);
            visitExpr(f->iter);
            visitStmts(f->body);
            visitStmts(f->orelse);
            break;
        }
        case StmtKind::While: {
            auto* w = static_cast<While*>(s);
            visitExpr(w->test);
            visitStmts(w->body);
            visitStmts(w->orelse);
            break;
        }
        case StmtKind::If: {
            auto* i = static_cast<If*>(s);
            visitExpr(i->test);
            visitStmts(i->body);
            visitStmts(i->orelse);
            break;
        }
        case StmtKind::Match: {
            auto* m = static_cast<Match*>(s);
            visitExpr(m->subject);
            for (MatchCase* c : m->cases) {
                visitPattern(c->pattern);
                if (c->guard) visitExpr(c->guard);
                visitStmts(c->body);
            }
            break;
        }
        case StmtKind::Raise: {
            auto* r = static_cast<Raise*>(s);
            if (r->exc) {
                visitExpr(r->exc);
                if (r->cause) visitExpr(r->cause);
            }
            break;
        }
        case StmtKind::Try:
        case StmtKind::TryStar: {
            auto* t = static_cast<Try*>(s);   // identical layout for TryStar
            const std::vector<Stmt*>& body =
                s->kind == StmtKind::Try ? t->body : static_cast<TryStar*>(s)->body;
            const std::vector<Stmt*>& orelse =
                s->kind == StmtKind::Try ? t->orelse : static_cast<TryStar*>(s)->orelse;
            const std::vector<ExceptHandler*>& handlers =
                s->kind == StmtKind::Try ? t->handlers : static_cast<TryStar*>(s)->handlers;
            const std::vector<Stmt*>& finalbody =
                s->kind == StmtKind::Try ? t->finalbody : static_cast<TryStar*>(s)->finalbody;
            visitStmts(body);
            visitStmts(orelse);
            for (ExceptHandler* h : handlers) {
                if (h->type) visitExpr(h->type);
                if (!h->name.empty()) addDef(h->name, kDefLocal, locOf(h));
                visitStmts(h->body);
            }
            visitStmts(finalbody);
            break;
        }
        case StmtKind::Assert: {
            auto* a = static_cast<Assert*>(s);
            visitExpr(a->test);
            if (a->msg) visitExpr(a->msg);
            break;
        }
        case StmtKind::Import:
            for (Alias* a : static_cast<Import*>(s)->names) visitAlias(a);
            break;
        case StmtKind::ImportFrom:
            for (Alias* a : static_cast<ImportFrom*>(s)->names) visitAlias(a);
            break;
        case StmtKind::Global: {
            for (const std::string& name : static_cast<Global*>(s)->names) {
                uint32_t cur = lookupFlags(name);
                if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
                    const char* msg = (cur & kDefParam) ? kGlobalParam
                                      : (cur & kUse)    ? kGlobalAfterUse
                                      : (cur & kDefAnnot) ? kGlobalAnnot
                                                          : kGlobalAfterAssign;
                    error(fmt1(msg, name), locOf(s));
                    return;
                }
                if (!addDef(name, kDefGlobal, locOf(s))) return;
                recordDirective(name, locOf(s));
            }
            break;
        }
        case StmtKind::Nonlocal: {
            for (const std::string& name : static_cast<Nonlocal*>(s)->names) {
                uint32_t cur = lookupFlags(name);
                if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
                    const char* msg = (cur & kDefParam) ? kNonlocalParam
                                      : (cur & kUse)    ? kNonlocalAfterUse
                                      : (cur & kDefAnnot) ? kNonlocalAnnot
                                                          : kNonlocalAfterAssign;
                    error(fmt1(msg, name), locOf(s));
                    return;
                }
                if (!addDef(name, kDefNonlocal, locOf(s))) return;
                recordDirective(name, locOf(s));
            }
            break;
        }
        case StmtKind::Expr: visitExpr(static_cast<ExprStmt*>(s)->value); break;
        case StmtKind::Pass:
        case StmtKind::Break:
        case StmtKind::Continue:
            break;
        case StmtKind::With:
        case StmtKind::AsyncWith: {
            const std::vector<WithItem*>& items = s->kind == StmtKind::With
                                                      ? static_cast<With*>(s)->items
                                                      : static_cast<AsyncWith*>(s)->items;
            const std::vector<Stmt*>& body = s->kind == StmtKind::With
                                                 ? static_cast<With*>(s)->body
                                                 : static_cast<AsyncWith*>(s)->body;
            for (WithItem* it : items) {
                visitExpr(it->contextExpr);
                if (it->optionalVars) visitExpr(it->optionalVars);
            }
            visitStmts(body);
            break;
        }
        }
    }

    void visitPattern(Pattern* p) {
        if (failed_ || p == nullptr) return;
        switch (p->kind) {
        case PatternKind::MatchValue: visitExpr(static_cast<MatchValue*>(p)->value); break;
        case PatternKind::MatchSingleton: break;
        case PatternKind::MatchSequence:
            for (Pattern* q : static_cast<MatchSequence*>(p)->patterns) visitPattern(q);
            break;
        case PatternKind::MatchStar: {
            auto* m = static_cast<MatchStar*>(p);
            if (!m->name.empty()) addDef(m->name, kDefLocal, locOf(p));
            break;
        }
        case PatternKind::MatchAs: {
            auto* m = static_cast<MatchAs*>(p);
            if (m->pattern) visitPattern(m->pattern);
            if (!m->name.empty()) addDef(m->name, kDefLocal, locOf(p));
            break;
        }
        case PatternKind::MatchOr:
            for (Pattern* q : static_cast<MatchOr*>(p)->patterns) visitPattern(q);
            break;
        case PatternKind::MatchClass: {
            auto* m = static_cast<MatchClass*>(p);
            visitExpr(m->cls);
            for (Pattern* q : m->patterns) visitPattern(q);
            for (Pattern* q : m->kwdPatterns) visitPattern(q);
            break;
        }
        case PatternKind::MatchMapping: {
            auto* m = static_cast<MatchMapping*>(p);
            visitExprs(m->keys);
            for (Pattern* q : m->patterns) visitPattern(q);
            if (!m->rest.empty()) addDef(m->rest, kDefLocal, locOf(p));
            break;
        }
        }
    }

    bool raiseIfComprehension(Expr* e) {
        const char* kinds[] = {"", "'yield' inside list comprehension",
                               "'yield' inside set comprehension",
                               "'yield' inside dict comprehension",
                               "'yield' inside generator expression"};
        if (cur_->comprehension != CompKind::None)
            return error(kinds[int(cur_->comprehension)], locOf(e));
        return true;
    }

    bool extendNamedExprScope(Name* target) {
        const std::string& name = target->id;
        for (size_t i = stack_.size(); i-- > 0;) {
            Scope* ste = stack_[i];
            if (ste->comprehension != CompKind::None) {
                if (ste->flagsOf(name) & kDefCompIter)
                    return error("assignment expression cannot rebind comprehension iteration "
                                 "variable '" + name + "'", locOf(target));
                continue;
            }
            if (ste->type == BlockType::Function) {
                if (ste->flagsOf(name) & kDefGlobal) {
                    if (!addDef(name, kDefGlobal, locOf(target))) return false;
                } else {
                    if (!addDef(name, kDefNonlocal, locOf(target))) return false;
                }
                recordDirective(name, locOf(target));
                return addDefIn(ste, name, kDefLocal, locOf(target));
            }
            if (ste->type == BlockType::Module) {
                if (!addDef(name, kDefGlobal, locOf(target))) return false;
                recordDirective(name, locOf(target));
                return addDefIn(ste, name, kDefGlobal, locOf(target));
            }
            if (ste->type == BlockType::Class)
                return error("assignment expression within a comprehension cannot be used in "
                             "a class body", locOf(target));
        }
        return true;
    }

    void visitComprehension(Expr* e, const char* scopeName, CompKind kind,
                            const std::vector<Comprehension*>& gens, Expr* elt, Expr* value) {
        bool isGenerator = kind == CompKind::Gen;
        Comprehension* outer = gens[0];
        cur_->compIterExpr++;
        visitExpr(outer->iter);
        cur_->compIterExpr--;
        if (failed_) return;
        enter(scopeName, BlockType::Function, e, locOf(e));
        cur_->comprehension = kind;
        cur_->privateName = private_;
        if (outer->isAsync) cur_->coroutine = true;
        addDef(".0", kDefParam, locOf(e));
        cur_->compIterTarget = true;
        visitExpr(outer->target);
        cur_->compIterTarget = false;
        visitExprs(outer->ifs);
        for (size_t i = 1; i < gens.size() && !failed_; ++i) {
            Comprehension* g = gens[i];
            cur_->compIterTarget = true;
            visitExpr(g->target);
            cur_->compIterTarget = false;
            cur_->compIterExpr++;
            visitExpr(g->iter);
            cur_->compIterExpr--;
            visitExprs(g->ifs);
            if (g->isAsync) cur_->coroutine = true;
        }
        if (value) visitExpr(value);
        visitExpr(elt);
        cur_->generator = isGenerator;
        exit();
    }

    void visitExpr(Expr* e) {
        if (failed_ || e == nullptr) return;
        switch (e->kind) {
        case ExprKind::NamedExpr: {
            auto* n = static_cast<NamedExpr*>(e);
            if (cur_->compIterExpr > 0) {
                error("assignment expression cannot be used in a comprehension iterable "
                      "expression", locOf(e));
                return;
            }
            if (cur_->comprehension != CompKind::None) {
                if (n->target->kind == ExprKind::Name &&
                    !extendNamedExprScope(static_cast<Name*>(n->target)))
                    return;
            }
            visitExpr(n->value);
            visitExpr(n->target);
            break;
        }
        case ExprKind::BoolOp: visitExprs(static_cast<BoolOp*>(e)->values); break;
        case ExprKind::BinOp:
            visitExpr(static_cast<BinOp*>(e)->left);
            visitExpr(static_cast<BinOp*>(e)->right);
            break;
        case ExprKind::UnaryOp: visitExpr(static_cast<UnaryOp*>(e)->operand); break;
        case ExprKind::Lambda: {
            auto* l = static_cast<Lambda*>(e);
            visitExprs(l->args->defaults);
            visitExprs(l->args->kwDefaults);
            if (failed_) return;
            enter("lambda", BlockType::Function, l, locOf(e));
            cur_->privateName = private_;
            visitArguments(l->args);
            visitExpr(l->body);
            exit();
            break;
        }
        case ExprKind::IfExp: {
            auto* i = static_cast<IfExp*>(e);
            visitExpr(i->test);
            visitExpr(i->body);
            visitExpr(i->orelse);
            break;
        }
        case ExprKind::Dict: {
            auto* d = static_cast<Dict*>(e);
            visitExprs(d->keys);
            visitExprs(d->values);
            break;
        }
        case ExprKind::Set: visitExprs(static_cast<Set*>(e)->elts); break;
        case ExprKind::GeneratorExp: {
            auto* g = static_cast<GeneratorExp*>(e);
            visitComprehension(e, "genexpr", CompKind::Gen, g->generators, g->elt, nullptr);
            break;
        }
        case ExprKind::ListComp: {
            auto* g = static_cast<ListComp*>(e);
            visitComprehension(e, "listcomp", CompKind::List, g->generators, g->elt, nullptr);
            break;
        }
        case ExprKind::SetComp: {
            auto* g = static_cast<SetComp*>(e);
            visitComprehension(e, "setcomp", CompKind::Set, g->generators, g->elt, nullptr);
            break;
        }
        case ExprKind::DictComp: {
            auto* g = static_cast<DictComp*>(e);
            visitComprehension(e, "dictcomp", CompKind::Dict, g->generators, g->key, g->value);
            break;
        }
        case ExprKind::Yield: {
            if (!raiseIfComprehension(e)) return;
            auto* y = static_cast<Yield*>(e);
            if (y->value) visitExpr(y->value);
            cur_->generator = true;
            break;
        }
        case ExprKind::YieldFrom: {
            if (!raiseIfComprehension(e)) return;
            visitExpr(static_cast<YieldFrom*>(e)->value);
            cur_->generator = true;
            break;
        }
        case ExprKind::Await:
            visitExpr(static_cast<Await*>(e)->value);
            cur_->coroutine = true;
            break;
        case ExprKind::Compare:
            visitExpr(static_cast<Compare*>(e)->left);
            visitExprs(static_cast<Compare*>(e)->comparators);
            break;
        case ExprKind::Call: {
            auto* c = static_cast<Call*>(e);
            visitExpr(c->func);
            visitExprs(c->args);
            for (Keyword* k : c->keywords) visitExpr(k->value);
            break;
        }
        case ExprKind::FormattedValue:
            visitExpr(static_cast<FormattedValue*>(e)->value);
            visitExpr(static_cast<FormattedValue*>(e)->formatSpec);
            break;
        case ExprKind::JoinedStr: visitExprs(static_cast<JoinedStr*>(e)->values); break;
        case ExprKind::Constant: break;
        case ExprKind::Attribute: visitExpr(static_cast<Attribute*>(e)->value); break;
        case ExprKind::Subscript:
            visitExpr(static_cast<Subscript*>(e)->value);
            visitExpr(static_cast<Subscript*>(e)->slice);
            break;
        case ExprKind::Starred: visitExpr(static_cast<Starred*>(e)->value); break;
        case ExprKind::Slice: {
            auto* s = static_cast<Slice*>(e);
            visitExpr(s->lower);
            visitExpr(s->upper);
            visitExpr(s->step);
            break;
        }
        case ExprKind::Name: {
            auto* n = static_cast<Name*>(e);
            addDef(n->id, n->ctx == ExprContext::Load ? kUse : kDefLocal, locOf(e));
            // super() implicitly uses the __class__ cell.
            if (n->ctx == ExprContext::Load && cur_->type == BlockType::Function &&
                n->id == "super")
                addDef("__class__", kUse, locOf(e));
            break;
        }
        case ExprKind::List: visitExprs(static_cast<List*>(e)->elts); break;
        case ExprKind::Tuple: visitExprs(static_cast<Tuple*>(e)->elts); break;
        }
    }

    // ---- analysis ----
    using NameSet = std::unordered_set<std::string>;

    bool errorAtDirective(Scope* ste, const std::string& name, const std::string& msg) {
        auto it = ste->directives.find(name);
        SymLocation loc = it != ste->directives.end() ? it->second : ste->loc;
        return error(msg, loc);
    }

    bool analyzeName(Scope* ste, const std::string& name, Symbol& sym, NameSet* bound,
                     NameSet& local, NameSet& free, NameSet& global) {
        uint32_t flags = sym.flags;
        if (flags & kDefGlobal) {
            if (flags & kDefNonlocal)
                return errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            sym.scope = ScopeKind::GlobalExplicit;
            global.insert(name);
            if (bound) bound->erase(name);
            return true;
        }
        if (flags & kDefNonlocal) {
            if (bound == nullptr)
                return errorAtDirective(ste, name,
                                        "nonlocal declaration not allowed at module level");
            if (!bound->count(name))
                return errorAtDirective(ste, name,
                                        "no binding for nonlocal '" + name + "' found");
            sym.scope = ScopeKind::Free;
            ste->free = true;
            free.insert(name);
            return true;
        }
        if (flags & kDefBound) {
            sym.scope = ScopeKind::Local;
            local.insert(name);
            global.erase(name);
            return true;
        }
        if (bound && bound->count(name)) {
            sym.scope = ScopeKind::Free;
            ste->free = true;
            free.insert(name);
            return true;
        }
        if (global.count(name)) {
            sym.scope = ScopeKind::GlobalImplicit;
            return true;
        }
        if (ste->nested) ste->free = true;
        sym.scope = ScopeKind::GlobalImplicit;
        return true;
    }

    bool analyzeBlock(Scope* ste, NameSet* bound, NameSet& free, NameSet& global) {
        NameSet local, newglobal, newfree, newbound;
        // The globals passed in are modified by analyzeName for this block only.
        NameSet blockGlobal = global;
        if (ste->type == BlockType::Class) {
            newglobal = global;
            if (bound) newbound = *bound;
        }
        for (const std::string& name : ste->order) {
            Symbol& sym = ste->symbols[name];
            if (!analyzeName(ste, name, sym, bound, local, free, blockGlobal)) return false;
        }
        if (ste->type != BlockType::Class) {
            if (ste->type == BlockType::Function) newbound.insert(local.begin(), local.end());
            if (bound) newbound.insert(bound->begin(), bound->end());
            newglobal.insert(blockGlobal.begin(), blockGlobal.end());
        } else {
            newbound.insert("__class__");
        }
        NameSet allfree;
        for (Scope* child : ste->children) {
            NameSet childBound = newbound;
            NameSet childGlobal = newglobal;
            NameSet childFree;
            if (!analyzeBlock(child, &childBound, childFree, childGlobal)) return false;
            allfree.insert(childFree.begin(), childFree.end());
            if (child->free || child->childFree) ste->childFree = true;
        }
        newfree.insert(allfree.begin(), allfree.end());
        if (ste->type == BlockType::Function) {
            // Locals that children use freely become cells.
            for (const std::string& name : ste->order) {
                Symbol& sym = ste->symbols[name];
                if (sym.scope != ScopeKind::Local) continue;
                if (!newfree.count(name)) continue;
                sym.scope = ScopeKind::Cell;
                newfree.erase(name);
            }
        } else if (ste->type == BlockType::Class) {
            if (newfree.erase("__class__")) ste->needsClassClosure = true;
        }
        // Record free variables of children not resolved here.
        std::vector<std::string> sortedFree(newfree.begin(), newfree.end());
        std::sort(sortedFree.begin(), sortedFree.end());
        for (const std::string& name : sortedFree) {
            auto it = ste->symbols.find(name);
            if (it != ste->symbols.end()) {
                if (ste->type == BlockType::Class &&
                    (it->second.flags & (kDefBound | kDefGlobal)))
                    it->second.flags |= kDefFreeClass;
                continue;
            }
            if (bound && !bound->count(name)) continue;   // a global
            Symbol& sym = symbolIn(ste, name);
            sym.flags |= kDefFree;
            sym.scope = ScopeKind::Free;
        }
        free.insert(newfree.begin(), newfree.end());
        return true;
    }
};

bool SymTable::build(ast::Mod* root, bool futureAnnotations, SymtableError& error) {
    SymtableBuilder b(*this, futureAnnotations, error);
    return b.run(root);
}

}  // namespace krait::compiler
