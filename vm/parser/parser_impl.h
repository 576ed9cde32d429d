// Internal: the recursive-descent parser class shared by parser.cpp (grammar) and
// string_parser.cpp (string literals and f-strings). Not part of the public API.
#pragma once

#include <deque>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parser/ast.h"
#include "parser/parser.h"
#include "parser/tokenizer.h"

namespace krait::parser {

using namespace krait::ast;

// Location of an error in CPython's token terms: byte columns, converted at the end.
struct ErrLoc {
    int lineno = 0, col = 0, endLineno = 0, endCol = 0;
};

class Parser {
public:
    Parser(std::string_view buf, Arena& arena, SyntaxErrorInfo& err);

    Mod* parseMode(ParseMode mode);

    // Sub-parser for an f-string expression: buf is "(expr)\n"; token positions on the first
    // line are shifted by startCol, lines by startLine - 1.
    Expr* parseFStringExpr(int startLine, int startCol);

    bool failed() const { return failed_; }
    // Finalizes the error (generic location, tokenizer override, ...). Call after failure.
    void finishError();

    // ---- error raising (all return nullptr for convenience) ----
    std::nullptr_t raiseAt(const char* type, const std::string& msg, ErrLoc loc);
    // Location of a token as CPython's _PyPegen_raise_error computes it (tokens without a
    // column, INDENT/DEDENT/ENDMARKER, use the tokenizer position and no end).
    static ErrLoc tokLoc(const Token& t) {
        if (t.col < 0) return {t.lineno, t.curCol - 1, t.lineno, -2};
        return {t.lineno, t.col, t.endLineno, t.endCol};
    }
    std::nullptr_t raiseTok(const std::string& msg, const Token& t) {
        return raiseAt("SyntaxError", msg, tokLoc(t));
    }
    // CPython's RAISE_SYNTAX_ERROR: at the last token fetched.
    std::nullptr_t raiseLast(const std::string& msg) { return raiseTok(msg, toks_[maxPos_]); }
    bool matchCommitted_ = false;
    bool noCommaCheck_ = false;
    bool emptySource_ = false;
    // Eval/single input without a final newline (CPython adds one for exec input only): error
    // texts of the last line then have no '\n'.
    bool noFinalNewline_ = false;
    int tokLineOverride_ = 0;   // line the tokenizer counts as current for the error text
    // Recursion guard (CPython raises MemoryError from its parser stack limit).
    int depth_ = 0;
    static constexpr int kMaxDepth = 3000;
    bool enter() {
        if (++depth_ > kMaxDepth) {
            if (!haveError_) {
                haveError_ = true;
                err_.type = "MemoryError";
                err_.msg.clear();
                err_.lineno = 0;
                tooDeep_ = true;
            }
            failed_ = true;
            return false;
        }
        return true;
    }
    bool tooDeep_ = false;
    struct DepthGuard {
        Parser& p;
        bool ok;
        explicit DepthGuard(Parser& pp) : p(pp), ok(pp.enter()) {}
        ~DepthGuard() { --p.depth_; }
    };
    template <class N>
    std::nullptr_t raiseNode(const std::string& msg, const N* n) {
        return raiseAt("SyntaxError", msg, {n->lineno, n->colOffset, n->endLineno, n->endColOffset});
    }
    template <class A, class B>
    std::nullptr_t raiseRange(const std::string& msg, const A* a, const B* b) {
        return raiseAt("SyntaxError", msg, {a->lineno, a->colOffset, b->endLineno, b->endColOffset});
    }
    std::nullptr_t fail() {  // generic "invalid syntax" (location decided in finishError)
        failed_ = true;
        return nullptr;
    }

    Arena& arena() { return arena_; }

    // Is this parser parsing an f-string expression (error messages get "f-string: ")?
    bool fstringMode_ = false;
    int startLine_ = 1;   // line offset for sub-parsers
    int startCol_ = 0;    // column offset for tokens on the first line of sub-parsers

    // ---- strings (string_parser.cpp) ----
    Expr* parseStrings();  // current token is STRING; consumes all adjacent STRING tokens
    int fstringDepth_ = 0;

    // ---- tokens ----
    const Token& peek(size_t k = 0);
    const Token& cur() { return peek(0); }
    bool at(TokType t) { return peek().type == t; }
    bool atKw(Kw k) {
        const Token& t = peek();
        return t.type == TokType::Name && t.kw == k;
    }
    bool atSoft(const char* s);
    bool accept(TokType t) {
        if (peek().type == t) {
            advance();
            return true;
        }
        return false;
    }
    bool acceptKw(Kw k) {
        if (atKw(k)) {
            advance();
            return true;
        }
        return false;
    }
    const Token& advance() {
        const Token& t = peek();
        // Node ends are the last non-whitespace token (CPython's EXTRA).
        if (t.type != TokType::Newline && t.type != TokType::Indent &&
            t.type != TokType::Dedent) {
            prevEndLine_ = t.endLineno;
            prevEndCol_ = t.endCol;
        }
        ++pos_;
        return toks_[pos_ - 1];
    }
    // The source text of t; for a non-ASCII identifier its NFKC normalization (PEP 3131).
    std::string_view text(const Token& t) const {
        if (t.type == TokType::Name && !normalizedNames_.empty()) {
            auto it = normalizedNames_.find(t.start);
            if (it != normalizedNames_.end()) return it->second;
        }
        return t.text(buf_);
    }
    // Records the NFKC form of the identifier token t when it differs from its text.
    void normalizeIdentifier(const Token& t);
    std::string_view buffer() const { return buf_; }

