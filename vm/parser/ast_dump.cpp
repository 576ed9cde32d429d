#include "parser/ast_dump.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "objects/unicode_db.h"

namespace krait::ast {

namespace {

const char* kOperatorNames[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
const char* kUnaryNames[] = {"Invert", "Not", "UAdd", "USub"};
const char* kCmpNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
const char* kCtxNames[] = {"Load", "Store", "Del"};

// str.isprintable() of cp (repr escapes the others).
bool printable(uint32_t cp) { return unicode::isPrintable(cp); }

struct Dumper {
    std::string out;
    bool attrs = false;

    void name(const char* n) { out += n; }
    void str(const std::string& s) { out += reprStr(s); }

    template <class L>
    void loc(const L* n) {
        if (!attrs) return;
        char buf[96];
        snprintf(buf, sizeof buf, ", lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                 n->lineno, n->colOffset, n->endLineno, n->endColOffset);
        out += buf;
    }

    void stmts(const std::vector<Stmt*>& v) {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            stmt(v[i]);
        }
        out += ']';
    }
    void exprs(const std::vector<Expr*>& v) {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            if (v[i]) expr(v[i]);
            else out += "None";
        }
        out += ']';
    }
    void patterns(const std::vector<Pattern*>& v) {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            pattern(v[i]);
        }
        out += ']';
    }
    void idents(const std::vector<std::string>& v) {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            str(v[i]);
        }
        out += ']';
    }
    void optExpr(const char* field, const Expr* e) {
        if (!e) return;
        out += ", ";
        out += field;
        out += '=';
        expr(e);
    }
    void optIdent(const char* field, const std::string& s) {
        if (s.empty()) return;
        out += ", ";
        out += field;
        out += '=';
        str(s);
    }
    void ctx(ExprContext c) {
        out += ", ctx=";
        out += kCtxNames[static_cast<int>(c)];
        out += "()";
    }
    void arg(const Arg* a) {
        out += "arg(arg=";
        str(a->arg);
        optExpr("annotation", a->annotation);
        loc(a);
        out += ')';
    }
    void args(const std::vector<Arg*>& v) {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            arg(v[i]);
        }
        out += ']';
    }
    void arguments(const Arguments* a) {
        out += "arguments(posonlyargs=";
        args(a->posonlyargs);
        out += ", args=";
        args(a->args);
        if (a->vararg) {
            out += ", vararg=";
            arg(a->vararg);
        }
        out += ", kwonlyargs=";
        args(a->kwonlyargs);
        out += ", kw_defaults=";
        exprs(a->kwDefaults);
        if (a->kwarg) {
            out += ", kwarg=";
            arg(a->kwarg);
        }
        out += ", defaults=";
        exprs(a->defaults);
        out += ')';
    }
    void keywords(const std::vector<Keyword*>& v) {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            out += "keyword(";
            bool first = true;
            if (!v[i]->arg.empty()) {
                out += "arg=";
                str(v[i]->arg);
                first = false;
            }
            if (!first) out += ", ";
            out += "value=";
            expr(v[i]->value);
            loc(v[i]);
            out += ')';
        }
        out += ']';
    }
    void aliases(const std::vector<Alias*>& v) {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            out += "alias(name=";
            str(v[i]->name);
            optIdent("asname", v[i]->asname);
            loc(v[i]);
            out += ')';
        }
        out += ']';
    }
    void comprehensions(const std::vector<Comprehension*>& v) {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            out += "comprehension(target=";
            expr(v[i]->target);
            out += ", iter=";
            expr(v[i]->iter);
            out += ", ifs=";
            exprs(v[i]->ifs);
            out += ", is_async=";
            out += std::to_string(v[i]->isAsync);
            out += ')';
        }
        out += ']';
    }
    void withitems(const std::vector<WithItem*>& v) {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            out += "withitem(context_expr=";
            expr(v[i]->contextExpr);
            optExpr("optional_vars", v[i]->optionalVars);
            out += ')';
        }
        out += ']';
    }
    void handlers(const std::vector<ExceptHandler*>& v) {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) {
            if (i) out += ", ";
            out += "ExceptHandler(";
            bool any = false;
            if (v[i]->type) {
                out += "type=";
                expr(v[i]->type);
                any = true;
            }
            if (!v[i]->name.empty()) {
                if (any) out += ", ";
                out += "name=";
                str(v[i]->name);
                any = true;
            }
            if (any) out += ", ";
            out += "body=";
            stmts(v[i]->body);
            loc(v[i]);
            out += ')';
        }
        out += ']';
    }

    void constant(const ConstantValue& v) {
        switch (v.kind) {
        case ConstantKind::None: out += "None"; break;
        case ConstantKind::True: out += "True"; break;
        case ConstantKind::False: out += "False"; break;
        case ConstantKind::Ellipsis: out += "Ellipsis"; break;
        case ConstantKind::Int: out += reprInt(v.str, v.base); break;
        case ConstantKind::Float: out += reprFloat(v.real); break;
        case ConstantKind::Complex: out += reprFloat(v.imag, true) + "j"; break;
        case ConstantKind::Str: out += reprStr(v.str); break;
        case ConstantKind::Bytes: out += reprBytes(v.str); break;
        }
    }

    void stmt(const Stmt* s);
    void expr(const Expr* e);
    void pattern(const Pattern* p);
};

