// Recursive-descent parser for the Python 3.11 grammar. Statement and expression rules follow
// CPython's Grammar/python.gram; binary operators use precedence climbing. Assignment targets
// are parsed as expressions and then converted (Store/Del context) and validated.
//
// Errors: the first specific error raised wins; if the parse fails without one, a generic
// "invalid syntax" is reported at the furthest token looked at (as CPython's first pass does),
// and tokenizer errors further in the file override parser errors (as CPython does).
#include "parser/parser.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "objects/unicode_db.h"
#include "parser/parser_impl.h"

namespace krait::parser {

namespace {

bool isAugAssign(TokType t) {
    switch (t) {
    case TokType::PlusEqual: case TokType::MinEqual: case TokType::StarEqual:
    case TokType::SlashEqual: case TokType::PercentEqual: case TokType::AmperEqual:
    case TokType::VBarEqual: case TokType::CircumflexEqual: case TokType::LeftShiftEqual:
    case TokType::RightShiftEqual: case TokType::DoubleStarEqual:
    case TokType::DoubleSlashEqual: case TokType::AtEqual:
        return true;
    default:
        return false;
    }
}

Operator augOp(TokType t) {
    switch (t) {
    case TokType::PlusEqual: return Operator::Add;
    case TokType::MinEqual: return Operator::Sub;
    case TokType::StarEqual: return Operator::Mult;
    case TokType::SlashEqual: return Operator::Div;
    case TokType::PercentEqual: return Operator::Mod;
    case TokType::AmperEqual: return Operator::BitAnd;
    case TokType::VBarEqual: return Operator::BitOr;
    case TokType::CircumflexEqual: return Operator::BitXor;
    case TokType::LeftShiftEqual: return Operator::LShift;
    case TokType::RightShiftEqual: return Operator::RShift;
    case TokType::DoubleStarEqual: return Operator::Pow;
    case TokType::DoubleSlashEqual: return Operator::FloorDiv;
    default: return Operator::MatMult;
    }
}

// Binary operator precedence for precedence climbing (0 = not a binary operator).
int binPrec(TokType t, Operator& op) {
    switch (t) {
    case TokType::VBar: op = Operator::BitOr; return 1;
    case TokType::Circumflex: op = Operator::BitXor; return 2;
    case TokType::Amper: op = Operator::BitAnd; return 3;
    case TokType::LeftShift: op = Operator::LShift; return 4;
    case TokType::RightShift: op = Operator::RShift; return 4;
    case TokType::Plus: op = Operator::Add; return 5;
    case TokType::Minus: op = Operator::Sub; return 5;
    case TokType::Star: op = Operator::Mult; return 6;
    case TokType::Slash: op = Operator::Div; return 6;
    case TokType::DoubleSlash: op = Operator::FloorDiv; return 6;
    case TokType::Percent: op = Operator::Mod; return 6;
    case TokType::At: op = Operator::MatMult; return 6;
    default: return 0;
    }
}

}  // namespace

static bool canStartExpression(const Token& t);

Parser::Parser(std::string_view buf, Arena& arena, SyntaxErrorInfo& err)
    : tz_(buf), buf_(buf), arena_(arena), err_(err) {
}

void Parser::normalizeIdentifier(const Token& t) {
    std::string_view s = t.text(buf_);
    bool ascii = true;
    for (char c : s) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) return;
    // Decode (the tokenizer has validated the UTF-8), normalize, re-encode.
    std::vector<uint32_t> cps;
    for (size_t i = 0; i < s.size();) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        uint32_t cp = len == 1 ? b : b & (0x7F >> len);
        for (int k = 1; k < len && i + static_cast<size_t>(k) < s.size(); k++) {
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
        }
        cps.push_back(cp);
        i += static_cast<size_t>(len);
    }
    std::vector<uint32_t> norm;
    unicode::normalize(unicode::NormalForm::kNfkc, cps.data(), cps.size(), norm);
    if (norm == cps) return;
    std::string out;
    for (uint32_t cp : norm) appendUtf8(out, cp);
    normalizedNames_[t.start] = std::move(out);
}

const Token& Parser::peek(size_t k) {
    size_t idx = pos_ + k;
    while (toks_.size() <= idx) {
        Token t;
        if (!tokError_ && tz_.next(t)) {
            if (startLine_ != 1 || startCol_ != 0) {
                if (t.lineno == 1 && t.col >= 0) t.col += startCol_;
                if (t.endLineno == 1 && t.endCol >= 0) t.endCol += startCol_;
                t.lineno += startLine_ - 1;
                t.endLineno += startLine_ - 1;
            }
            if (t.type == TokType::Name && t.kw == Kw::None) normalizeIdentifier(t);
            toks_.push_back(t);
        } else {
            if (!tokError_) {
                tokError_ = true;
                failed_ = true;
                const TokError& te = tz_.error();
                if (!haveError_) {
                    haveError_ = true;
                    if (te.eofInBrackets) {
                        const ParenInfo& p = tz_.parens().back();
                        char msg[40];
                        snprintf(msg, sizeof msg, "'%c' was never closed", p.ch);
                        err_.type = "SyntaxError";
                        err_.msg = msg;
                        errLoc_ = {p.lineno, p.col, p.lineno, -1};
                        // converted in finishError
                        tokError_ = true;
                        err_.lineno = -1;  // marker: needs conversion
                    } else {
                        err_.type = te.type;
                        err_.msg = te.msg;
                        // A sub-parser's (f-string expression's) lines continue the
                        // enclosing source's, as CPython's tok->lineno there.
                        err_.lineno = te.lineno > 0 ? te.lineno + startLine_ - 1 : te.lineno;
                        err_.offset = te.offset;
                        err_.endLineno =
                            te.endLineno > 0 ? te.endLineno + startLine_ - 1 : te.endLineno;
                        err_.endOffset = te.endOffset;
                        err_.text = te.text;
                    }
                }
            }
            Token e;
            e.type = TokType::ErrorToken;
            e.lineno = e.endLineno = toks_.empty() ? 1 : toks_.back().endLineno;
            e.col = e.endCol = toks_.empty() ? 0 : toks_.back().endCol;
            toks_.push_back(e);
        }
    }
    if (idx > maxPos_) maxPos_ = idx;
    return toks_[idx];
}

bool Parser::atSoft(const char* s) {
    const Token& t = peek();
    return t.type == TokType::Name && t.kw == Kw::None && text(t) == s;
}

std::nullptr_t Parser::raiseAt(const char* type, const std::string& msg, ErrLoc loc) {
    failed_ = true;
    if (haveError_) return nullptr;
    haveError_ = true;
    err_.type = type;
    err_.msg = fstringMode_ ? "f-string: " + msg : msg;
    err_.lineno = -1;
    errLoc_ = loc;
    return nullptr;
}

namespace {

// CPython's _PyPegen_byte_offset_to_character_offset(line, col): characters in the first col
// bytes of line, where the byte just past the end counts as one more character.
int byteToCharOffset(std::string_view line, int col) {
    if (col < 0) return col;
    int len = static_cast<int>(line.size());
    if (col > len + 1) col = len + 1;
    int n = Tokenizer::charCount(line.substr(0, col > len ? len : col));
    if (col > len) ++n;
    return n;
}

}  // namespace

void Parser::finishError() {
    if (tooDeep_) return;
    bool needConvert = false;
    bool skipRestScan = false;
    int tokLineAtError = tokLineOverride_ ? tokLineOverride_ : tz_.currentLine();
    if (!haveError_) {
        haveError_ = true;
        const Token& t = toks_[maxPos_ < toks_.size() ? maxPos_ : toks_.size() - 1];
        if (t.type == TokType::Indent || t.type == TokType::Dedent) {
            err_.type = "IndentationError";
            err_.msg = t.type == TokType::Indent ? "unexpected indent" : "unexpected unindent";
            // CPython: offset from the tokenizer position, not +1.
            errLoc_ = {t.lineno, t.curCol - 1, t.lineno, -2};
            skipRestScan = true;  // CPython returns before tokenizing the rest here
        } else {
            err_.type = "SyntaxError";
            err_.msg = fstringMode_ ? "f-string: invalid syntax" : "invalid syntax";
            errLoc_ = {t.lineno, t.col, t.endLineno, t.endCol};
        }
        needConvert = true;
    } else if (err_.lineno == -1) {
        needConvert = true;
    }
    if (needConvert) {
        // Tokenizer errors further in the source override parser errors.
        if (!tokLineOverride_) tokLineAtError = tz_.currentLine();
        if (!tokError_ && !fstringMode_ && !skipRestScan) {
            Token t;
            for (;;) {
                if (!tz_.next(t)) {
                    const TokError& te = tz_.error();
                    if (te.eofInBrackets) {
                        const ParenInfo& p = tz_.parens().back();
                        // CPython compares with the line of the last token fetched.
                        if (toks_.back().lineno > p.lineno) {
                            char msg[40];
                            snprintf(msg, sizeof msg, "'%c' was never closed", p.ch);
                            err_.type = "SyntaxError";
                            err_.msg = msg;
                            errLoc_ = {p.lineno, p.col, p.lineno, -1};
                        }
                    } else if (te.set && !te.fromCode) {
                        // Only errors the tokenizer raises itself override (not E_DEDENT etc.)
                        err_.type = te.type;
                        err_.msg = te.msg;
                        err_.lineno = te.lineno;
                        err_.offset = te.offset;
                        err_.endLineno = te.endLineno;
                        err_.endOffset = te.endOffset;
                        err_.text = te.text;
                        return;
                    }
                    break;
                }
                if (t.type == TokType::EndMarker) break;
            }
        }
        int lineno = errLoc_.lineno;
        int relLine = lineno - startLine_ + 1;
        std::string line(tz_.lineText(relLine));
        // CPython includes the newline when the error is on the tokenizer's current line.
        int lastLine = tokLineAtError;
        int nLines = 0;
        for (char c : buf_) nLines += c == '\n';
        if (lastLine > nLines) lastLine = nLines;
        bool lastSynth = noFinalNewline_ && relLine >= nLines;
        bool onTokLine = fstringMode_ || relLine >= lastLine;
        if (onTokLine && !lastSynth) line += '\n';
        int col = errLoc_.col;
        int endCol = errLoc_.endCol;
        if (fstringMode_) {
            col -= startCol_;
            endCol -= startCol_;
        }
        err_.lineno = lineno;
        err_.endLineno = errLoc_.endLineno;
        err_.offset = byteToCharOffset(line, col + 1);
        if (errLoc_.endCol == -2) {
            err_.endOffset = -1;
        } else {
            err_.endOffset = endCol + 1 > 0 ? byteToCharOffset(line, endCol + 1) : endCol + 1;
        }
        // On the tokenizer's line, CPython's text starts where the logical line does (its
        // buffer keeps the lines joined by backslash continuations).
        if (onTokLine && !fstringMode_) {
            for (int l = relLine - 1; l >= 1; l--) {
                std::string_view prev = tz_.lineText(l);
                if (prev.empty() || prev.back() != '\\') break;
                line = std::string(prev) + "\n" + line;
            }
        }
        err_.text = line;
    }
}

// ---------------------------------------------------------------------------------------------
// Modes

