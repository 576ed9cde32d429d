// String literals: prefixes, escapes, implicit concatenation and f-strings, producing the same
// Constant / JoinedStr / FormattedValue shapes as CPython 3.11 (string_parser.c behaviour:
// adjacent literal pieces merged, `=` debug text folded into the preceding literal, every
// piece located at the span of the whole concatenation).
#include <cstdio>
#include <cstring>

#include "objects/unicode_db.h"
#include "parser/parser_impl.h"

namespace krait::parser {

void appendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

namespace {

int hexVal(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The position CPython reports for byte offset pos of a str literal body: it re-encodes each
// non-ASCII character as a 10-byte \U escape before decoding escapes.
size_t escapedPos(std::string_view s, size_t pos) {
    size_t out = 0;
    for (size_t i = 0; i < pos && i < s.size(); i++) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) out++;
        else if (b >= 0xC0) out += 10;
    }
    return out;
}

// Decodes backslash escapes of a non-raw literal body. Returns false with msg on error. Sets
// *firstInvalid (if npos so far) to the position of the first invalid escape: the character
// after its backslash, or the first digit of an octal escape above 0o377 (CPython's
// first_invalid_escape, which it reports with a DeprecationWarning).
bool decodeEscapes(std::string_view s, bool isBytes, std::string& out, std::string& msg,
                   size_t* firstInvalid) {
    auto invalidAt = [&](size_t pos) {
        if (*firstInvalid == std::string_view::npos) *firstInvalid = pos;
    };
    out.reserve(out.size() + s.size());
    size_t i = 0, n = s.size();
    while (i < n) {
        char c = s[i];
        if (c != '\\') {
            size_t j = i;
            while (j < n && s[j] != '\\') ++j;
            out.append(s.data() + i, j - i);
            i = j;
            continue;
        }
        size_t escStart = i;
        ++i;
        if (i >= n) {
            msg = isBytes ? "(value error) Trailing \\ in string"
                          : "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in "
                            "position " + std::to_string(escapedPos(s, escStart)) +
                            ": \\ at end of string";
            return false;
        }
        char e = s[i++];
        switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = static_cast<uint32_t>(e - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; ++k) {
                v = v * 8 + static_cast<uint32_t>(s[i++] - '0');
            }
            if (v > 0377) invalidAt(i - 3);
            if (isBytes) out += static_cast<char>(v & 0xFF);
            else appendUtf8(out, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            if (isBytes && e != 'x') {
                invalidAt(i - 1);
                out += '\\';
                out += e;
                break;
            }
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            uint32_t v = 0;
            int k = 0;
            for (; k < digits && i < n && hexVal(s[i]) >= 0; ++k) v = v * 16 + hexVal(s[i++]);
            if (k < digits) {
                if (isBytes) {
                    msg = "(value error) invalid \\x escape at position " +
                          std::to_string(escStart);
                } else {
                    const char* what = e == 'x' ? "truncated \\xXX escape"
                                       : e == 'u' ? "truncated \\uXXXX escape"
                                                  : "truncated \\UXXXXXXXX escape";
                    msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                          std::to_string(escapedPos(s, escStart)) + "-" +
                          std::to_string(escapedPos(s, i) - 1) + ": " + what;
                }
                return false;
            }
            if (isBytes) {
                out += static_cast<char>(v);
            } else {
                if (v > 0x10FFFF) {
                    msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                          std::to_string(escapedPos(s, escStart)) + "-" +
                          std::to_string(escapedPos(s, i) - 1) +
                          ": illegal Unicode character";
                    return false;
                }
                appendUtf8(out, v);
            }
            break;
        }
        case 'N': {
            if (isBytes) {
                invalidAt(i - 1);
                out += '\\';
                out += e;
                break;
            }
            // \N{name}: names and aliases (not named sequences), as CPython's unicode_escape.
            size_t p = i;
            const char* what = "malformed \\N character escape";
            if (p < n && s[p] == '{') {
                size_t start = ++p;
                while (p < n && s[p] != '}') ++p;
                if (p > start && p < n) {
                    ++p;
                    unicode::NameMatch m;
                    if (unicode::lookupName(s.substr(start, p - 1 - start), false, m)) {
                        appendUtf8(out, m.cp);
                        i = p;
                        break;
                    }
                    what = "unknown Unicode character name";
                }
            }
            msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                  std::to_string(escapedPos(s, escStart)) + "-" +
                  std::to_string(escapedPos(s, p) - 1) + ": " + what;
            return false;
        }
        default:
            // Invalid escape: kept verbatim, with a DeprecationWarning. A backslash before a
            // non-ASCII character warns nothing (CPython escapes the backslash itself first).
            if (static_cast<unsigned char>(e) < 0x80) invalidAt(i - 1);
            out += '\\';
            i -= 1;
            break;
        }
    }
    return true;
}