void Dumper::stmt(const Stmt* s) {
    switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
        bool async = s->kind == StmtKind::AsyncFunctionDef;
        const FunctionDef* f = static_cast<const FunctionDef*>(s);
        const AsyncFunctionDef* af = static_cast<const AsyncFunctionDef*>(s);
        out += async ? "AsyncFunctionDef(name=" : "FunctionDef(name=";
        str(async ? af->name : f->name);
        out += ", args=";
        arguments(async ? af->args : f->args);
        out += ", body=";
        stmts(async ? af->body : f->body);
        out += ", decorator_list=";
        exprs(async ? af->decoratorList : f->decoratorList);
        optExpr("returns", async ? af->returns : f->returns);
        break;
    }
    case StmtKind::ClassDef: {
        const ClassDef* c = static_cast<const ClassDef*>(s);
        out += "ClassDef(name=";
        str(c->name);
        out += ", bases=";
        exprs(c->bases);
        out += ", keywords=";
        keywords(c->keywords);
        out += ", body=";
        stmts(c->body);
        out += ", decorator_list=";
        exprs(c->decoratorList);
        break;
    }
    case StmtKind::Return: {
        const Return* r = static_cast<const Return*>(s);
        out += "Return(";
        if (r->value) {
            out += "value=";
            expr(r->value);
        }
        if (attrs && !r->value) out += "_";
        break;
    }
    case StmtKind::Delete:
        out += "Delete(targets=";
        exprs(static_cast<const Delete*>(s)->targets);
        break;
    case StmtKind::Assign: {
        const Assign* a = static_cast<const Assign*>(s);
        out += "Assign(targets=";
        exprs(a->targets);
        out += ", value=";
        expr(a->value);
        break;
    }
    case StmtKind::AugAssign: {
        const AugAssign* a = static_cast<const AugAssign*>(s);
        out += "AugAssign(target=";
        expr(a->target);
        out += ", op=";
        out += kOperatorNames[static_cast<int>(a->op)];
        out += "(), value=";
        expr(a->value);
        break;
    }
    case StmtKind::AnnAssign: {
        const AnnAssign* a = static_cast<const AnnAssign*>(s);
        out += "AnnAssign(target=";
        expr(a->target);
        out += ", annotation=";
        expr(a->annotation);
        optExpr("value", a->value);
        out += ", simple=";
        out += std::to_string(a->simple);
        break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
        const For* f = static_cast<const For*>(s);
        const AsyncFor* af = static_cast<const AsyncFor*>(s);
        bool async = s->kind == StmtKind::AsyncFor;
        out += async ? "AsyncFor(target=" : "For(target=";
        expr(async ? af->target : f->target);
        out += ", iter=";
        expr(async ? af->iter : f->iter);
        out += ", body=";
        stmts(async ? af->body : f->body);
        out += ", orelse=";
        stmts(async ? af->orelse : f->orelse);
        break;
    }
    case StmtKind::While: {
        const While* w = static_cast<const While*>(s);
        out += "While(test=";
        expr(w->test);
        out += ", body=";
        stmts(w->body);
        out += ", orelse=";
        stmts(w->orelse);
        break;
    }
    case StmtKind::If: {
        const If* w = static_cast<const If*>(s);
        out += "If(test=";
        expr(w->test);
        out += ", body=";
        stmts(w->body);
        out += ", orelse=";
        stmts(w->orelse);
        break;
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: {
        const With* w = static_cast<const With*>(s);
        const AsyncWith* aw = static_cast<const AsyncWith*>(s);
        bool async = s->kind == StmtKind::AsyncWith;
        out += async ? "AsyncWith(items=" : "With(items=";
        withitems(async ? aw->items : w->items);
        out += ", body=";
        stmts(async ? aw->body : w->body);
        break;
    }
    case StmtKind::Match: {
        const Match* m = static_cast<const Match*>(s);
        out += "Match(subject=";
        expr(m->subject);
        out += ", cases=[";
        for (size_t i = 0; i < m->cases.size(); ++i) {
            if (i) out += ", ";
            out += "match_case(pattern=";
            pattern(m->cases[i]->pattern);
            optExpr("guard", m->cases[i]->guard);
            out += ", body=";
            stmts(m->cases[i]->body);
            out += ')';
        }
        out += ']';
        break;
    }
    case StmtKind::Raise: {
        const Raise* r = static_cast<const Raise*>(s);
        out += "Raise(";
        if (r->exc) {
            out += "exc=";
            expr(r->exc);
            optExpr("cause", r->cause);
        } else if (r->cause) {
            out += "cause=";
            expr(r->cause);
        }
        if (attrs && !r->exc && !r->cause) out += "_";
        break;
    }
    case StmtKind::Try:
    case StmtKind::TryStar: {
        const Try* t = static_cast<const Try*>(s);
        const TryStar* ts = static_cast<const TryStar*>(s);
        bool star = s->kind == StmtKind::TryStar;
        out += star ? "TryStar(body=" : "Try(body=";
        stmts(star ? ts->body : t->body);
        out += ", handlers=";
        handlers(star ? ts->handlers : t->handlers);
        out += ", orelse=";
        stmts(star ? ts->orelse : t->orelse);
        out += ", finalbody=";
        stmts(star ? ts->finalbody : t->finalbody);
        break;
    }
    case StmtKind::Assert: {
        const Assert* a = static_cast<const Assert*>(s);
        out += "Assert(test=";
        expr(a->test);
        optExpr("msg", a->msg);
        break;
    }
    case StmtKind::Import:
        out += "Import(names=";
        aliases(static_cast<const Import*>(s)->names);
        break;
    case StmtKind::ImportFrom: {
        const ImportFrom* i = static_cast<const ImportFrom*>(s);
        out += "ImportFrom(";
        if (!i->module.empty()) {
            out += "module=";
            str(i->module);
            out += ", ";
        }
        out += "names=";
        aliases(i->names);
        out += ", level=";
        out += std::to_string(i->level);
        break;
    }
    case StmtKind::Global:
        out += "Global(names=";
        idents(static_cast<const Global*>(s)->names);
        break;
    case StmtKind::Nonlocal:
        out += "Nonlocal(names=";
        idents(static_cast<const Nonlocal*>(s)->names);
        break;
    case StmtKind::Expr:
        out += "Expr(value=";
        expr(static_cast<const ExprStmt*>(s)->value);
        break;
    case StmtKind::Pass: out += "Pass("; if (attrs) out += "_"; break;
    case StmtKind::Break: out += "Break("; if (attrs) out += "_"; break;
    case StmtKind::Continue: out += "Continue("; if (attrs) out += "_"; break;
    }
    if (attrs) {
        // "_" marks a node with no fields: attributes follow without a leading ", "
        size_t n = out.size();
        loc(s);
        if (out[n - 1] == '_') out.erase(n - 1, 3);
    }
    out += ')';
}