Mod* Parser::parseMode(ParseMode mode) {
    switch (mode) {
    case ParseMode::File: {
        Module* m = arena_.make<Module>();
        while (!failed_ && !at(TokType::EndMarker)) {
            if (at(TokType::ErrorToken)) return fail();
            if (!parseStatement(m->body)) return nullptr;
        }
        return failed_ ? nullptr : m;
    }
    case ParseMode::Eval: {
        Expression* m = arena_.make<Expression>();
        if (emptySource_) {
            // compile('', ..., 'eval'): CPython reports line 0.
            failed_ = haveError_ = true;
            err_.type = "SyntaxError";
            err_.msg = "invalid syntax";
            err_.lineno = err_.endLineno = err_.offset = err_.endOffset = 0;
            err_.text.clear();
            err_.textIsEmptyStr = true;
            return nullptr;
        }
        m->body = parseStarExpressions();
        if (!m->body) return nullptr;
        while (accept(TokType::Newline)) {
        }
        if (!at(TokType::EndMarker)) return fail();
        return m;
    }
    case ParseMode::Single: {
        Interactive* m = arena_.make<Interactive>();
        if (at(TokType::EndMarker)) {
            // compile('', ..., 'single') is an error in CPython (no statement).
            failed_ = true;
            haveError_ = true;
            err_.type = "SyntaxError";
            err_.msg = "invalid syntax";
            bool empty = buf_.find_first_not_of("\n") == std::string_view::npos &&
                         buf_.size() <= 1 && emptySource_;
            err_.lineno = err_.endLineno = empty ? 0 : 1;
            err_.offset = err_.endOffset = 0;
            err_.text = std::string(tz_.lineText(1));
            if (!empty && !(noFinalNewline_ && buf_.find('\n') + 1 == buf_.size())) {
                err_.text += '\n';
            }
            err_.textIsEmptyStr = true;
            return nullptr;
        }
        const Token& first = peek();
        bool compound = first.type == TokType::At ||
                        (first.type == TokType::Name &&
                         (first.kw == Kw::Def || first.kw == Kw::If || first.kw == Kw::Class ||
                          first.kw == Kw::With || first.kw == Kw::For || first.kw == Kw::Try ||
                          first.kw == Kw::While || first.kw == Kw::Async));
        if (!parseStatement(m->body)) return nullptr;
        if (!compound && !at(TokType::EndMarker) &&
            !(m->body.back()->kind == StmtKind::Match)) {
            // CPython's bad_single_statement check after a simple statement (it scans the
            // text without moving the tokenizer past the statement's line).
            tokLineOverride_ = toks_[pos_ - 1].lineno - startLine_ + 1;
            return raiseTok("multiple statements found while compiling a single statement",
                            toks_[pos_ - 1]);
        }
        while (accept(TokType::Newline)) {
        }
        if (!at(TokType::EndMarker)) return fail();
        return m;
    }
    case ParseMode::FuncType: {
        FunctionType* m = arena_.make<FunctionType>();
        if (!accept(TokType::LPar)) return fail();
        while (!at(TokType::RPar)) {
            Expr* e;
            if (accept(TokType::Star)) {
                e = parseExpression();
            } else if (accept(TokType::DoubleStar)) {
                e = parseExpression();
            } else {
                e = parseExpression();
            }
            if (!e) return nullptr;
            m->argtypes.push_back(e);
            if (!accept(TokType::Comma)) break;
        }
        if (!accept(TokType::RPar)) return fail();
        if (!accept(TokType::RArrow)) return fail();
        m->returns = parseExpression();
        if (!m->returns) return nullptr;
        while (accept(TokType::Newline)) {
        }
        if (!at(TokType::EndMarker)) return fail();
        return m;
    }
    }
    return nullptr;
}

Expr* Parser::parseFStringExpr(int startLine, int startCol) {
    startLine_ = startLine;
    startCol_ = startCol;
    fstringMode_ = true;
    Expr* e = parseStarExpressions();
    if (!e) return nullptr;
    while (accept(TokType::Newline)) {
    }
    if (!at(TokType::EndMarker)) return fail();
    return e;
}

// ---------------------------------------------------------------------------------------------
// Statements

bool Parser::parseStatement(std::vector<Stmt*>& out) {
    DepthGuard guard(*this);
    if (!guard.ok) return false;
    const Token& t = peek();
    if (t.type == TokType::Name) {
        switch (t.kw) {
        case Kw::Def: case Kw::If: case Kw::Class: case Kw::With: case Kw::For: case Kw::Try:
        case Kw::While: case Kw::Async: {
            Stmt* s = parseCompound();
            if (!s) return false;
            out.push_back(s);
            return true;
        }
        case Kw::None:
            if (text(t) == "match") {
                const Token& n = peek(1);
                bool maybe = false;
                switch (n.type) {
                case TokType::Name:
                    maybe = n.kw == Kw::None || n.kw == Kw::None_ || n.kw == Kw::True_ ||
                            n.kw == Kw::False_ || n.kw == Kw::Not || n.kw == Kw::Lambda ||
                            n.kw == Kw::Await;
                    break;
                case TokType::Number: case TokType::String: case TokType::LPar:
                case TokType::LSqb: case TokType::LBrace: case TokType::Minus:
                case TokType::Plus: case TokType::Tilde: case TokType::Star:
                case TokType::Ellipsis:
                    maybe = true;
                    break;
                default:
                    break;
                }
                if (maybe) {
                    size_t savePos = pos_;
                    int sl = prevEndLine_, sc = prevEndCol_;
                    bool savedCommit = matchCommitted_;
                    matchCommitted_ = false;
                    Stmt* s = parseMatch();
                    if (s) {
                        matchCommitted_ = savedCommit;
                        out.push_back(s);
                        return true;
                    }
                    if (tokError_ || matchCommitted_) return false;
                    matchCommitted_ = savedCommit;
                    // Not a match statement after all: backtrack.
                    failed_ = false;
                    haveError_ = false;
                    pos_ = savePos;
                    prevEndLine_ = sl;
                    prevEndCol_ = sc;
                }
            }
            break;
        default:
            break;
        }
    } else if (t.type == TokType::At) {
        Stmt* s = parseCompound();
        if (!s) return false;
        out.push_back(s);
        return true;
    }
    return parseSimpleStmts(out);
}

bool Parser::parseSimpleStmts(std::vector<Stmt*>& out) {
    for (;;) {
        Stmt* s = parseSimpleStmt();
        if (!s) return false;
        out.push_back(s);
        if (accept(TokType::Semi)) {
            if (accept(TokType::Newline)) return true;
            continue;
        }
        if (accept(TokType::Newline)) return true;
        fail();
        return false;
    }
}

Stmt* Parser::parseSimpleStmt() {
    const Token& t = peek();
    if (t.type == TokType::Name) {
        switch (t.kw) {
        case Kw::Pass: advance(); return finish(node<Pass>(t));
        case Kw::Break: advance(); return finish(node<Break>(t));
        case Kw::Continue: advance(); return finish(node<Continue>(t));
        case Kw::Return: {
            advance();
            Return* r = node<Return>(t);
            if (!at(TokType::Newline) && !at(TokType::Semi)) {
                r->value = parseStarExpressions();
                if (!r->value) return nullptr;
            }
            return finish(r);
        }
        case Kw::Raise: {
            advance();
            Raise* r = node<Raise>(t);
            if (!at(TokType::Newline) && !at(TokType::Semi)) {
                r->exc = parseExpression();
                if (!r->exc) return nullptr;
                if (acceptKw(Kw::From)) {
                    r->cause = parseExpression();
                    if (!r->cause) return nullptr;
                }
            }
            return finish(r);
        }
        case Kw::Global:
        case Kw::Nonlocal: {
            bool global = t.kw == Kw::Global;
            advance();
            std::vector<std::string> names;
            do {
                const Token& n = peek();
                if (n.type != TokType::Name || n.kw != Kw::None) return fail();
                names.emplace_back(text(n));
                advance();
            } while (accept(TokType::Comma));
            if (global) {
                Global* g = node<Global>(t);
                g->names = std::move(names);
                return finish(g);
            }
            Nonlocal* g = node<Nonlocal>(t);
            g->names = std::move(names);
            return finish(g);
        }
        case Kw::Del: {
            advance();
            Delete* d = node<Delete>(t);
            for (;;) {
                Expr* e = parseStarExpression();
                if (!e) return nullptr;
                if (!setContext(e, ExprContext::Del, true)) {
                    Expr* bad = checkInvalidTarget(e, true);
                    if (!bad) bad = e;
                    return raiseNode(std::string("cannot delete ") + exprName(bad), bad);
                }
                d->targets.push_back(e);
                if (!accept(TokType::Comma)) break;
                if (at(TokType::Newline) || at(TokType::Semi)) break;
            }
            return finish(d);
        }
        case Kw::Assert: {
            advance();
            Assert* a = node<Assert>(t);
            a->test = parseExpression();
            if (!a->test) return nullptr;
            if (accept(TokType::Comma)) {
                a->msg = parseExpression();
                if (!a->msg) return nullptr;
            }
            return finish(a);
        }
        case Kw::Import: return parseImport();
        case Kw::From: return parseFromImport();
        default:
            break;
        }
    }
    return parseExprStmt();
}

const char* Parser::exprName(const Expr* e) {
    switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
        const ConstantValue& v = static_cast<const Constant*>(e)->value;
        if (v.kind == ConstantKind::None) return "None";
        if (v.kind == ConstantKind::True) return "True";
        if (v.kind == ConstantKind::False) return "False";
        if (v.kind == ConstantKind::Ellipsis) return "ellipsis";
        return "literal";
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    }
    return "expression";
}

// Sets ctx on a target expression tree; false if e is not a valid target.
bool Parser::setContext(Expr* e, ExprContext ctx, bool deleting) {
    switch (e->kind) {
    case ExprKind::Name: static_cast<Name*>(e)->ctx = ctx; return true;
    case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; return true;
    case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; return true;
    case ExprKind::Starred:
        if (deleting) return false;
        static_cast<Starred*>(e)->ctx = ctx;
        return setContext(static_cast<Starred*>(e)->value, ctx, deleting);
    case ExprKind::Tuple: {
        Tuple* t = static_cast<Tuple*>(e);
        t->ctx = ctx;
        for (Expr* x : t->elts) {
            if (!setContext(x, ctx, deleting)) return false;
        }
        return true;
    }
    case ExprKind::List: {
        List* t = static_cast<List*>(e);
        t->ctx = ctx;
        for (Expr* x : t->elts) {
            if (!setContext(x, ctx, deleting)) return false;
        }
        return true;
    }
    default:
        return false;
    }
}

// The first sub-expression that makes e an invalid target (CPython _PyPegen_get_invalid_target).
Expr* Parser::checkInvalidTarget(Expr* e, bool deleting) {
    switch (e->kind) {
    case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript: return nullptr;
    case ExprKind::Starred:
        if (deleting) return e;
        return checkInvalidTarget(static_cast<Starred*>(e)->value, deleting);
    case ExprKind::Tuple:
        for (Expr* x : static_cast<Tuple*>(e)->elts) {
            if (Expr* b = checkInvalidTarget(x, deleting)) return b;
        }
        return nullptr;
    case ExprKind::List:
        for (Expr* x : static_cast<List*>(e)->elts) {
            if (Expr* b = checkInvalidTarget(x, deleting)) return b;
        }
        return nullptr;
    default:
        return e;
    }
}