    template <class N>
    N* node(const Token& start) {
        N* n = arena_.make<N>();
        n->lineno = start.lineno;
        n->colOffset = start.col;
        return n;
    }
    template <class N, class L>
    N* nodeAt(const L* start) {
        N* n = arena_.make<N>();
        n->lineno = start->lineno;
        n->colOffset = start->colOffset;
        return n;
    }
    template <class N>
    N* finish(N* n) {
        n->endLineno = prevEndLine_;
        n->endColOffset = prevEndCol_;
        return n;
    }

    Tokenizer tz_;
    std::string_view buf_;
    Arena& arena_;
    SyntaxErrorInfo& err_;
    std::deque<Token> toks_;  // deque: references stay valid while filling
    // NFKC forms of non-ASCII identifiers that change under it, by token start offset (node
    // based, so views of the strings stay valid).
    std::unordered_map<uint32_t, std::string> normalizedNames_;
    size_t pos_ = 0;
    size_t maxPos_ = 0;
    int prevEndLine_ = 1, prevEndCol_ = 0;
    bool failed_ = false;
    bool haveError_ = false;
    bool tokError_ = false;
    ErrLoc errLoc_;

    // Invalid escape sequences in string literals (string_parser.cpp): the DeprecationWarnings
    // found, deduplicated by (token, position) since a string may be parsed more than once.
    std::vector<SyntaxErrorInfo::Warning> escapeWarnings_;
    std::set<std::pair<uint32_t, size_t>> escapeWarned_;
    int errorAtEscapeWarning_ = -1;
    // Records the warning for the invalid escape at body[pos] (the character after the
    // backslash, or the first of three octal digits) of string token t; returns false (with
    // the SyntaxError raised) if this is the warning a filter turned into an error.
    bool warnInvalidEscape(const Token& t, std::string_view body, size_t pos);

    // ---- grammar (parser.cpp) ----
    std::vector<Stmt*>* parseStatements(std::vector<Stmt*>& out, bool untilDedent);
    bool parseStatement(std::vector<Stmt*>& out);
    bool parseSimpleStmts(std::vector<Stmt*>& out);
    Stmt* parseSimpleStmt();
    Stmt* parseCompound();
    bool parseBlock(std::vector<Stmt*>& out, const Token& header, const char* what);
    bool expectColon(bool forced);
    Stmt* parseFuncDef(std::vector<Expr*>* decorators, const Token& start, bool isAsync);
    Stmt* parseClassDef(std::vector<Expr*>* decorators, const Token& start);
    Stmt* parseIf(bool isElif);
    Stmt* parseWhile();
    Stmt* parseFor(const Token& start, bool isAsync);
    Stmt* parseWith(const Token& start, bool isAsync);
    Stmt* parseTry();
    Stmt* parseMatch();
    Stmt* parseImport();
    Stmt* parseFromImport();
    Stmt* parseExprStmt();
    bool parseDottedName(std::string& out);

    Arguments* parseParams(bool lambda, TokType closer);
    Expr* parseStarExpressions();
    Expr* parseStarExpression();
    Expr* parseStarNamedExpression();
    Expr* parseNamedExpression(bool checkAssign = true);
    Expr* parseExpression();
    Expr* parseExpressionNoCond();  // disjunction (comprehension iter/ifs)
    Expr* parseLambda();
    Expr* parseDisjunction();
    Expr* parseConjunction();
    Expr* parseInversion();
    Expr* parseComparison();
    Expr* parseBitOr();
    Expr* parseBinary(int minPrec);
    Expr* parseFactor();
    Expr* parsePower();
    Expr* parsePrimary(bool forTarget);
    Expr* parseAtom();
    Expr* parseParenAtom();
    Expr* parseListAtom();
    Expr* parseBraceAtom();
    Expr* parseSlices();
    Expr* parseSlice();
    Expr* parseCall(Expr* func);
    Expr* parseYield();
    Expr* parseNumber(const Token& t);
    bool parseComprehensions(std::vector<Comprehension*>& out);
    Expr* parseStarTargets();
    Expr* parseStarTarget();

    bool setContext(Expr* e, ExprContext ctx, bool deleting);
    const char* exprName(const Expr* e);
    Expr* checkInvalidTarget(Expr* e, bool deleting);

    // patterns
    bool atComprehensionFor();
    Expr* unparenthesizedTarget(Expr* first, int endLine, int endCol);
    Pattern* parsePatterns();
    Pattern* parsePattern();
    Pattern* parseOrPattern();
    Pattern* parseClosedPattern();
    Expr* parseLiteralExprForPattern(bool allowComplex);
    Expr* parseNameOrAttr();
};

// Helpers from string_parser.cpp
void appendUtf8(std::string& out, uint32_t cp);

}  // namespace krait::parser