void Dumper::expr(const Expr* e) {
    switch (e->kind) {
    case ExprKind::BoolOp: {
        const BoolOp* b = static_cast<const BoolOp*>(e);
        out += b->op == BoolOperator::And ? "BoolOp(op=And(), values=" : "BoolOp(op=Or(), values=";
        exprs(b->values);
        break;
    }
    case ExprKind::NamedExpr: {
        const NamedExpr* n = static_cast<const NamedExpr*>(e);
        out += "NamedExpr(target=";
        expr(n->target);
        out += ", value=";
        expr(n->value);
        break;
    }
    case ExprKind::BinOp: {
        const BinOp* b = static_cast<const BinOp*>(e);
        out += "BinOp(left=";
        expr(b->left);
        out += ", op=";
        out += kOperatorNames[static_cast<int>(b->op)];
        out += "(), right=";
        expr(b->right);
        break;
    }
    case ExprKind::UnaryOp: {
        const UnaryOp* u = static_cast<const UnaryOp*>(e);
        out += "UnaryOp(op=";
        out += kUnaryNames[static_cast<int>(u->op)];
        out += "(), operand=";
        expr(u->operand);
        break;
    }
    case ExprKind::Lambda: {
        const Lambda* l = static_cast<const Lambda*>(e);
        out += "Lambda(args=";
        arguments(l->args);
        out += ", body=";
        expr(l->body);
        break;
    }
    case ExprKind::IfExp: {
        const IfExp* i = static_cast<const IfExp*>(e);
        out += "IfExp(test=";
        expr(i->test);
        out += ", body=";
        expr(i->body);
        out += ", orelse=";
        expr(i->orelse);
        break;
    }
    case ExprKind::Dict: {
        const Dict* d = static_cast<const Dict*>(e);
        out += "Dict(keys=";
        exprs(d->keys);
        out += ", values=";
        exprs(d->values);
        break;
    }
    case ExprKind::Set:
        out += "Set(elts=";
        exprs(static_cast<const Set*>(e)->elts);
        break;
    case ExprKind::ListComp: {
        const ListComp* c = static_cast<const ListComp*>(e);
        out += "ListComp(elt=";
        expr(c->elt);
        out += ", generators=";
        comprehensions(c->generators);
        break;
    }
    case ExprKind::SetComp: {
        const SetComp* c = static_cast<const SetComp*>(e);
        out += "SetComp(elt=";
        expr(c->elt);
        out += ", generators=";
        comprehensions(c->generators);
        break;
    }
    case ExprKind::GeneratorExp: {
        const GeneratorExp* c = static_cast<const GeneratorExp*>(e);
        out += "GeneratorExp(elt=";
        expr(c->elt);
        out += ", generators=";
        comprehensions(c->generators);
        break;
    }
    case ExprKind::DictComp: {
        const DictComp* c = static_cast<const DictComp*>(e);
        out += "DictComp(key=";
        expr(c->key);
        out += ", value=";
        expr(c->value);
        out += ", generators=";
        comprehensions(c->generators);
        break;
    }
    case ExprKind::Await:
        out += "Await(value=";
        expr(static_cast<const Await*>(e)->value);
        break;
    case ExprKind::Yield: {
        const Yield* y = static_cast<const Yield*>(e);
        out += "Yield(";
        if (y->value) {
            out += "value=";
            expr(y->value);
        } else if (attrs) {
            out += "_";
        }
        break;
    }
    case ExprKind::YieldFrom:
        out += "YieldFrom(value=";
        expr(static_cast<const YieldFrom*>(e)->value);
        break;
    case ExprKind::Compare: {
        const Compare* c = static_cast<const Compare*>(e);
        out += "Compare(left=";
        expr(c->left);
        out += ", ops=[";
        for (size_t i = 0; i < c->ops.size(); ++i) {
            if (i) out += ", ";
            out += kCmpNames[static_cast<int>(c->ops[i])];
            out += "()";
        }
        out += "], comparators=";
        exprs(c->comparators);
        break;
    }
    case ExprKind::Call: {
        const Call* c = static_cast<const Call*>(e);
        out += "Call(func=";
        expr(c->func);
        out += ", args=";
        exprs(c->args);
        out += ", keywords=";
        keywords(c->keywords);
        break;
    }
    case ExprKind::FormattedValue: {
        const FormattedValue* f = static_cast<const FormattedValue*>(e);
        out += "FormattedValue(value=";
        expr(f->value);
        out += ", conversion=";
        out += std::to_string(f->conversion);
        optExpr("format_spec", f->formatSpec);
        break;
    }
    case ExprKind::JoinedStr:
        out += "JoinedStr(values=";
        exprs(static_cast<const JoinedStr*>(e)->values);
        break;
    case ExprKind::Constant: {
        const Constant* c = static_cast<const Constant*>(e);
        out += "Constant(value=";
        constant(c->value);
        if (!c->stringKind.empty()) {
            out += ", kind=";
            str(c->stringKind);
        }
        break;
    }
    case ExprKind::Attribute: {
        const Attribute* a = static_cast<const Attribute*>(e);
        out += "Attribute(value=";
        expr(a->value);
        out += ", attr=";
        str(a->attr);
        ctx(a->ctx);
        break;
    }
    case ExprKind::Subscript: {
        const Subscript* a = static_cast<const Subscript*>(e);
        out += "Subscript(value=";
        expr(a->value);
        out += ", slice=";
        expr(a->slice);
        ctx(a->ctx);
        break;
    }
    case ExprKind::Starred: {
        const Starred* a = static_cast<const Starred*>(e);
        out += "Starred(value=";
        expr(a->value);
        ctx(a->ctx);
        break;
    }
    case ExprKind::Name: {
        const Name* a = static_cast<const Name*>(e);
        out += "Name(id=";
        str(a->id);
        ctx(a->ctx);
        break;
    }
    case ExprKind::List: {
        const List* a = static_cast<const List*>(e);
        out += "List(elts=";
        exprs(a->elts);
        ctx(a->ctx);
        break;
    }
    case ExprKind::Tuple: {
        const Tuple* a = static_cast<const Tuple*>(e);
        out += "Tuple(elts=";
        exprs(a->elts);
        ctx(a->ctx);
        break;
    }
    case ExprKind::Slice: {
        const Slice* s = static_cast<const Slice*>(e);
        out += "Slice(";
        bool any = false;
        if (s->lower) {
            out += "lower=";
            expr(s->lower);
            any = true;
        }
        if (s->upper) {
            if (any) out += ", ";
            out += "upper=";
            expr(s->upper);
            any = true;
        }
        if (s->step) {
            if (any) out += ", ";
            out += "step=";
            expr(s->step);
            any = true;
        }
        if (attrs && !any) out += "_";
        break;
    }
    }
    if (attrs) {
        size_t n = out.size();
        loc(e);
        if (out[n - 1] == '_') out.erase(n - 1, 3);
    }
    out += ')';
}