Stmt* Parser::parseExprStmt() {
    const Token& start = peek();
    size_t startIdx = pos_;
    Expr* e = atKw(Kw::Yield) ? parseYield() : parseStarExpressions();
    if (!e) return nullptr;
    const Token& t = peek();
    if (t.type == TokType::Colon) {
        // Annotated assignment
        size_t saveMax = maxPos_;
        advance();
        if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute &&
            e->kind != ExprKind::Subscript && !canStartExpression(peek())) {
            // CPython's invalid_assignment needs an annotation expression; otherwise generic.
            maxPos_ = saveMax;
            return fail();
        }
        if (e->kind == ExprKind::Tuple) {
            return raiseNode("only single target (not tuple) can be annotated", e);
        }
        if (e->kind == ExprKind::List) {
            return raiseNode("only single target (not list) can be annotated", e);
        }
        if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute &&
            e->kind != ExprKind::Subscript) {
            return raiseNode("illegal target for annotation", e);
        }
        setContext(e, ExprContext::Store, false);
        AnnAssign* a = nodeAt<AnnAssign>(e);
        a->lineno = start.lineno;
        a->colOffset = start.col;
        a->target = e;
        a->simple = e->kind == ExprKind::Name && toks_[startIdx].type != TokType::LPar;
        a->annotation = parseExpression();
        if (!a->annotation) return nullptr;
        if (accept(TokType::Equal)) {
            a->value = atKw(Kw::Yield) ? parseYield() : parseStarExpressions();
            if (!a->value) return nullptr;
        }
        return finish(a);
    }
    if (t.type == TokType::Equal) {
        Assign* a = node<Assign>(start);
        Expr* cur = e;
        bool first = true;
        bool curIsBareYield = toks_[startIdx].kw == Kw::Yield;
        while (accept(TokType::Equal)) {
            if (!setContext(cur, ExprContext::Store, false)) {
                if ((cur->kind == ExprKind::Yield || cur->kind == ExprKind::YieldFrom) &&
                    curIsBareYield) {
                    return raiseNode("assignment to yield expression not possible", cur);
                }
                Expr* bad = checkInvalidTarget(cur, false);
                if (!bad) bad = cur;
                // CPython's invalid_named_expression fires for `target = value` (single '=').
                bool parenAtom = cur->kind == ExprKind::List || cur->kind == ExprKind::Tuple ||
                                 cur->kind == ExprKind::GeneratorExp;
                bool singleton = false;
                if (cur->kind == ExprKind::Constant) {
                    ConstantKind k = static_cast<Constant*>(cur)->value.kind;
                    singleton = k == ConstantKind::None || k == ConstantKind::True ||
                                k == ConstantKind::False;
                }
                if (first && cur->kind != ExprKind::Tuple && cur->kind != ExprKind::Starred &&
                    cur->kind != ExprKind::Lambda && cur->kind != ExprKind::IfExp && !parenAtom &&
                    !singleton && !curIsBareYield) {
                    // check that the value is followed by neither '=' nor ':='
                    size_t save = pos_;
                    int sl = prevEndLine_, sc = prevEndCol_;
                    Expr* v = parseBitOr();
                    bool ok = v && !at(TokType::Equal) && !at(TokType::ColonEqual);
                    if (!v && tokError_) return nullptr;
                    failed_ = false;
                    haveError_ = false;
                    pos_ = save;
                    prevEndLine_ = sl;
                    prevEndCol_ = sc;
                    if (ok) {
                        return raiseNode(std::string("cannot assign to ") + exprName(cur) +
                                             " here. Maybe you meant '==' instead of '='?",
                                         cur);
                    }
                }
                return raiseNode(std::string("cannot assign to ") + exprName(bad), bad);
            }
            first = false;
            a->targets.push_back(cur);
            curIsBareYield = atKw(Kw::Yield);
            cur = curIsBareYield ? parseYield() : parseStarExpressions();
            if (!cur) return nullptr;
        }
        a->value = cur;
        return finish(a);
    }
    if (isAugAssign(t.type)) {
        if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute &&
            e->kind != ExprKind::Subscript) {
            return raiseNode(std::string("'") + exprName(e) +
                                 "' is an illegal expression for augmented assignment",
                             e);
        }
        advance();
        setContext(e, ExprContext::Store, false);
        AugAssign* a = node<AugAssign>(start);
        a->target = e;
        a->op = augOp(t.type);
        a->value = atKw(Kw::Yield) ? parseYield() : parseStarExpressions();
        if (!a->value) return nullptr;
        return finish(a);
    }
    if (t.type != TokType::Newline && t.type != TokType::Semi && e->kind == ExprKind::Name) {
        const std::string& id = static_cast<Name*>(e)->id;
        if ((id == "print" || id == "exec") && t.type != TokType::LPar) {
            Expr* b = parseStarExpressions();
            if (b) {
                return raiseRange("Missing parentheses in call to '" + id + "'. Did you mean " +
                                      id + "(...)?",
                                  e, b);
            }
            return nullptr;
        }
    }
    // The statement spans its tokens, parentheses included: "(a := 1)" is 0..8, its value 1..7.
    ExprStmt* s = node<ExprStmt>(start);
    s->value = e;
    return finish(s);
}

bool Parser::parseDottedName(std::string& out) {
    const Token& n = peek();
    if (n.type != TokType::Name || n.kw != Kw::None) {
        fail();
        return false;
    }
    out.assign(text(n));
    advance();
    while (at(TokType::Dot)) {
        advance();
        const Token& m = peek();
        if (m.type != TokType::Name || m.kw != Kw::None) {
            fail();
            return false;
        }
        out += '.';
        out += text(m);
        advance();
    }
    return true;
}

Stmt* Parser::parseImport() {
    const Token& start = advance();
    Import* imp = node<Import>(start);
    do {
        const Token& first = peek();
        Alias* a = node<Alias>(first);
        if (!parseDottedName(a->name)) return nullptr;
        if (acceptKw(Kw::As)) {
            const Token& n = peek();
            if (n.type != TokType::Name || n.kw != Kw::None) return fail();
            a->asname.assign(text(n));
            advance();
        }
        finish(a);
        imp->names.push_back(a);
    } while (accept(TokType::Comma));
    return finish(imp);
}

Stmt* Parser::parseFromImport() {
    const Token& start = advance();
    ImportFrom* imp = node<ImportFrom>(start);
    for (;;) {
        if (accept(TokType::Dot)) {
            imp->level += 1;
        } else if (accept(TokType::Ellipsis)) {
            imp->level += 3;
        } else {
            break;
        }
    }
    if (!atKw(Kw::Import)) {
        if (!parseDottedName(imp->module)) return nullptr;
    } else if (imp->level == 0) {
        return fail();
    }
    if (!acceptKw(Kw::Import)) return fail();
    if (at(TokType::Star)) {
        const Token& st = advance();
        Alias* a = node<Alias>(st);
        a->name = "*";
        imp->names.push_back(finish(a));
        return finish(imp);
    }
    bool paren = accept(TokType::LPar);
    for (;;) {
        const Token& n = peek();
        if (n.type != TokType::Name || n.kw != Kw::None) return fail();
        Alias* a = node<Alias>(n);
        a->name.assign(text(n));
        advance();
        if (acceptKw(Kw::As)) {
            const Token& m = peek();
            if (m.type != TokType::Name || m.kw != Kw::None) return fail();
            a->asname.assign(text(m));
            advance();
        }
        imp->names.push_back(finish(a));
        if (!accept(TokType::Comma)) break;
        if (paren && at(TokType::RPar)) break;
        if (!paren && (at(TokType::Newline) || at(TokType::Semi))) {
            return raiseTok("trailing comma not allowed without surrounding parentheses",
                            toks_[pos_ - 1]);
        }
    }
    if (paren && !accept(TokType::RPar)) return fail();
    return finish(imp);
}

// ':' after a compound statement header. forced: CPython's &&':' (error at any token).
bool Parser::expectColon(bool forced) {
    if (accept(TokType::Colon)) return true;
    const Token& t = peek();
    if (forced || t.type == TokType::Newline) {
        raiseTok("expected ':'", t);
        return false;
    }
    fail();
    return false;
}

bool Parser::parseBlock(std::vector<Stmt*>& out, const Token& header, const char* what) {
    int headerLine = header.lineno;
    if (accept(TokType::Newline)) {
        if (!at(TokType::Indent)) {
            const Token& t = peek();
            if (t.type == TokType::ErrorToken) {
                fail();
                return false;
            }
            char msg[120];
            snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what,
                     headerLine);
            raiseAt("IndentationError", msg, tokLoc(t));
            return false;
        }
        advance();
        while (!at(TokType::Dedent)) {
            if (at(TokType::EndMarker) || at(TokType::ErrorToken)) {
                fail();
                return false;
            }
            if (!parseStatement(out)) return false;
        }
        advance();
        return true;
    }
    return parseSimpleStmts(out);
}

Stmt* Parser::parseCompound() {
    const Token& t = peek();
    if (t.type == TokType::At) {
        std::vector<Expr*> decorators;
        while (accept(TokType::At)) {
            Expr* d = parseNamedExpression();
            if (!d) return nullptr;
            decorators.push_back(d);
            if (!accept(TokType::Newline)) return fail();
        }
        const Token& s = peek();
        if (s.kw == Kw::Def && s.type == TokType::Name) return parseFuncDef(&decorators, s, false);
        if (s.kw == Kw::Class && s.type == TokType::Name) return parseClassDef(&decorators, s);
        if (s.kw == Kw::Async && s.type == TokType::Name && peek(1).kw == Kw::Def &&
            peek(1).type == TokType::Name)
            return parseFuncDef(&decorators, s, true);
        return fail();
    }
    switch (t.kw) {
    case Kw::Def: return parseFuncDef(nullptr, t, false);
    case Kw::Class: return parseClassDef(nullptr, t);
    case Kw::If: return parseIf(false);
    case Kw::While: return parseWhile();
    case Kw::For: return parseFor(t, false);
    case Kw::With: return parseWith(t, false);
    case Kw::Try: return parseTry();
    case Kw::Async: {
        const Token& n = peek(1);
        if (n.type == TokType::Name) {
            if (n.kw == Kw::Def) return parseFuncDef(nullptr, t, true);
            if (n.kw == Kw::For) return parseFor(t, true);
            if (n.kw == Kw::With) return parseWith(t, true);
        }
        advance();
        return fail();
    }
    default:
        return fail();
    }
}

Stmt* Parser::parseFuncDef(std::vector<Expr*>* decorators, const Token& start, bool isAsync) {
    Token startTok = start;
    if (isAsync) advance();
    Token defTok = advance();  // 'def'
    const Token& n = peek();
    if (n.type != TokType::Name || n.kw != Kw::None) return fail();
    std::string name(text(n));
    advance();
    if (!at(TokType::LPar)) return raiseTok("expected '('", peek());
    advance();
    Arguments* args = parseParams(false, TokType::RPar);
    if (!args) return nullptr;
    if (!accept(TokType::RPar)) return fail();
    Expr* returns = nullptr;
    if (accept(TokType::RArrow)) {
        returns = parseExpression();
        if (!returns) return nullptr;
    }
    if (!expectColon(true)) return nullptr;
    std::vector<Stmt*> body;
    if (!parseBlock(body, defTok, "function definition")) return nullptr;
    if (isAsync) {
        AsyncFunctionDef* f = node<AsyncFunctionDef>(startTok);
        f->name = std::move(name);
        f->args = args;
        f->body = std::move(body);
        if (decorators) f->decoratorList = std::move(*decorators);
        f->returns = returns;
        finish(f);
        return f;
    }
    FunctionDef* f = node<FunctionDef>(startTok);
    f->name = std::move(name);
    f->args = args;
    f->body = std::move(body);
    if (decorators) f->decoratorList = std::move(*decorators);
    f->returns = returns;
    finish(f);
    return f;
}