struct StrPrefix {
    bool bytes = false, raw = false, fmt = false, u = false;
    size_t prefixLen = 0;
    size_t quoteLen = 1;
};

StrPrefix analyze(std::string_view tok) {
    StrPrefix p;
    size_t i = 0;
    while (i < tok.size() && tok[i] != '"' && tok[i] != '\'') {
        char c = static_cast<char>(tok[i] | 0x20);
        if (c == 'b') p.bytes = true;
        else if (c == 'r') p.raw = true;
        else if (c == 'f') p.fmt = true;
        else if (c == 'u') p.u = true;
        ++i;
    }
    p.prefixLen = i;
    if (tok.size() - i >= 6 && tok[i + 1] == tok[i] && tok[i + 2] == tok[i]) p.quoteLen = 3;
    return p;
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// State for building a JoinedStr: pending literal text and collected values.
struct FBuilder {
    std::string literal;
    std::vector<Expr*> values;
};

}  // namespace

// The f-string machinery needs Parser internals; implemented as a helper class with access
// through the Parser's public members.
class FStringParser {
public:
    FStringParser(Parser& p, const Token& tok, ErrLoc span)
        : p_(p), tok_(tok), span_(span), tokText_(p.text(tok)) {}

    // Parses an f-string body [i, end) at recursion level `level`, appending to b. For level>0
    // stops at a '}' (not consumed).
    bool parse(size_t& i, size_t end, bool raw, int level, FBuilder& b);

private:
    bool literal(size_t& i, size_t end, bool raw, int level, FBuilder& b, bool& again);
    bool expression(size_t& i, size_t end, bool raw, int level, FBuilder& b);
    std::nullptr_t error(const std::string& msg) {
        // CPython raises these with the location of the last token (the string).
        return p_.raiseAt("SyntaxError", msg, errLoc());
    }
    ErrLoc errLoc() {
        const Token& last = p_.toks_[p_.maxPos_];
        return {last.lineno, last.col, last.endLineno, last.endCol};
    }
    // Nodes of the top level span the whole concatenation; those inside a format spec span
    // only the current token (as CPython 3.11).
    template <class N>
    N* spanNode(int level) {
        N* n = p_.arena().make<N>();
        if (level == 0) {
            n->lineno = span_.lineno;
            n->colOffset = span_.col;
            n->endLineno = span_.endLineno;
            n->endColOffset = span_.endCol;
        } else {
            n->lineno = tok_.lineno;
            n->colOffset = tok_.col;
            n->endLineno = tok_.endLineno;
            n->endColOffset = tok_.endCol;
        }
        return n;
    }
    void flush(FBuilder& b, int level) {
        if (b.literal.empty()) return;
        Constant* c = spanNode<Constant>(level);
        c->value.kind = ConstantKind::Str;
        c->value.str = std::move(b.literal);
        b.literal.clear();
        b.values.push_back(c);
    }

    Parser& p_;
    const Token& tok_;
    ErrLoc span_;
    std::string_view tokText_;
    friend class Parser;
};