void Dumper::pattern(const Pattern* p) {
    switch (p->kind) {
    case PatternKind::MatchValue:
        out += "MatchValue(value=";
        expr(static_cast<const MatchValue*>(p)->value);
        break;
    case PatternKind::MatchSingleton:
        out += "MatchSingleton(value=";
        constant(static_cast<const MatchSingleton*>(p)->value);
        break;
    case PatternKind::MatchSequence:
        out += "MatchSequence(patterns=";
        patterns(static_cast<const MatchSequence*>(p)->patterns);
        break;
    case PatternKind::MatchMapping: {
        const MatchMapping* m = static_cast<const MatchMapping*>(p);
        out += "MatchMapping(keys=";
        exprs(m->keys);
        out += ", patterns=";
        patterns(m->patterns);
        optIdent("rest", m->rest);
        break;
    }
    case PatternKind::MatchClass: {
        const MatchClass* m = static_cast<const MatchClass*>(p);
        out += "MatchClass(cls=";
        expr(m->cls);
        out += ", patterns=";
        patterns(m->patterns);
        out += ", kwd_attrs=";
        idents(m->kwdAttrs);
        out += ", kwd_patterns=";
        patterns(m->kwdPatterns);
        break;
    }
    case PatternKind::MatchStar: {
        const MatchStar* m = static_cast<const MatchStar*>(p);
        out += "MatchStar(";
        if (!m->name.empty()) {
            out += "name=";
            str(m->name);
        } else if (attrs) {
            out += "_";
        }
        break;
    }
    case PatternKind::MatchAs: {
        const MatchAs* m = static_cast<const MatchAs*>(p);
        out += "MatchAs(";
        if (m->pattern) {
            out += "pattern=";
            pattern(m->pattern);
            if (!m->name.empty()) out += ", ";
        }
        if (!m->name.empty()) {
            out += "name=";
            str(m->name);
        }
        if (attrs && !m->pattern && m->name.empty()) out += "_";
        break;
    }
    case PatternKind::MatchOr:
        out += "MatchOr(patterns=";
        patterns(static_cast<const MatchOr*>(p)->patterns);
        break;
    }
    if (attrs) {
        size_t n = out.size();
        loc(p);
        if (out[n - 1] == '_') out.erase(n - 1, 3);
    }
    out += ')';
}