Stmt* Parser::parseClassDef(std::vector<Expr*>* decorators, const Token& start) {
    Token startTok = start;
    advance();
    const Token& n = peek();
    if (n.type != TokType::Name || n.kw != Kw::None) return fail();
    ClassDef* c = node<ClassDef>(startTok);
    c->name.assign(text(n));
    advance();
    if (at(TokType::LPar)) {
        Expr* call = parseCall(nullptr);
        if (!call) return nullptr;
        Call* cl = static_cast<Call*>(call);
        c->bases = std::move(cl->args);
        c->keywords = std::move(cl->keywords);
    }
    if (!expectColon(false)) return nullptr;
    if (!parseBlock(c->body, startTok, "class definition")) return nullptr;
    if (decorators) c->decoratorList = std::move(*decorators);
    finish(c);
    return c;
}

Stmt* Parser::parseIf(bool isElif) {
    Token start = advance();
    If* s = node<If>(start);
    s->test = parseNamedExpression();
    if (!s->test) return nullptr;
    if (!expectColon(false)) return nullptr;
    if (!parseBlock(s->body, start, isElif ? "'elif' statement" : "'if' statement")) return nullptr;
    finish(s);
    if (atKw(Kw::Elif)) {
        Stmt* e = parseIf(true);
        if (!e) return nullptr;
        s->orelse.push_back(e);
        finish(s);
    } else if (atKw(Kw::Else)) {
        Token et = advance();
        if (!expectColon(true)) return nullptr;
        if (!parseBlock(s->orelse, et, "'else' statement")) return nullptr;
        finish(s);
    }
    return s;
}

Stmt* Parser::parseWhile() {
    Token start = advance();
    While* s = node<While>(start);
    s->test = parseNamedExpression();
    if (!s->test) return nullptr;
    if (!expectColon(false)) return nullptr;
    if (!parseBlock(s->body, start, "'while' statement")) return nullptr;
    finish(s);
    if (atKw(Kw::Else)) {
        Token et = advance();
        if (!expectColon(true)) return nullptr;
        if (!parseBlock(s->orelse, et, "'else' statement")) return nullptr;
        finish(s);
    }
    return s;
}

Stmt* Parser::parseFor(const Token& startRef, bool isAsync) {
    Token start = startRef;
    if (isAsync) advance();
    Token forTok = advance();
    Expr* target = parseStarTargets();
    if (!target) return nullptr;
    if (!acceptKw(Kw::In)) return fail();
    Expr* iter = parseStarExpressions();
    if (!iter) return nullptr;
    if (!expectColon(false)) return nullptr;
    std::vector<Stmt*> body, orelse;
    if (!parseBlock(body, forTok, "'for' statement")) return nullptr;
    if (atKw(Kw::Else)) {
        Token et = advance();
        if (!expectColon(true)) return nullptr;
        if (!parseBlock(orelse, et, "'else' statement")) return nullptr;
    }
    if (isAsync) {
        AsyncFor* s = node<AsyncFor>(start);
        s->target = target;
        s->iter = iter;
        s->body = std::move(body);
        s->orelse = std::move(orelse);
        finish(s);
        finish(s);
        return s;
    }
    For* s = node<For>(start);
    s->target = target;
    s->iter = iter;
    s->body = std::move(body);
    s->orelse = std::move(orelse);
    finish(s);
    finish(s);
    return s;
}

Stmt* Parser::parseWith(const Token& startRef, bool isAsync) {
    Token start = startRef;
    if (isAsync) advance();
    Token withTok = advance();
    std::vector<WithItem*> items;
    bool done = false;
    if (at(TokType::LPar)) {
        // Try the parenthesized form: '(' ','.with_item+ ','? ')' ':'
        size_t save = pos_;
        int sl = prevEndLine_, sc = prevEndCol_;
        advance();
        bool ok = true;
        while (ok) {
            WithItem* w = arena_.make<WithItem>();
            w->contextExpr = parseExpression();
            if (!w->contextExpr) {
                ok = false;
                break;
            }
            if (acceptKw(Kw::As)) {
                w->optionalVars = parseStarTarget();
                if (!w->optionalVars || !setContext(w->optionalVars, ExprContext::Store, false)) {
                    ok = false;
                    break;
                }
                if (!at(TokType::Comma) && !at(TokType::RPar)) {
                    ok = false;
                    break;
                }
            }
            items.push_back(w);
            if (!accept(TokType::Comma)) break;
            if (at(TokType::RPar)) break;
        }
        if (ok && accept(TokType::RPar) && at(TokType::Colon)) {
            done = true;
        } else {
            if (tokError_) return nullptr;
            items.clear();
            failed_ = false;
            haveError_ = false;
            pos_ = save;
            prevEndLine_ = sl;
            prevEndCol_ = sc;
        }
    }
    if (!done) {
        do {
            WithItem* w = arena_.make<WithItem>();
            w->contextExpr = parseExpression();
            if (!w->contextExpr) return nullptr;
            if (acceptKw(Kw::As)) {
                w->optionalVars = parseStarTarget();
                if (!w->optionalVars) return nullptr;
                if (!setContext(w->optionalVars, ExprContext::Store, false)) {
                    Expr* bad = checkInvalidTarget(w->optionalVars, false);
                    if (!bad) bad = w->optionalVars;
                    return raiseNode(std::string("cannot assign to ") + exprName(bad), bad);
                }
            }
            items.push_back(w);
        } while (accept(TokType::Comma));
    }
    if (!expectColon(false)) return nullptr;
    std::vector<Stmt*> body;
    if (!parseBlock(body, withTok, "'with' statement")) return nullptr;
    if (isAsync) {
        AsyncWith* s = node<AsyncWith>(start);
        s->items = std::move(items);
        s->body = std::move(body);
        finish(s);
        return s;
    }
    With* s = node<With>(start);
    s->items = std::move(items);
    s->body = std::move(body);
    finish(s);
    return s;
}

Stmt* Parser::parseTry() {
    Token start = advance();
    if (!expectColon(true)) return nullptr;
    std::vector<Stmt*> body, orelse, finalbody;
    std::vector<ExceptHandler*> handlers;
    if (!parseBlock(body, start, "'try' statement")) return nullptr;
    int star = -1;
    while (atKw(Kw::Except)) {
        Token et = advance();
        bool isStar = false;
        ErrLoc loc = tokLoc(et);
        if (at(TokType::Star)) {
            Token st = advance();
            isStar = true;
            loc.endLineno = st.endLineno;   // CPython: the range 'except' '*'
            loc.endCol = st.endCol;
        }
        if (star == -1) {
            star = isStar;
        } else if (star != static_cast<int>(isStar)) {
            return raiseAt("SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'",
                           loc);
        }
        ExceptHandler* h = node<ExceptHandler>(et);
        if (!at(TokType::Colon)) {
            h->type = parseExpression();
            if (!h->type) return nullptr;
            if (at(TokType::Comma)) {
                // except A, B:
                size_t save = pos_;
                advance();
                Expr* b = parseExpression();
                while (b && accept(TokType::Comma)) b = parseExpression();
                if (b && (at(TokType::Colon) || atKw(Kw::As))) {
                    if (acceptKw(Kw::As)) {
                        advance();
                    }
                    const Token& last = peek();
                    return raiseAt("SyntaxError", "multiple exception types must be parenthesized",
                                   {h->type->lineno, h->type->colOffset, last.endLineno,
                                    last.endCol - 1});
                }
                pos_ = save;
                return fail();
            }
            if (acceptKw(Kw::As)) {
                const Token& n = peek();
                if (n.type != TokType::Name || n.kw != Kw::None) return fail();
                h->name.assign(text(n));
                advance();
            }
        } else if (isStar) {
            return raiseTok("expected one or more exception types", peek());
        }
        if (!expectColon(false)) return nullptr;
        if (!parseBlock(h->body, et, isStar ? "'except*' statement" : "'except' statement"))
            return nullptr;
        finish(h);
        handlers.push_back(h);
    }
    if (atKw(Kw::Else)) {
        if (handlers.empty()) return fail();
        Token et = advance();
        if (!expectColon(true)) return nullptr;
        if (!parseBlock(orelse, et, "'else' statement")) return nullptr;
    }
    if (atKw(Kw::Finally)) {
        Token ft = advance();
        if (!expectColon(true)) return nullptr;
        if (!parseBlock(finalbody, ft, "'finally' statement")) return nullptr;
    }
    if (handlers.empty() && finalbody.empty()) {
        peek();
        return raiseLast("expected 'except' or 'finally' block");
    }
    if (star == 1) {
        TryStar* s = node<TryStar>(start);
        s->body = std::move(body);
        s->handlers = std::move(handlers);
        s->orelse = std::move(orelse);
        s->finalbody = std::move(finalbody);
        finish(s);
        finish(s);
        finish(s);
        return s;
    }
    Try* s = node<Try>(start);
    s->body = std::move(body);
    s->handlers = std::move(handlers);
    s->orelse = std::move(orelse);
    s->finalbody = std::move(finalbody);
    finish(s);
    if (!s->handlers.empty()) {
        s->endLineno = s->handlers.back()->endLineno;
        s->endColOffset = s->handlers.back()->endColOffset;
    }
    finish(s);
    finish(s);
    return s;
}

// ---------------------------------------------------------------------------------------------
// Parameters (def and lambda)

Arguments* Parser::parseParams(bool lambda, TokType closer) {
    Arguments* a = arena_.make<Arguments>();
    bool seenDefault = false;
    bool seenStar = false;
    bool seenSlash = false;
    auto parseArg = [&](bool allowStarAnnotation) -> Arg* {
        const Token& n = peek();
        if (n.type != TokType::Name || n.kw != Kw::None) return fail();
        Arg* arg = node<Arg>(n);
        arg->arg.assign(text(n));
        advance();
        if (!lambda && accept(TokType::Colon)) {
            if (allowStarAnnotation && at(TokType::Star)) {
                const Token& st = advance();
                Starred* s = node<Starred>(st);
                s->value = parseExpression();
                if (!s->value) return nullptr;
                arg->annotation = finish(s);
            } else {
                arg->annotation = parseExpression();
                if (!arg->annotation) return nullptr;
            }
        }
        return finish(arg);
    };
    while (!at(closer)) {
        if (at(TokType::LPar) && !lambda) {
            // def f((a, b)): CPython's "Function parameters cannot be parenthesized"
            size_t save = pos_;
            size_t saveMax = maxPos_;
            const Token& lp = advance();
            bool ok = false;
            while (peek().type == TokType::Name && peek().kw == Kw::None) {
                advance();
                if (!accept(TokType::Comma)) break;
            }
            if (at(TokType::RPar)) ok = pos_ > save + 1;
            if (ok) {
                const Token& rp = peek();
                return raiseAt("SyntaxError", "Function parameters cannot be parenthesized",
                               {lp.lineno, lp.col, rp.endLineno, rp.endCol});
            }
            pos_ = save;
            maxPos_ = saveMax;
            return fail();
        }
        if (at(TokType::Slash)) {
            const Token& sl = peek();
            if (seenSlash) return raiseTok("/ may appear only once", sl);
            if (seenStar) return raiseTok("/ must be ahead of *", sl);
            if (a->args.empty()) return raiseTok("at least one argument must precede /", sl);
            advance();
            seenSlash = true;
            a->posonlyargs = std::move(a->args);
            a->args.clear();
        } else if (at(TokType::Star)) {
            const Token& st = advance();
            if (seenStar) return raiseTok("* argument may appear only once", st);
            seenStar = true;
            if (at(TokType::Comma)) {
                // bare '*': keyword-only args must follow
                const Token& nx = peek(1);
                if (nx.type == closer || nx.type == TokType::DoubleStar) {
                    return raiseTok("named arguments must follow bare *", st);
                }
            } else if (at(closer)) {
                return raiseTok("named arguments must follow bare *", st);
            } else {
                a->vararg = parseArg(true);
                if (!a->vararg) return nullptr;
                if (at(TokType::Equal)) {
                    return raiseTok("var-positional argument cannot have default value", peek());
                }
            }
        } else if (at(TokType::DoubleStar)) {
            advance();
            a->kwarg = parseArg(false);
            if (!a->kwarg) return nullptr;
            if (at(TokType::Equal)) {
                return raiseTok("var-keyword argument cannot have default value", peek());
            }
            accept(TokType::Comma);
            if (!at(closer)) {
                const Token& t = peek();
                if (t.type == TokType::Name || t.type == TokType::Star ||
                    t.type == TokType::DoubleStar || t.type == TokType::Slash)
                    return raiseTok("arguments cannot follow var-keyword argument", t);
                return fail();
            }
            break;
        } else {
            Arg* arg = parseArg(false);
            if (!arg) return nullptr;
            Expr* def = nullptr;
            if (at(TokType::Equal)) {
                const Token& eq = advance();
                if (at(TokType::Comma) || at(closer)) {
                    return raiseTok("expected default value expression", eq);
                }
                def = parseExpression();
                if (!def) return nullptr;
            }
            if (seenStar) {
                a->kwonlyargs.push_back(arg);
                a->kwDefaults.push_back(def);
            } else {
                if (def) {
                    seenDefault = true;
                    a->defaults.push_back(def);
                } else if (seenDefault) {
                    if (!at(TokType::Comma) && !at(closer)) return fail();
                    return raiseNode("non-default argument follows default argument", arg);
                }
                a->args.push_back(arg);
            }
        }
        if (!accept(TokType::Comma)) break;
    }
    return a;
}