bool FStringParser::literal(size_t& i, size_t end, bool raw, int level, FBuilder& b,
                            bool& again) {
    again = false;
    size_t start = i;
    size_t s = i;
    size_t litEnd = end;
    std::string_view t = tokText_;
    while (s < end) {
        char ch = t[s++];
        if (!raw && ch == '\\' && s < end) {
            ch = t[s++];
            if (ch == 'N') {
                if (s < end && t[s++] == '{') {
                    while (s < end && t[s++] != '}') {
                    }
                }
                continue;
            }
            if (ch == '{' && !p_.warnInvalidEscape(tok_, t, s - 1)) return false;
        }
        if (ch == '{' || ch == '}') {
            if (level == 0) {
                if (s < end && t[s] == ch) {
                    litEnd = s;  // include one brace
                    i = s + 1;
                    again = true;
                    goto decode;
                }
                if (ch == '}') {
                    i = s - 1;
                    error("f-string: single '}' is not allowed");
                    return false;
                }
            }
            --s;
            break;
        }
    }
    litEnd = s;
    i = s;
decode:
    if (litEnd > start) {
        std::string_view chunk = t.substr(start, litEnd - start);
        if (raw) {
            b.literal.append(chunk);
        } else {
            // A backslash just before a replacement field ('\{', an invalid escape) stays a
            // backslash, as CPython's decoder does with a backslash at the end of its input.
            size_t backslashes = 0;
            while (backslashes < chunk.size() && chunk[chunk.size() - 1 - backslashes] == '\\') {
                ++backslashes;
            }
            bool trailing = backslashes % 2 == 1;
            if (trailing) chunk.remove_suffix(1);
            std::string msg;
            size_t bad = std::string_view::npos;
            if (!decodeEscapes(chunk, false, b.literal, msg, &bad)) {
                error(msg);
                return false;
            }
            if (bad != std::string_view::npos && !p_.warnInvalidEscape(tok_, t, start + bad)) {
                return false;
            }
            if (trailing) b.literal += '\\';
        }
    }
    return true;
}

bool FStringParser::parse(size_t& i, size_t end, bool raw, int level, FBuilder& b) {
    for (;;) {
        bool again;
        if (!literal(i, end, raw, level, b, again)) return false;
        if (again) continue;
        if (i >= end || tokText_[i] == '}') {
            if (level == 0 && i < end) {
                error("f-string: single '}' is not allowed");
                return false;
            }
            return true;
        }
        // tokText_[i] == '{'
        if (!expression(i, end, raw, level, b)) return false;
    }
}