void appendHex(std::string& out, const char* fmt, uint32_t v) {
    char buf[16];
    snprintf(buf, sizeof buf, fmt, v);
    out += buf;
}

}  // namespace

std::string reprStr(const std::string& s) {
    bool hasSingle = s.find('\'') != std::string::npos;
    bool hasDouble = s.find('"') != std::string::npos;
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out += quote;
    size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        uint32_t cp;
        int len;
        if (c < 0x80) {
            cp = c;
            len = 1;
        } else {
            len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            cp = c & (0x3F >> (len - 1));
            for (int k = 1; k < len && i + k < s.size(); ++k)
                cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        }
        if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp < 0x20 || cp == 0x7F) {
            appendHex(out, "\\x%02x", cp);
        } else if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (!printable(cp)) {
            if (cp <= 0xFF) appendHex(out, "\\x%02x", cp);
            else if (cp <= 0xFFFF) appendHex(out, "\\u%04x", cp);
            else appendHex(out, "\\U%08x", cp);
        } else {
            out.append(s, i, len);
        }
        i += len;
    }
    out += quote;
    return out;
}

std::string reprBytes(const std::string& s) {
    bool hasSingle = s.find('\'') != std::string::npos;
    bool hasDouble = s.find('"') != std::string::npos;
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    std::string out = "b";
    out += quote;
    for (unsigned char c : s) {
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c >= 0x7F) {
            appendHex(out, "\\x%02x", c);
        } else {
            out += static_cast<char>(c);
        }
    }
    out += quote;
    return out;
}