// ---------------------------------------------------------------------------------------------
// Expressions

static bool canStartExpression(const Token& t) {
    switch (t.type) {
    case TokType::Name:
        return t.kw == Kw::None || t.kw == Kw::None_ || t.kw == Kw::True_ ||
               t.kw == Kw::False_ || t.kw == Kw::Not || t.kw == Kw::Lambda ||
               t.kw == Kw::Await;
    case TokType::Number: case TokType::String: case TokType::LPar: case TokType::LSqb:
    case TokType::LBrace: case TokType::Minus: case TokType::Plus: case TokType::Tilde:
    case TokType::Ellipsis:
        return true;
    default:
        return false;
    }
}

Expr* Parser::parseStarExpressions() {
    const Token& start = peek();
    Expr* e = parseStarExpression();
    if (!e) return nullptr;
    if (!at(TokType::Comma)) return e;
    Tuple* t = node<Tuple>(start);
    t->elts.push_back(e);
    while (accept(TokType::Comma)) {
        const Token& n = peek();
        if (!canStartExpression(n) && n.type != TokType::Star) break;
        Expr* x = parseStarExpression();
        if (!x) return nullptr;
        t->elts.push_back(x);
    }
    return finish(t);
}

Expr* Parser::parseStarExpression() {
    if (at(TokType::Star)) {
        const Token& st = advance();
        Starred* s = node<Starred>(st);
        s->value = parseBitOr();
        if (!s->value) return nullptr;
        return finish(s);
    }
    return parseExpression();
}

Expr* Parser::parseStarNamedExpression() {
    if (at(TokType::Star)) {
        const Token& st = advance();
        Starred* s = node<Starred>(st);
        s->value = parseBitOr();
        if (!s->value) return nullptr;
        return finish(s);
    }
    return parseNamedExpression();
}

Expr* Parser::parseNamedExpression(bool checkAssign) {
    const Token& t = peek();
    if (t.type == TokType::Name && t.kw == Kw::None && peek(1).type == TokType::ColonEqual) {
        Name* target = node<Name>(t);
        target->id.assign(text(t));
        target->ctx = ExprContext::Store;
        advance();
        finish(target);
        advance();  // ':='
        NamedExpr* n = node<NamedExpr>(t);
        n->target = target;
        n->value = parseExpression();
        if (!n->value) return nullptr;
        return finish(n);
    }
    Expr* e = parseExpression();
    if (!e) return nullptr;
    if (at(TokType::ColonEqual)) {
        return raiseNode(std::string("cannot use assignment expressions with ") + exprName(e), e);
    }
    if (at(TokType::Equal) && checkAssign) {
        // CPython's invalid_named_expression: `a = b` where an expression is expected.
        bool excluded = e->kind == ExprKind::List || e->kind == ExprKind::Tuple ||
                        e->kind == ExprKind::GeneratorExp;
        if (e->kind == ExprKind::Constant) {
            ConstantKind k = static_cast<Constant*>(e)->value.kind;
            excluded = excluded || k == ConstantKind::None || k == ConstantKind::True ||
                       k == ConstantKind::False;
        }
        if (!excluded) {
            // Generic errors keep the first-pass location (CPython's last_token).
            size_t saveMax = maxPos_;
            advance();
            Expr* b = parseBitOr();
            if (!b || at(TokType::Equal) || at(TokType::ColonEqual)) {
                if (tokError_) return nullptr;
                maxPos_ = saveMax;
                return fail();
            }
            if (e->kind == ExprKind::Name) {
                return raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                                  e, b);
            }
            return raiseNode(std::string("cannot assign to ") + exprName(e) +
                                 " here. Maybe you meant '==' instead of '='?",
                             e);
        }
    }
    return e;
}

Expr* Parser::parseExpression() {
    DepthGuard guard(*this);
    if (!guard.ok) return nullptr;
    if (atKw(Kw::Lambda)) return parseLambda();
    const Token& start = peek();
    size_t startIdx = pos_;
    Expr* a = parseDisjunction();
    if (!a) return nullptr;
    if (atKw(Kw::If)) {
        advance();
        Expr* test = parseDisjunction();
        if (!test) return nullptr;
        if (!acceptKw(Kw::Else)) {
            return raiseRange("expected 'else' after 'if' expression", a, test);
        }
        Expr* orelse = parseExpression();
        if (!orelse) return nullptr;
        IfExp* e = node<IfExp>(start);
        e->test = test;
        e->body = a;
        e->orelse = orelse;
        return finish(e);
    }
    // "Perhaps you forgot a comma?" (CPython invalid_expression), inside brackets only.
    const Token& n = peek();
    if (n.level > 0 && canStartExpression(n) && !haveError_ && !noCommaCheck_) {
        bool excluded = false;
        if (start.type == TokType::Name && start.kw == Kw::None) {
            std::string_view s = text(start);
            if (s == "match" || s == "case" || s == "_") excluded = true;
            // NAME STRING
            if (startIdx + 1 < toks_.size() && toks_[startIdx + 1].type == TokType::String)
                excluded = true;
        }
        if (!excluded && n.kw != Kw::Not) {
            size_t save = pos_;
            size_t saveMax = maxPos_;
            Expr* b = parseExpression();
            if (b && toks_[pos_ - 1].level > 0) {
                return raiseRange("invalid syntax. Perhaps you forgot a comma?", a, b);
            }
            if (tokError_) return nullptr;
            failed_ = false;
            haveError_ = false;
            pos_ = save;
            maxPos_ = saveMax;
        }
    }
    return a;
}

Expr* Parser::parseExpressionNoCond() { return parseDisjunction(); }

Expr* Parser::parseLambda() {
    const Token& start = advance();
    Lambda* l = node<Lambda>(start);
    l->args = parseParams(true, TokType::Colon);
    if (!l->args) return nullptr;
    if (!accept(TokType::Colon)) return fail();
    l->body = parseExpression();
    if (!l->body) return nullptr;
    return finish(l);
}

Expr* Parser::parseDisjunction() {
    const Token& start = peek();
    Expr* a = parseConjunction();
    if (!a || !atKw(Kw::Or)) return a;
    BoolOp* b = node<BoolOp>(start);
    b->op = BoolOperator::Or;
    b->values.push_back(a);
    while (acceptKw(Kw::Or)) {
        Expr* x = parseConjunction();
        if (!x) return nullptr;
        b->values.push_back(x);
    }
    return finish(b);
}

Expr* Parser::parseConjunction() {
    const Token& start = peek();
    Expr* a = parseInversion();
    if (!a || !atKw(Kw::And)) return a;
    BoolOp* b = node<BoolOp>(start);
    b->op = BoolOperator::And;
    b->values.push_back(a);
    while (acceptKw(Kw::And)) {
        Expr* x = parseInversion();
        if (!x) return nullptr;
        b->values.push_back(x);
    }
    return finish(b);
}

Expr* Parser::parseInversion() {
    DepthGuard guard(*this);
    if (!guard.ok) return nullptr;
    if (atKw(Kw::Not)) {
        const Token& t = advance();
        UnaryOp* u = node<UnaryOp>(t);
        u->op = UnaryOperator::Not;
        u->operand = parseInversion();
        if (!u->operand) return nullptr;
        return finish(u);
    }
    return parseComparison();
}

Expr* Parser::parseComparison() {
    const Token& start = peek();
    Expr* a = parseBitOr();
    if (!a) return nullptr;
    Compare* c = nullptr;
    for (;;) {
        const Token& t = peek();
        CmpOp op;
        int ntok = 1;
        switch (t.type) {
        case TokType::EqEqual: op = CmpOp::Eq; break;
        case TokType::NotEqual:
            if (text(t) == "<>") return fail();
            op = CmpOp::NotEq;
            break;
        case TokType::Less: op = CmpOp::Lt; break;
        case TokType::LessEqual: op = CmpOp::LtE; break;
        case TokType::Greater: op = CmpOp::Gt; break;
        case TokType::GreaterEqual: op = CmpOp::GtE; break;
        case TokType::Name:
            if (t.kw == Kw::In) {
                op = CmpOp::In;
            } else if (t.kw == Kw::Is) {
                if (peek(1).type == TokType::Name && peek(1).kw == Kw::Not) {
                    op = CmpOp::IsNot;
                    ntok = 2;
                } else {
                    op = CmpOp::Is;
                }
            } else if (t.kw == Kw::Not && peek(1).type == TokType::Name &&
                       peek(1).kw == Kw::In) {
                op = CmpOp::NotIn;
                ntok = 2;
            } else {
                goto done;
            }
            break;
        default:
            goto done;
        }
        for (int i = 0; i < ntok; ++i) advance();
        if (!c) {
            c = node<Compare>(start);
            c->left = a;
        }
        c->ops.push_back(op);
        {
            Expr* r = parseBitOr();
            if (!r) return nullptr;
            c->comparators.push_back(r);
        }
    }
done:
    if (c) return finish(c);
    return a;
}

Expr* Parser::parseBitOr() { return parseBinary(1); }

Expr* Parser::parseBinary(int minPrec) {
    const Token& start = peek();
    Expr* left = parseFactor();
    if (!left) return nullptr;
    for (;;) {
        Operator op;
        int prec = binPrec(peek().type, op);
        if (prec == 0 || prec < minPrec) return left;
        advance();
        Expr* right = parseBinary(prec + 1);
        if (!right) return nullptr;
        BinOp* b = node<BinOp>(start);
        b->left = left;
        b->op = op;
        b->right = right;
        left = finish(b);
    }
}

Expr* Parser::parseFactor() {
    DepthGuard guard(*this);
    if (!guard.ok) return nullptr;
    const Token& t = peek();
    UnaryOperator op;
    switch (t.type) {
    case TokType::Plus: op = UnaryOperator::UAdd; break;
    case TokType::Minus: op = UnaryOperator::USub; break;
    case TokType::Tilde: op = UnaryOperator::Invert; break;
    default: return parsePower();
    }
    advance();
    UnaryOp* u = node<UnaryOp>(t);
    u->op = op;
    u->operand = parseFactor();
    if (!u->operand) return nullptr;
    return finish(u);
}