bool FStringParser::expression(size_t& i, size_t end, bool raw, int level, FBuilder& b) {
    std::string_view t = tokText_;
    if (level >= 2) {
        error("f-string: expressions nested too deeply");
        return false;
    }
    size_t bracePos = i;
    ++i;  // '{'
    size_t exprStart = i;
    char quoteChar = 0;
    int stringType = 0;
    char parenStack[200];
    int depth = 0;
    for (; i < end; ++i) {
        char ch = t[i];
        if (ch == '\\') {
            error("f-string expression part cannot include a backslash");
            return false;
        }
        if (quoteChar) {
            if (ch == quoteChar) {
                if (stringType == 3) {
                    if (i + 2 < end && t[i + 1] == ch && t[i + 2] == ch) {
                        i += 2;
                        stringType = 0;
                        quoteChar = 0;
                    }
                } else {
                    stringType = 0;
                    quoteChar = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (i + 2 < end && t[i + 1] == ch && t[i + 2] == ch) {
                stringType = 3;
                i += 2;
            } else {
                stringType = 1;
            }
            quoteChar = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= 200) {
                error("f-string: too many nested parenthesis");
                return false;
            }
            parenStack[depth++] = ch;
        } else if (ch == '#') {
            error("f-string expression part cannot include '#'");
            return false;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' ||
                                  ch == '<')) {
            if (i + 1 < end) {
                char next = t[i + 1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    ++i;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0) {
                char msg[40];
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", ch);
                error(msg);
                return false;
            }
            char open = parenStack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                char msg[100];
                snprintf(msg, sizeof msg,
                         "f-string: closing parenthesis '%c' does not match opening parenthesis "
                         "'%c'",
                         ch, open);
                error(msg);
                return false;
            }
        }
    }
    size_t exprEnd = i;
    if (quoteChar) {
        error("f-string: unterminated string");
        return false;
    }
    if (depth) {
        char msg[40];
        snprintf(msg, sizeof msg, "f-string: unmatched '%c'", parenStack[depth - 1]);
        error(msg);
        return false;
    }
    bool allSpace = true;
    for (size_t k = exprStart; k < exprEnd; ++k) {
        if (!isSpace(t[k])) {
            allSpace = false;
            break;
        }
    }
    if (allSpace && i < end && (t[i] == '!' || t[i] == ':' || t[i] == '=')) {
        char msg[48];
        snprintf(msg, sizeof msg, "f-string: expression required before '%c'", t[i]);
        error(msg);
        return false;
    }
    if (i >= end) {
        error("f-string: expecting '}'");
        return false;
    }
    // Compile the expression.
    if (allSpace) {
        error("f-string: empty expression not allowed");
        return false;
    }
    // Location of the expression (CPython fstring_find_expr_location).
    int lines = 0, cols = 0;
    {
        bool newlineAfterBrace = true;
        for (size_t k = bracePos + 1; k < end && t[k] != '}' && t[k] != '\n'; ++k) {
            if (t[k] != ' ' && t[k] != '\t' && t[k] != '\f') {
                newlineAfterBrace = false;
                break;
            }
        }
        if (!newlineAfterBrace) {
            size_t st = bracePos;
            while (st > 0 && t[st] != '\n') --st;
            cols += static_cast<int>(bracePos - st);
            if (t[st] == '\n') cols -= 1;
        }
        for (size_t k = 0; k < bracePos; ++k) lines += t[k] == '\n';
    }
    std::string sub;
    sub.reserve(exprEnd - exprStart + 3);
    sub += '(';
    sub.append(t.substr(exprStart, exprEnd - exprStart));
    sub += ")\n";
    Expr* value;
    {
        SyntaxErrorInfo subErr;
        Parser sp(sub, p_.arena(), subErr);
        sp.fstringDepth_ = p_.fstringDepth_ + 1;
        int startLine = tok_.lineno + lines;
        int startCol = lines != 0 ? cols : tok_.col + cols;
        value = sp.parseFStringExpr(startLine, startCol);
        if (!value || sp.failed()) {
            sp.finishError();
            if (!p_.haveError_) {
                p_.haveError_ = true;
                p_.failed_ = true;
                p_.err_ = subErr;
            }
            p_.failed_ = true;
            return false;
        }
    }
    FormattedValue* fv = spanNode<FormattedValue>(level);
    fv->value = value;
    // '=' debug text
    bool debug = false;
    if (t[i] == '=') {
        ++i;
        while (i < end && isSpace(t[i])) ++i;
        if (i >= end) {
            error("f-string: expecting '}'");
            return false;
        }
        b.literal.append(t.substr(exprStart, i - exprStart));
        debug = true;
    }
    if (t[i] == '!') {
        ++i;
        if (i >= end) {
            error("f-string: expecting '}'");
            return false;
        }
        char conv = t[i++];
        if (conv != 's' && conv != 'r' && conv != 'a') {
            error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return false;
        }
        fv->conversion = conv;
    }
    if (i >= end) {
        error("f-string: expecting '}'");
        return false;
    }
    if (t[i] == ':') {
        ++i;
        FBuilder spec;
        if (!parse(i, end, raw, level + 1, spec)) return false;
        flush(spec, level + 1);
        JoinedStr* js = spanNode<JoinedStr>(level + 1);
        js->values = std::move(spec.values);
        fv->formatSpec = js;
    }
    if (i >= end || t[i] != '}') {
        error("f-string: expecting '}'");
        return false;
    }
    ++i;
    if (debug && fv->conversion == -1 && fv->formatSpec == nullptr) fv->conversion = 'r';
    flush(b, level);
    b.values.push_back(fv);
    return true;
}

bool Parser::warnInvalidEscape(const Token& t, std::string_view body, size_t pos) {
    auto key = std::make_pair(t.start, static_cast<size_t>(body.data() + pos - buf_.data()));
    if (!escapeWarned_.insert(key).second) return true;
    int index = static_cast<int>(escapeWarnings_.size());
    unsigned char c = static_cast<unsigned char>(body[pos]);
    std::string msg;
    if (c >= '4' && c <= '7') {
        msg = "invalid octal escape sequence '\\" + std::string(body.substr(pos, 3)) + "'";
    } else {
        msg = "invalid escape sequence '\\";
        msg += static_cast<char>(c);
        msg += "'";
    }
    if (index == errorAtEscapeWarning_) {
        // CPython points the SyntaxError at the whole string token.
        raiseTok(msg, t);
        return false;
    }
    SyntaxErrorInfo::Warning w;
    w.msg = std::move(msg);
    w.lineno = t.lineno;
    w.escapeIndex = index;
    escapeWarnings_.push_back(std::move(w));
    return true;
}