std::string reprFloat(double v, bool forComplex) {
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    char buf[64];
    int prec = 1;
    for (; prec <= 17; ++prec) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        if (strtod(buf, nullptr) == v) break;
    }
    // buf: [-]d.ddde[+-]XX ; extract digits and exponent
    std::string s(buf);
    bool neg = s[0] == '-';
    if (neg) s.erase(0, 1);
    size_t epos = s.find('e');
    int exp10 = atoi(s.c_str() + epos + 1);
    std::string digits;
    for (size_t i = 0; i < epos; ++i) {
        if (s[i] != '.') digits += s[i];
    }
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    std::string out = neg ? "-" : "";
    if (exp10 >= -5 + 1 && exp10 < 16) {
        // fixed notation
        if (exp10 < 0) {
            out += "0.";
            out.append(static_cast<size_t>(-exp10 - 1), '0');
            out += digits;
        } else {
            size_t intLen = static_cast<size_t>(exp10) + 1;
            if (digits.size() <= intLen) {
                out += digits;
                out.append(intLen - digits.size(), '0');
                if (!forComplex) out += ".0";
            } else {
                out += digits.substr(0, intLen);
                out += '.';
                out += digits.substr(intLen);
            }
        }
    } else {
        out += digits[0];
        if (digits.size() > 1) {
            out += '.';
            out += digits.substr(1);
        }
        char eb[16];
        snprintf(eb, sizeof eb, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
        out += eb;
    }
    return out;
}

std::string reprInt(const std::string& digits, int base) {
    if (base == 10) return digits;
    // Convert to decimal with base-1e9 limbs (little endian).
    std::vector<uint32_t> limbs{0};
    for (char ch : digits) {
        int d = ch >= '0' && ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
        uint64_t carry = static_cast<uint64_t>(d);
        for (uint32_t& l : limbs) {
            uint64_t v = static_cast<uint64_t>(l) * static_cast<uint64_t>(base) + carry;
            l = static_cast<uint32_t>(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
            carry /= 1000000000u;
        }
    }
    std::string out = std::to_string(limbs.back());
    for (size_t i = limbs.size() - 1; i-- > 0;) {
        char buf[16];
        snprintf(buf, sizeof buf, "%09u", limbs[i]);
        out += buf;
    }
    return out;
}

std::string dumpAst(const Mod& mod, bool includeAttributes) {
    Dumper d;
    d.attrs = includeAttributes;
    switch (mod.kind) {
    case ModKind::Module:
        d.out += "Module(body=";
        d.stmts(static_cast<const Module&>(mod).body);
        d.out += ", type_ignores=[])";
        break;
    case ModKind::Interactive:
        d.out += "Interactive(body=";
        d.stmts(static_cast<const Interactive&>(mod).body);
        d.out += ")";
        break;
    case ModKind::Expression:
        d.out += "Expression(body=";
        d.expr(static_cast<const Expression&>(mod).body);
        d.out += ")";
        break;
    case ModKind::FunctionType:
        d.out += "FunctionType(argtypes=";
        d.exprs(static_cast<const FunctionType&>(mod).argtypes);
        d.out += ", returns=";
        d.expr(static_cast<const FunctionType&>(mod).returns);
        d.out += ")";
        break;
    }
    return d.out;
}

std::string dumpAst(const Module& mod, bool includeAttributes) {
    return dumpAst(static_cast<const Mod&>(mod), includeAttributes);
}

}  // namespace krait::ast