Expr* Parser::parsePower() {
    const Token& start = peek();
    Expr* a;
    if (atKw(Kw::Await)) {
        advance();
        Await* aw = node<Await>(start);
        aw->value = parsePrimary(false);
        if (!aw->value) return nullptr;
        a = finish(aw);
    } else {
        a = parsePrimary(false);
        if (!a) return nullptr;
    }
    if (at(TokType::DoubleStar)) {
        advance();
        BinOp* b = node<BinOp>(start);
        b->left = a;
        b->op = Operator::Pow;
        b->right = parseFactor();
        if (!b->right) return nullptr;
        return finish(b);
    }
    return a;
}

Expr* Parser::parsePrimary(bool forTarget) {
    (void)forTarget;
    const Token& start = peek();
    Expr* e = parseAtom();
    if (!e) return nullptr;
    for (;;) {
        const Token& t = peek();
        if (t.type == TokType::Dot) {
            advance();
            const Token& n = peek();
            if (n.type != TokType::Name || n.kw != Kw::None) return fail();
            Attribute* a = node<Attribute>(start);
            a->value = e;
            a->attr.assign(text(n));
            advance();
            e = finish(a);
        } else if (t.type == TokType::LPar) {
            Expr* c = parseCall(e);
            if (!c) return nullptr;
            c->lineno = start.lineno;
            c->colOffset = start.col;
            e = c;
        } else if (t.type == TokType::LSqb) {
            advance();
            Subscript* s = node<Subscript>(start);
            s->value = e;
            s->slice = parseSlices();
            if (!s->slice) return nullptr;
            if (!accept(TokType::RSqb)) return fail();
            e = finish(s);
        } else {
            return e;
        }
    }
}

Expr* Parser::parseSlices() {
    const Token& start = peek();
    Expr* first = parseSlice();
    if (!first) return nullptr;
    if (!at(TokType::Comma) && first->kind != ExprKind::Starred) return first;
    Tuple* t = node<Tuple>(start);
    t->elts.push_back(first);
    while (accept(TokType::Comma)) {
        if (at(TokType::RSqb)) break;
        Expr* x = parseSlice();
        if (!x) return nullptr;
        t->elts.push_back(x);
    }
    return finish(t);
}

Expr* Parser::parseSlice() {
    const Token& start = peek();
    Expr* lower = nullptr;
    if (at(TokType::Star)) return parseStarExpression();
    if (!at(TokType::Colon)) {
        lower = parseNamedExpression();
        if (!lower) return nullptr;
        if (!at(TokType::Colon)) return lower;
    }
    advance();  // ':'
    Slice* s = node<Slice>(start);
    s->lower = lower;
    if (!at(TokType::Colon) && !at(TokType::Comma) && !at(TokType::RSqb)) {
        s->upper = parseExpression();
        if (!s->upper) return nullptr;
    }
    if (accept(TokType::Colon)) {
        if (!at(TokType::Comma) && !at(TokType::RSqb)) {
            s->step = parseExpression();
            if (!s->step) return nullptr;
        }
    }
    return finish(s);
}

// Parses '(' arguments ')' after func (func may be null for class bases).
Expr* Parser::parseCall(Expr* func) {
    const Token& lpar = advance();
    Call* c = node<Call>(lpar);
    c->func = func;
    bool seenKeyword = false, seenKwUnpack = false;
    size_t firstArgIdx = pos_;
    while (!at(TokType::RPar)) {
        const Token& t = peek();
        if (t.type == TokType::Star) {
            if (((peek(1).type == TokType::Comma || peek(1).type == TokType::RPar) ||
                 seenKwUnpack) &&
                pos_ > firstArgIdx) {
                const Token& f = toks_[firstArgIdx];
                int el = 0, ec = 0;
                for (Expr* a : c->args) {
                    if (a->endLineno > el || (a->endLineno == el && a->endColOffset > ec))
                        el = a->endLineno, ec = a->endColOffset;
                }
                for (Keyword* k : c->keywords) {
                    if (k->endLineno > el || (k->endLineno == el && k->endColOffset > ec))
                        el = k->endLineno, ec = k->endColOffset;
                }
                return raiseAt("SyntaxError",
                               "iterable argument unpacking follows keyword argument unpacking",
                               {f.lineno, f.col, el, ec});
            }
            advance();
            Starred* s = node<Starred>(t);
            s->value = parseExpression();
            if (!s->value) return nullptr;
            finish(s);
            if (seenKwUnpack) {
                return raiseNode("iterable argument unpacking follows keyword argument unpacking",
                                 s);
            }
            c->args.push_back(s);
        } else if (t.type == TokType::DoubleStar) {
            advance();
            Keyword* k = node<Keyword>(t);
            k->value = parseExpression();
            if (!k->value) return nullptr;
            c->keywords.push_back(finish(k));
            seenKwUnpack = true;
        } else if (t.type == TokType::Name &&
                   (t.kw == Kw::None || t.kw == Kw::True_ || t.kw == Kw::False_ ||
                    t.kw == Kw::None_) &&
                   peek(1).type == TokType::Equal) {
            if (t.kw != Kw::None) {
                if (t.kw == Kw::True_ || t.kw == Kw::False_ || t.kw == Kw::None_) {
                    const Token& eq = peek(1);
                    return raiseAt("SyntaxError",
                                   std::string("cannot assign to ") + std::string(text(t)),
                                   {t.lineno, t.col, eq.endLineno, eq.endCol});
                }
                return fail();
            }
            Keyword* k = node<Keyword>(t);
            k->arg.assign(text(t));
            const Token nameTok = t;
            const Token eqTok = peek(1);
            advance();
            advance();
            k->value = parseExpression();
            if (!k->value) return nullptr;
            if (atKw(Kw::For) || atKw(Kw::Async)) {
                // f(a = x for x in y)
                return raiseAt("SyntaxError",
                               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                               {nameTok.lineno, nameTok.col, eqTok.endLineno, eqTok.endCol});
            }
            c->keywords.push_back(finish(k));
            seenKeyword = true;
        } else {
            Expr* e = parseNamedExpression(false);
            if (!e) return nullptr;
            if (at(TokType::Equal)) {
                // f(a.b=1)
                const Token& eq = peek();
                return raiseAt("SyntaxError",
                               "expression cannot contain assignment, perhaps you meant \"==\"?",
                               {e->lineno, e->colOffset, eq.endLineno, eq.endCol});
            }
            if (atKw(Kw::For) || atKw(Kw::Async)) {
                if (func == nullptr) return fail();
                GeneratorExp* g = node<GeneratorExp>(lpar);
                g->elt = e;
                if (!parseComprehensions(g->generators)) return nullptr;
                bool preceded = !c->args.empty() || !c->keywords.empty();
                if (!at(TokType::RPar) && !at(TokType::Comma)) return fail();
                if (preceded || at(TokType::Comma)) {
                    // CPython's rule looks past the ',' first: a tokenizer error there (EOF
                    // in brackets) wins.
                    if (at(TokType::Comma)) {
                        peek(1);
                        if (tokError_) return fail();
                    }
                    return raiseRange("Generator expression must be parenthesized", e,
                                      finish(g));
                }
                advance();
                finish(g);
                c->args.push_back(g);
                return finish(c);
            }
            if (seenKwUnpack || seenKeyword) {
                // CPython reports this at the last token of the argument list.
                int depth = 0;
                while (!at(TokType::EndMarker) && !at(TokType::ErrorToken)) {
                    TokType tt = peek().type;
                    if (tt == TokType::LPar || tt == TokType::LSqb || tt == TokType::LBrace) {
                        ++depth;
                    } else if (tt == TokType::RPar || tt == TokType::RSqb ||
                               tt == TokType::RBrace) {
                        if (depth == 0) break;
                        --depth;
                    }
                    advance();
                }
                if (tokError_) return nullptr;
                return raiseLast(seenKwUnpack
                                     ? "positional argument follows keyword argument unpacking"
                                     : "positional argument follows keyword argument");
            }
            c->args.push_back(e);
        }
        if (!accept(TokType::Comma)) break;
    }
    if (!accept(TokType::RPar)) return fail();
    return finish(c);
}

Expr* Parser::parseYield() {
    const Token& start = advance();
    if (acceptKw(Kw::From)) {
        YieldFrom* y = node<YieldFrom>(start);
        y->value = parseExpression();
        if (!y->value) return nullptr;
        return finish(y);
    }
    Yield* y = node<Yield>(start);
    const Token& t = peek();
    if (canStartExpression(t) || t.type == TokType::Star) {
        y->value = parseStarExpressions();
        if (!y->value) return nullptr;
    }
    return finish(y);
}

bool Parser::parseComprehensions(std::vector<Comprehension*>& out) {
    while (atKw(Kw::For) || (atKw(Kw::Async) && peek(1).kw == Kw::For &&
                             peek(1).type == TokType::Name)) {
        Comprehension* c = arena_.make<Comprehension>();
        if (acceptKw(Kw::Async)) c->isAsync = 1;
        advance();  // for
        c->target = parseStarTargets();
        if (!c->target) return false;
        if (!acceptKw(Kw::In)) {
            fail();
            return false;
        }
        c->iter = parseDisjunction();
        if (!c->iter) return false;
        while (atKw(Kw::If)) {
            advance();
            Expr* cond = parseDisjunction();
            if (!cond) return false;
            c->ifs.push_back(cond);
        }
        out.push_back(c);
    }
    return true;
}

Expr* Parser::parseStarTarget() {
    DepthGuard guard(*this);
    if (!guard.ok) return nullptr;
    if (at(TokType::Star)) {
        const Token& st = advance();
        if (at(TokType::Star)) return fail();
        Starred* s = node<Starred>(st);
        s->value = parseStarTarget();
        if (!s->value) return nullptr;
        return finish(s);
    }
    return parsePrimary(true);
}

Expr* Parser::parseStarTargets() {
    const Token& start = peek();
    Expr* e = parseStarTarget();
    if (!e) return nullptr;
    if (at(TokType::Comma)) {
        Tuple* t = node<Tuple>(start);
        t->elts.push_back(e);
        while (accept(TokType::Comma)) {
            const Token& n = peek();
            bool starts = (n.type == TokType::Name && n.kw == Kw::None) ||
                          n.type == TokType::LPar || n.type == TokType::LSqb ||
                          n.type == TokType::Star;
            if (!starts) break;
            Expr* x = parseStarTarget();
            if (!x) return nullptr;
            t->elts.push_back(x);
        }
        e = finish(t);
    }
    if (!setContext(e, ExprContext::Store, false)) {
        Expr* bad = checkInvalidTarget(e, false);
        if (!bad) bad = e;
        if (bad->kind == ExprKind::Compare) {
            // `for x in y` where the target parse swallowed `in`: report generic
            return fail();
        }
        return raiseNode(std::string("cannot assign to ") + exprName(bad), bad);
    }
    return e;
}

Expr* Parser::parseNumber(const Token& t) {
    std::string_view s = text(t);
    Constant* c = node<Constant>(t);
    std::string clean;
    clean.reserve(s.size());
    for (char ch : s) {
        if (ch != '_') clean += ch;
    }
    char last = clean.back();
    if (last == 'j' || last == 'J') {
        clean.pop_back();
        c->value.kind = ConstantKind::Complex;
        c->value.imag = strtod(clean.c_str(), nullptr);
    } else if (clean.size() > 1 && clean[0] == '0' &&
               (clean[1] == 'x' || clean[1] == 'X' || clean[1] == 'o' || clean[1] == 'O' ||
                clean[1] == 'b' || clean[1] == 'B')) {
        c->value.kind = ConstantKind::Int;
        char p = static_cast<char>(tolower(static_cast<unsigned char>(clean[1])));
        c->value.base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        size_t i = 2;
        while (i + 1 < clean.size() && clean[i] == '0') ++i;
        std::string digits = clean.substr(i);
        for (char& ch : digits) ch = static_cast<char>(tolower(static_cast<unsigned char>(ch)));
        c->value.str = digits;
    } else if (clean.find_first_of(".eE") != std::string::npos) {
        c->value.kind = ConstantKind::Float;
        c->value.real = strtod(clean.c_str(), nullptr);
    } else {
        c->value.kind = ConstantKind::Int;
        c->value.base = 10;
        size_t i = 0;
        while (i + 1 < clean.size() && clean[i] == '0') ++i;
        c->value.str = clean.substr(i);
    }
    advance();
    return finish(c);
}