Expr* Parser::parseStrings() {
    size_t first = pos_;
    bool anyBytes = false, anyStr = false, anyF = false;
    while (at(TokType::String)) {
        StrPrefix pre = analyze(text(peek()));
        if (pre.bytes) anyBytes = true;
        else anyStr = true;
        if (pre.fmt) anyF = true;
        advance();
    }
    size_t last = pos_ - 1;
    if (anyBytes && anyStr) {
        const Token& t = peek();
        return raiseTok("cannot mix bytes and nonbytes literals", t);
    }
    const Token& ft = toks_[first];
    const Token& lt = toks_[last];
    ErrLoc span{ft.lineno, ft.col, lt.endLineno, lt.endCol};
    if (!anyF) {
        Constant* c = node<Constant>(ft);
        c->value.kind = anyBytes ? ConstantKind::Bytes : ConstantKind::Str;
        if (text(ft)[0] == 'u') c->stringKind.push_back('u');  // CPython: lower-case 'u' only
        for (size_t k = first; k <= last; ++k) {
            const Token& t = toks_[k];
            std::string_view s = text(t);
            StrPrefix pre = analyze(s);
            std::string_view body = s.substr(pre.prefixLen + pre.quoteLen,
                                             s.size() - pre.prefixLen - 2 * pre.quoteLen);
            if (pre.bytes) {
                for (unsigned char ch : body) {
                    if (ch >= 0x80) {
                        peek();
                        return raiseLast("bytes can only contain ASCII literal characters");
                    }
                }
            }
            if (pre.raw) {
                c->value.str.append(body);
            } else {
                std::string msg;
                size_t bad = std::string_view::npos;
                if (!decodeEscapes(body, pre.bytes, c->value.str, msg, &bad)) {
                    peek();
                    return raiseLast(msg);
                }
                if (bad != std::string_view::npos && !warnInvalidEscape(t, body, bad)) {
                    return nullptr;
                }
            }
        }
        c->endLineno = lt.endLineno;
        c->endColOffset = lt.endCol;
        return c;
    }
    FBuilder b;
    for (size_t k = first; k <= last; ++k) {
        const Token& t = toks_[k];
        std::string_view s = text(t);
        StrPrefix pre = analyze(s);
        size_t bodyStart = pre.prefixLen + pre.quoteLen;
        size_t bodyEnd = s.size() - pre.quoteLen;
        if (!pre.fmt) {
            std::string_view body = s.substr(bodyStart, bodyEnd - bodyStart);
            if (pre.raw) {
                b.literal.append(body);
            } else {
                std::string msg;
                size_t bad = std::string_view::npos;
                if (!decodeEscapes(body, false, b.literal, msg, &bad)) {
                    peek();
                    return raiseLast(msg);
                }
                if (bad != std::string_view::npos && !warnInvalidEscape(t, body, bad)) {
                    return nullptr;
                }
            }
            continue;
        }
        FStringParser fp(*this, t, span);
        size_t i = bodyStart;
        if (!fp.parse(i, bodyEnd, pre.raw, 0, b)) return nullptr;
    }
    JoinedStr* js = node<JoinedStr>(ft);
    if (!b.literal.empty()) {
        Constant* c = arena_.make<Constant>();
        c->lineno = span.lineno;
        c->colOffset = span.col;
        c->endLineno = span.endLineno;
        c->endColOffset = span.endCol;
        c->value.kind = ConstantKind::Str;
        c->value.str = std::move(b.literal);
        b.values.push_back(c);
    }
    js->values = std::move(b.values);
    js->endLineno = lt.endLineno;
    js->endColOffset = lt.endCol;
    return js;
}

}  // namespace krait::parser