Expr* Parser::parseAtom() {
    const Token& t = peek();
    switch (t.type) {
    case TokType::Name: {
        switch (t.kw) {
        case Kw::None: {
            Name* n = node<Name>(t);
            n->id.assign(text(t));
            advance();
            return finish(n);
        }
        case Kw::True_: case Kw::False_: case Kw::None_: {
            Constant* c = node<Constant>(t);
            c->value.kind = t.kw == Kw::True_   ? ConstantKind::True
                            : t.kw == Kw::False_ ? ConstantKind::False
                                                 : ConstantKind::None;
            advance();
            return finish(c);
        }
        default:
            return fail();
        }
    }
    case TokType::Number: return parseNumber(t);
    case TokType::String: return parseStrings();
    case TokType::Ellipsis: {
        Constant* c = node<Constant>(t);
        c->value.kind = ConstantKind::Ellipsis;
        advance();
        return finish(c);
    }
    case TokType::LPar: return parseParenAtom();
    case TokType::LSqb: return parseListAtom();
    case TokType::LBrace: return parseBraceAtom();
    default:
        return fail();
    }
}

Expr* Parser::parseParenAtom() {
    const Token& lpar = advance();
    if (at(TokType::RPar)) {
        advance();
        return finish(node<Tuple>(lpar));
    }
    if (atKw(Kw::Yield)) {
        Expr* y = parseYield();
        if (!y) return nullptr;
        if (!accept(TokType::RPar)) return fail();
        return y;
    }
    if (at(TokType::DoubleStar)) {
        // CPython's invalid_group: '(' '**' expression ')'.
        // Other errors are reported where CPython's first pass stopped: at the '**'.
        size_t savedMax = maxPos_;
        const Token& ds = advance();
        Expr* e = parseExpression();
        if (e && at(TokType::RPar)) return raiseTok("cannot use double starred expression here", ds);
        if (!haveError_) maxPos_ = savedMax;
        return fail();
    }
    Expr* first = parseStarNamedExpression();
    if (!first) return nullptr;
    if (atKw(Kw::For) || (atKw(Kw::Async) && peek(1).kw == Kw::For)) {
        if (first->kind == ExprKind::Starred) {
            return raiseNode("iterable unpacking cannot be used in comprehension", first);
        }
        GeneratorExp* g = node<GeneratorExp>(lpar);
        g->elt = first;
        if (!parseComprehensions(g->generators)) return nullptr;
        if (!accept(TokType::RPar)) return fail();
        return finish(g);
    }
    if (at(TokType::RPar)) {
        if (first->kind == ExprKind::Starred) {
            return raiseNode("cannot use starred expression here", first);
        }
        advance();
        return first;
    }
    if (!at(TokType::Comma)) {
        return fail();
    }
    Tuple* tup = node<Tuple>(lpar);
    tup->elts.push_back(first);
    while (accept(TokType::Comma)) {
        if (at(TokType::RPar)) break;
        Expr* x = parseStarNamedExpression();
        if (!x) return nullptr;
        tup->elts.push_back(x);
    }
    if (!accept(TokType::RPar)) return fail();
    return finish(tup);
}

bool Parser::atComprehensionFor() {
    return atKw(Kw::For) || (atKw(Kw::Async) && peek(1).kw == Kw::For);
}

// CPython's invalid_comprehension: `[a, b for ...]` / `{a, b, for ...}` is an error at the
// elements when a comprehension clause `[async] for targets in disjunction` follows (else the
// clause's own error stands).
Expr* Parser::unparenthesizedTarget(Expr* first, int endLine, int endCol) {
    size_t savedMax = maxPos_;
    acceptKw(Kw::Async);
    advance();  // for
    Expr* target = parseStarTargets();
    bool ok = target && acceptKw(Kw::In) && parseDisjunction();
    if (!ok) {
        // A generic error is reported where CPython's first pass stopped: at the 'for'.
        if (!haveError_) maxPos_ = savedMax;
        return fail();
    }
    return raiseAt("SyntaxError", "did you forget parentheses around the comprehension target?",
                   {first->lineno, first->colOffset, endLine, endCol});
}

Expr* Parser::parseListAtom() {
    const Token& lsqb = advance();
    if (at(TokType::RSqb)) {
        advance();
        return finish(node<List>(lsqb));
    }
    Expr* first = parseStarNamedExpression();
    if (!first) return nullptr;
    if (atKw(Kw::For) || (atKw(Kw::Async) && peek(1).kw == Kw::For)) {
        if (first->kind == ExprKind::Starred) {
            return raiseNode("iterable unpacking cannot be used in comprehension", first);
        }
        ListComp* g = node<ListComp>(lsqb);
        g->elt = first;
        if (!parseComprehensions(g->generators)) return nullptr;
        if (!accept(TokType::RSqb)) return fail();
        return finish(g);
    }
    List* l = node<List>(lsqb);
    l->elts.push_back(first);
    while (at(TokType::Comma)) {
        const Token& comma = advance();
        if (atComprehensionFor()) {
            // `[a, for ...]` ends at the comma, `[a, b, for ...]` at the last element.
            Expr* last = l->elts.back();
            return last == first ? unparenthesizedTarget(first, comma.endLineno, comma.endCol)
                                 : unparenthesizedTarget(first, last->endLineno, last->endColOffset);
        }
        if (at(TokType::RSqb)) break;
        Expr* x = parseStarNamedExpression();
        if (!x) return nullptr;
        l->elts.push_back(x);
        if (atComprehensionFor()) return unparenthesizedTarget(first, x->endLineno, x->endColOffset);
    }
    if (!accept(TokType::RSqb)) return fail();
    return finish(l);
}

Expr* Parser::parseBraceAtom() {
    const Token& lbrace = advance();
    if (at(TokType::RBrace)) {
        advance();
        return finish(node<Dict>(lbrace));
    }
    Expr* firstKey = nullptr;
    Expr* firstValue = nullptr;
    if (at(TokType::DoubleStar)) {
        const Token& ds = advance();
        firstValue = parseBitOr();
        if (!firstValue) return nullptr;
        if (atKw(Kw::For)) {
            return raiseAt("SyntaxError", "dict unpacking cannot be used in dict comprehension",
                           {ds.lineno, ds.col, ds.endLineno, ds.endCol});
        }
    } else {
        Expr* first = parseStarNamedExpression();
        if (!first) return nullptr;
        if (at(TokType::Colon) && first->kind != ExprKind::Starred) {
            const Token& colon = advance();
            if (at(TokType::Comma) || at(TokType::RBrace)) {
                return raiseTok("expression expected after dictionary key and ':'", colon);
            }
            firstKey = first;
            firstValue = parseExpression();
            if (!firstValue) return nullptr;
            if (atKw(Kw::For) || (atKw(Kw::Async) && peek(1).kw == Kw::For)) {
                DictComp* d = node<DictComp>(lbrace);
                d->key = firstKey;
                d->value = firstValue;
                if (!parseComprehensions(d->generators)) return nullptr;
                if (!accept(TokType::RBrace)) return fail();
                return finish(d);
            }
        } else {
            // set
            if (atKw(Kw::For) || (atKw(Kw::Async) && peek(1).kw == Kw::For)) {
                if (first->kind == ExprKind::Starred) {
                    return raiseNode("iterable unpacking cannot be used in comprehension", first);
                }
                SetComp* g = node<SetComp>(lbrace);
                g->elt = first;
                if (!parseComprehensions(g->generators)) return nullptr;
                if (!accept(TokType::RBrace)) return fail();
                return finish(g);
            }
            Set* s = node<Set>(lbrace);
            s->elts.push_back(first);
            while (at(TokType::Comma)) {
                const Token& comma = advance();
                if (atComprehensionFor()) {
                    Expr* last = s->elts.back();
                    return last == first
                               ? unparenthesizedTarget(first, comma.endLineno, comma.endCol)
                               : unparenthesizedTarget(first, last->endLineno, last->endColOffset);
                }
                if (at(TokType::RBrace)) break;
                Expr* x = parseStarNamedExpression();
                if (!x) return nullptr;
                s->elts.push_back(x);
                if (atComprehensionFor()) {
                    return unparenthesizedTarget(first, x->endLineno, x->endColOffset);
                }
            }
            if (!accept(TokType::RBrace)) return fail();
            return finish(s);
        }
    }
    Dict* d = node<Dict>(lbrace);
    d->keys.push_back(firstKey);
    d->values.push_back(firstValue);
    while (accept(TokType::Comma)) {
        if (at(TokType::RBrace)) break;
        if (accept(TokType::DoubleStar)) {
            Expr* v = parseBitOr();
            if (!v) return nullptr;
            d->keys.push_back(nullptr);
            d->values.push_back(v);
            continue;
        }
        noCommaCheck_ = true;
        Expr* k = parseExpression();
        noCommaCheck_ = false;
        if (!k) return nullptr;
        if (!at(TokType::Colon)) {
            return raiseAt("SyntaxError", "':' expected after dictionary key",
                           {k->lineno, k->endColOffset - 1, k->endLineno, -1});
        }
        const Token& colon = advance();
        if (at(TokType::Comma) || at(TokType::RBrace)) {
            return raiseTok("expression expected after dictionary key and ':'", colon);
        }
        Expr* v = parseExpression();
        if (!v) return nullptr;
        d->keys.push_back(k);
        d->values.push_back(v);
    }
    if (!accept(TokType::RBrace)) return fail();
    return finish(d);
}

// ---------------------------------------------------------------------------------------------
// match statement

Stmt* Parser::parseMatch() {
    const Token& start = advance();  // 'match'
    Token matchTok = start;
    // subject: star_named_expression ',' star_named_expressions? | named_expression
    const Token& sstart = peek();
    Expr* subject = parseStarNamedExpression();
    if (!subject) return nullptr;
    if (at(TokType::Comma)) {
        Tuple* t = node<Tuple>(sstart);
        t->elts.push_back(subject);
        while (accept(TokType::Comma)) {
            if (at(TokType::Colon)) break;
            Expr* x = parseStarNamedExpression();
            if (!x) return nullptr;
            t->elts.push_back(x);
        }
        subject = finish(t);
    } else if (subject->kind == ExprKind::Starred) {
        return fail();
    }
    if (!at(TokType::Colon)) {
        if (at(TokType::Newline)) {
            // `match x` + newline: CPython's invalid_match_stmt (only when `match` cannot be
            // an ordinary name here)
            TokType ft = sstart.type;
            if (ft == TokType::Name || ft == TokType::Number || ft == TokType::String) {
                matchCommitted_ = true;
                return raiseLast("expected ':'");
            }
        }
        return fail();
    }
    advance();
    matchCommitted_ = true;
    Match* m = node<Match>(matchTok);
    m->subject = subject;
    if (!accept(TokType::Newline)) return fail();
    if (!at(TokType::Indent)) {
        const Token& t = peek();
        char msg[120];
        snprintf(msg, sizeof msg, "expected an indented block after 'match' statement on line %d",
                 matchTok.lineno);
        return raiseAt("IndentationError", msg, tokLoc(t));
    }
    advance();
    while (!at(TokType::Dedent)) {
        if (!atSoft("case")) return fail();
        Token caseTok = advance();
        MatchCase* mc = arena_.make<MatchCase>();
        mc->pattern = parsePatterns();
        if (!mc->pattern) return nullptr;
        if (acceptKw(Kw::If)) {
            mc->guard = parseNamedExpression();
            if (!mc->guard) return nullptr;
        }
        if (!expectColon(false)) return nullptr;
        if (!parseBlock(mc->body, caseTok, "'case' statement")) return nullptr;
        m->cases.push_back(mc);
    }
    advance();
    finish(m);
    return m;
}

Pattern* Parser::parsePatterns() {
    const Token& start = peek();
    Pattern* p = at(TokType::Star) ? parseClosedPattern() : parsePattern();
    if (!p) return nullptr;
    if (!at(TokType::Comma) && p->kind != PatternKind::MatchStar) return p;
    MatchSequence* s = node<MatchSequence>(start);
    s->patterns.push_back(p);
    while (accept(TokType::Comma)) {
        if (at(TokType::Colon) || atKw(Kw::If)) break;
        Pattern* x = at(TokType::Star) ? parseClosedPattern() : parsePattern();
        if (!x) return nullptr;
        s->patterns.push_back(x);
    }
    return finish(s);
}

Pattern* Parser::parsePattern() {
    const Token& start = peek();
    Pattern* p = parseOrPattern();
    if (!p) return nullptr;
    if (acceptKw(Kw::As)) {
        const Token& n = peek();
        if (n.type != TokType::Name || n.kw != Kw::None) return fail();
        if (text(n) == "_") return raiseTok("cannot use '_' as a target", n);
        MatchAs* a = node<MatchAs>(start);
        a->pattern = p;
        a->name.assign(text(n));
        advance();
        return finish(a);
    }
    return p;
}

Pattern* Parser::parseOrPattern() {
    const Token& start = peek();
    Pattern* p = parseClosedPattern();
    if (!p) return nullptr;
    if (!at(TokType::VBar)) return p;
    MatchOr* o = node<MatchOr>(start);
    o->patterns.push_back(p);
    while (accept(TokType::VBar)) {
        Pattern* x = parseClosedPattern();
        if (!x) return nullptr;
        o->patterns.push_back(x);
    }
    return finish(o);
}

// Literal expression for a pattern: signed number, complex, strings, None/True/False.
Expr* Parser::parseLiteralExprForPattern(bool allowComplex) {
    const Token& start = peek();
    if (start.type == TokType::String) {
        Expr* s = parseStrings();
        if (!s) return nullptr;
        if (s->kind == ExprKind::JoinedStr) {
            return raiseNode("patterns may only match literals and attribute lookups", s);
        }
        return s;
    }
    Expr* real;
    if (at(TokType::Minus)) {
        advance();
        if (!at(TokType::Number)) return fail();
        UnaryOp* u = node<UnaryOp>(start);
        u->op = UnaryOperator::USub;
        u->operand = parseNumber(peek());
        real = finish(u);
    } else if (at(TokType::Number)) {
        real = parseNumber(peek());
    } else {
        return fail();
    }
    if (!real) return nullptr;
    if (allowComplex && (at(TokType::Plus) || at(TokType::Minus))) {
        Expr* realNumber = real->kind == ExprKind::UnaryOp ? static_cast<UnaryOp*>(real)->operand
                                                           : real;
        if (static_cast<Constant*>(realNumber)->value.kind == ConstantKind::Complex) {
            return raiseNode("real number required in complex literal", realNumber);
        }
        Operator op = at(TokType::Plus) ? Operator::Add : Operator::Sub;
        advance();
        if (!at(TokType::Number)) return fail();
        Expr* imag = parseNumber(peek());
        if (static_cast<Constant*>(imag)->value.kind != ConstantKind::Complex) {
            return raiseNode("imaginary number required in complex literal", imag);
        }
        BinOp* b = node<BinOp>(start);
        b->left = real;
        b->op = op;
        b->right = imag;
        return finish(b);
    }
    return real;
}

Expr* Parser::parseNameOrAttr() {
    const Token& start = peek();
    Name* n = node<Name>(start);
    n->id.assign(text(start));
    advance();
    Expr* e = finish(n);
    while (at(TokType::Dot)) {
        advance();
        const Token& m = peek();
        if (m.type != TokType::Name || m.kw != Kw::None) return fail();
        Attribute* a = node<Attribute>(start);
        a->value = e;
        a->attr.assign(text(m));
        advance();
        e = finish(a);
    }
    return e;
}

Pattern* Parser::parseClosedPattern() {
    DepthGuard guard(*this);
    if (!guard.ok) return nullptr;
    const Token& t = peek();
    switch (t.type) {
    case TokType::Star: {
        advance();
        const Token& n = peek();
        if (n.type != TokType::Name || n.kw != Kw::None) return fail();
        MatchStar* s = node<MatchStar>(t);
        if (text(n) != "_") s->name.assign(text(n));
        advance();
        return finish(s);
    }
    case TokType::Number: case TokType::Minus: case TokType::String: {
        Expr* e = parseLiteralExprForPattern(true);
        if (!e) return nullptr;
        MatchValue* v = nodeAt<MatchValue>(e);
        v->value = e;
        v->endLineno = e->endLineno;
        v->endColOffset = e->endColOffset;
        return v;
    }
    case TokType::Name: {
        if (t.kw == Kw::None_ || t.kw == Kw::True_ || t.kw == Kw::False_) {
            MatchSingleton* s = node<MatchSingleton>(t);
            s->value.kind = t.kw == Kw::None_   ? ConstantKind::None
                            : t.kw == Kw::True_ ? ConstantKind::True
                                                : ConstantKind::False;
            advance();
            return finish(s);
        }
        if (t.kw != Kw::None) return fail();
        Token nameTok = t;
        Expr* e = parseNameOrAttr();
        if (!e) return nullptr;
        if (at(TokType::LPar)) {
            // class pattern
            advance();
            MatchClass* c = node<MatchClass>(nameTok);
            c->cls = e;
            while (!at(TokType::RPar)) {
                const Token& a = peek();
                if (a.type == TokType::Name && a.kw == Kw::None &&
                    peek(1).type == TokType::Equal) {
                    c->kwdAttrs.emplace_back(text(a));
                    advance();
                    advance();
                    Pattern* p = parsePattern();
                    if (!p) return nullptr;
                    c->kwdPatterns.push_back(p);
                } else {
                    Pattern* p = parsePattern();
                    if (!p) return nullptr;
                    if (!c->kwdPatterns.empty()) {
                        return raiseAt("SyntaxError", "positional patterns follow keyword patterns",
                                       {p->lineno, p->colOffset, p->endLineno, p->endColOffset});
                    }
                    c->patterns.push_back(p);
                }
                if (!accept(TokType::Comma)) break;
            }
            if (!accept(TokType::RPar)) return fail();
            return finish(c);
        }
        if (e->kind == ExprKind::Name) {
            MatchAs* a = node<MatchAs>(nameTok);
            const std::string& id = static_cast<Name*>(e)->id;
            if (id != "_") a->name = id;
            return finish(a);
        }
        MatchValue* v = nodeAt<MatchValue>(e);
        v->value = e;
        return finish(v);
    }
    case TokType::LPar: case TokType::LSqb: {
        bool paren = t.type == TokType::LPar;
        TokType closer = paren ? TokType::RPar : TokType::RSqb;
        advance();
        MatchSequence* s = node<MatchSequence>(t);
        if (accept(closer)) return finish(s);
        Pattern* first = at(TokType::Star) ? parseClosedPattern() : parsePattern();
        if (!first) return nullptr;
        if (paren && at(TokType::RPar) && first->kind != PatternKind::MatchStar) {
            advance();
            return first;  // group pattern
        }
        s->patterns.push_back(first);
        while (accept(TokType::Comma)) {
            if (at(closer)) break;
            Pattern* x = at(TokType::Star) ? parseClosedPattern() : parsePattern();
            if (!x) return nullptr;
            s->patterns.push_back(x);
        }
        if (!accept(closer)) return fail();
        return finish(s);
    }
    case TokType::LBrace: {
        advance();
        MatchMapping* m = node<MatchMapping>(t);
        while (!at(TokType::RBrace)) {
            if (at(TokType::DoubleStar)) {
                advance();
                const Token& n = peek();
                // pattern_capture_target: a NAME other than '_'.
                if (n.type != TokType::Name || n.kw != Kw::None || text(n) == "_") return fail();
                m->rest.assign(text(n));
                advance();
                accept(TokType::Comma);
                break;
            }
            const Token& k = peek();
            Expr* key;
            if (k.type == TokType::Name && k.kw == Kw::None) {
                key = parseNameOrAttr();
                if (!key) return nullptr;
                if (key->kind == ExprKind::Name) return fail();
            } else if (k.type == TokType::Name &&
                       (k.kw == Kw::None_ || k.kw == Kw::True_ || k.kw == Kw::False_)) {
                key = parseAtom();
            } else {
                key = parseLiteralExprForPattern(true);
            }
            if (!key) return nullptr;
            if (!accept(TokType::Colon)) return fail();
            Pattern* p = parsePattern();
            if (!p) return nullptr;
            m->keys.push_back(key);
            m->patterns.push_back(p);
            if (!accept(TokType::Comma)) break;
        }
        if (!accept(TokType::RBrace)) return fail();
        return finish(m);
    }
    default:
        return fail();
    }
}

}  // namespace krait::parser

// ---------------------------------------------------------------------------------------------

namespace krait {

std::unique_ptr<ParseResult> parse(std::string_view source, std::string_view filename,
                                   ParseMode mode, SyntaxErrorInfo& err, bool ignoreCookie,
                                   int errorAtEscapeWarning) {
    (void)filename;
    auto result = std::make_unique<ParseResult>();
    std::string* buf = result->arena.make<std::string>();
    parser::TokError terr;
    if (!parser::normalizeSource(source, *buf, terr, ignoreCookie)) {
        err.type = terr.type;
        err.msg = terr.msg;
        err.lineno = terr.lineno;
        err.offset = terr.offset;
        err.endLineno = terr.endLineno;
        err.endOffset = terr.endOffset;
        err.text = terr.text;
        return nullptr;
    }
    parser::Parser p(*buf, result->arena, err);
    p.emptySource_ = source.empty();
    p.errorAtEscapeWarning_ = errorAtEscapeWarning;
    if (mode != ParseMode::File && !source.empty() && source.back() != '\n' &&
        source.back() != '\r') {
        p.noFinalNewline_ = true;
        p.tz_.setSyntheticNewline(buf->size() - 1);
    }
    result->root = p.parseMode(mode);
    bool failed = !result->root || p.failed();
    if (failed) p.finishError();
    for (const parser::TokWarning& w : p.tz_.warnings()) {
        err.warnings.push_back({w.msg, w.lineno, w.offset, w.text, -1});
    }
    // Tokens are read ahead of the strings being parsed: order the two kinds by line.
    err.warnings.insert(err.warnings.end(), p.escapeWarnings_.begin(), p.escapeWarnings_.end());
    std::stable_sort(err.warnings.begin(), err.warnings.end(),
                     [](const SyntaxErrorInfo::Warning& a, const SyntaxErrorInfo::Warning& b) {
                         return a.lineno < b.lineno;
                     });
    if (failed) return nullptr;
    return result;
}

}  // namespace krait
