#include "parser/tokenizer.h"

#include <cstdio>
#include <cstring>

#include "objects/unicode_db.h"

namespace krait::parser {

namespace {

constexpr int kTabSize = 8;
constexpr int kMaxIndent = 100;
constexpr int kMaxLevel = 200;

bool isIdStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool isIdChar(int c) { return isIdStart(c) || (c >= '0' && c <= '9'); }
bool isDigit(int c) { return c >= '0' && c <= '9'; }
bool isHex(int c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

struct KwEntry {
    const char* name;
    Kw kw;
};
constexpr KwEntry kKeywords[] = {
    {"False", Kw::False_}, {"None", Kw::None_}, {"True", Kw::True_}, {"and", Kw::And},
    {"as", Kw::As}, {"assert", Kw::Assert}, {"async", Kw::Async}, {"await", Kw::Await},
    {"break", Kw::Break}, {"class", Kw::Class}, {"continue", Kw::Continue}, {"def", Kw::Def},
    {"del", Kw::Del}, {"elif", Kw::Elif}, {"else", Kw::Else}, {"except", Kw::Except},
    {"finally", Kw::Finally}, {"for", Kw::For}, {"from", Kw::From}, {"global", Kw::Global},
    {"if", Kw::If}, {"import", Kw::Import}, {"in", Kw::In}, {"is", Kw::Is},
    {"lambda", Kw::Lambda}, {"nonlocal", Kw::Nonlocal}, {"not", Kw::Not}, {"or", Kw::Or},
    {"pass", Kw::Pass}, {"raise", Kw::Raise}, {"return", Kw::Return}, {"try", Kw::Try},
    {"while", Kw::While}, {"with", Kw::With}, {"yield", Kw::Yield},
};

Kw lookupKeyword(std::string_view s) {
    if (s.size() < 2 || s.size() > 8) return Kw::None;
    for (const KwEntry& e : kKeywords) {
        if (s == e.name) return e.kw;
    }
    return Kw::None;
}

// Decodes one UTF-8 sequence at s[i]; returns code point and sets len (1 on invalid bytes).
uint32_t decodeUtf8(std::string_view s, size_t i, int& len) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        len = 1;
        return c;
    }
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (n == 1 || i + n > s.size()) {
        len = 1;
        return c;
    }
    uint32_t cp = c & (0x3F >> (n - 1));
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    len = n;
    return cp;
}

// !str.isprintable() of cp (CPython's Py_UNICODE_ISPRINTABLE), for error messages.
bool isNonPrintable(uint32_t cp) { return !unicode::isPrintable(cp); }

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

}  // namespace

int Tokenizer::charCount(std::string_view s) {
    int n = 0;
    for (unsigned char c : s) {
        if ((c & 0xC0) != 0x80) ++n;
    }
    return n;
}

uint32_t Tokenizer::lineStart(int lineno) const {
    if (lineno >= 1 && lineno <= static_cast<int>(lineStarts_.size())) return lineStarts_[lineno - 1];
    // Not seen yet: scan forward.
    uint32_t p = lineStarts_.back();
    int l = static_cast<int>(lineStarts_.size());
    while (l < lineno && p < buf_.size()) {
        const void* nl = memchr(buf_.data() + p, '\n', buf_.size() - p);
        if (nl == nullptr) break;
        p = static_cast<uint32_t>(static_cast<const char*>(nl) - buf_.data()) + 1;
        ++l;
    }
    return p;
}

std::string_view Tokenizer::lineText(int lineno) const {
    uint32_t s = lineStart(lineno);
    if (s >= buf_.size()) return {};
    const void* nl = memchr(buf_.data() + s, '\n', buf_.size() - s);
    size_t e = nl ? static_cast<size_t>(static_cast<const char*>(nl) - buf_.data()) : buf_.size();
    return buf_.substr(s, e - s);
}

// CPython's tokenizer syntaxerror(): offset = characters from line start to curPos.
bool Tokenizer::syntaxError(const char* msg, size_t curPos) {
    int col = charCount(buf_.substr(lineStart_, curPos - lineStart_));
    return syntaxErrorRange(msg, col, col);
}

bool Tokenizer::syntaxErrorRange(const std::string& msg, int colStart, int colEnd) {
    err_.set = true;
    err_.type = "SyntaxError";
    err_.msg = msg;
    err_.lineno = err_.endLineno = lineno_;
    err_.offset = colStart;
    err_.endOffset = colEnd;
    err_.text = std::string(lineText(lineno_));
    done_ = true;
    return false;
}

// Errors CPython reports through error codes (E_DEDENT, E_TABSPACE, ...): text keeps '\n'.
bool Tokenizer::codeError(const char* type, const char* msg, int offset, int endOffset) {
    err_.set = true;
    err_.fromCode = true;
    err_.type = type;
    err_.msg = msg;
    err_.lineno = err_.endLineno = lineno_;
    err_.offset = offset;
    err_.endOffset = endOffset;
    err_.text = std::string(lineText(lineno_)) + "\n";
    done_ = true;
    return false;
}

bool Tokenizer::decimalTail() {
    // digits ('_' digits)*; pos_ at first digit
    for (;;) {
        while (isDigit(peekc())) ++pos_;
        if (peekc() != '_') break;
        ++pos_;
        if (!isDigit(peekc())) {
            syntaxError("invalid decimal literal", pos_);
            return false;
        }
    }
    return true;
}

bool Tokenizer::verifyEndOfNumber(const char* kind) {
    int c = peekc();
    bool r = false;
    auto look = [&](const char* s) {
        size_t n = strlen(s);
        return buf_.substr(pos_ + 1, n) == s;
    };
    if (c == 'a') r = look("nd");
    else if (c == 'e') r = look("lse");
    else if (c == 'f') r = look("or");
    else if (c == 'i') r = peekc(1) == 'f' || peekc(1) == 'n' || peekc(1) == 's';
    else if (c == 'o') r = look("r");
    else if (c == 'n') r = look("ot");
    if (r) {
        // Valid for now, with a SyntaxWarning (as CPython 3.11).
        TokWarning w;
        w.msg = std::string("invalid ") + kind + " literal";
        w.lineno = lineno_;
        w.offset = charCount(buf_.substr(lineStart_, pos_ - lineStart_));
        w.text = std::string(lineText(lineno_));
        warnings_.push_back(std::move(w));
        return true;
    }
    if (c >= 0 && isIdChar(c)) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        syntaxError(msg, pos_);
        return false;
    }
    return true;
}

// Scans the rest of a number starting at startPos (first char already known to be a digit or
// '.' followed by a digit). pos_ is at startPos.
bool Tokenizer::numberTail(Token& t, size_t startPos) {
    (void)t;
    int c = peekc();
    if (c == '0') {
        int c2 = peekc(1);
        if (c2 == 'x' || c2 == 'X') {
            pos_ += 2;
            do {
                if (peekc() == '_') ++pos_;
                if (!isHex(peekc())) {
                    syntaxError("invalid hexadecimal literal", pos_);
                    return false;
                }
                while (isHex(peekc())) ++pos_;
            } while (peekc() == '_');
            return verifyEndOfNumber("hexadecimal");
        }
        if (c2 == 'o' || c2 == 'O') {
            pos_ += 2;
            do {
                if (peekc() == '_') ++pos_;
                int d = peekc();
                if (d < '0' || d >= '8') {
                    if (isDigit(d)) {
                        char msg[64];
                        snprintf(msg, sizeof msg, "invalid digit '%c' in octal literal", d);
                        syntaxError(msg, pos_ + 1);
                    } else {
                        syntaxError("invalid octal literal", pos_);
                    }
                    return false;
                }
                while (peekc() >= '0' && peekc() < '8') ++pos_;
            } while (peekc() == '_');
            if (isDigit(peekc())) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid digit '%c' in octal literal", peekc());
                syntaxError(msg, pos_ + 1);
                return false;
            }
            return verifyEndOfNumber("octal");
        }
        if (c2 == 'b' || c2 == 'B') {
            pos_ += 2;
            do {
                if (peekc() == '_') ++pos_;
                int d = peekc();
                if (d != '0' && d != '1') {
                    if (isDigit(d)) {
                        char msg[64];
                        snprintf(msg, sizeof msg, "invalid digit '%c' in binary literal", d);
                        syntaxError(msg, pos_ + 1);
                    } else {
                        syntaxError("invalid binary literal", pos_);
                    }
                    return false;
                }
                while (peekc() == '0' || peekc() == '1') ++pos_;
            } while (peekc() == '_');
            if (isDigit(peekc())) {
                char msg[64];
                snprintf(msg, sizeof msg, "invalid digit '%c' in binary literal", peekc());
                syntaxError(msg, pos_ + 1);
                return false;
            }
            return verifyEndOfNumber("binary");
        }
        // Leading zero decimal: only zeros allowed unless it becomes a float/imaginary.
        bool nonzero = false;
        ++pos_;
        for (;;) {
            while (peekc() == '0') ++pos_;
            if (peekc() != '_') break;
            ++pos_;
            if (!isDigit(peekc())) {
                syntaxError("invalid decimal literal", pos_);
                return false;
            }
        }
        size_t zerosEnd = pos_;
        if (isDigit(peekc())) {
            nonzero = true;
            if (!decimalTail()) return false;
        }
        int d = peekc();
        if (d == '.') {
            ++pos_;
            goto fraction;
        }
        if (d == 'e' || d == 'E') goto exponent;
        if (d == 'j' || d == 'J') goto imaginary;
        if (nonzero) {
            // CPython: error range from the number start to the first nonzero digit
            (void)zerosEnd;
            int c0 = charCount(buf_.substr(lineStart_, startPos - lineStart_));
            int c1 = charCount(buf_.substr(lineStart_, zerosEnd - lineStart_));
            syntaxErrorRange(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                "for octal integers",
                c0 + 1, c1 + 1);
            return false;
        }
        return verifyEndOfNumber("decimal");
    }
    if (c != '.') {
        if (!decimalTail()) return false;
        int d = peekc();
        if (d == '.') {
            ++pos_;
            goto fraction;
        }
        if (d == 'e' || d == 'E') goto exponent;
        if (d == 'j' || d == 'J') goto imaginary;
        return verifyEndOfNumber("decimal");
    }
    // ".digits"
    ++pos_;
fraction:
    if (isDigit(peekc())) {
        if (!decimalTail()) return false;
    }
    if (peekc() == 'e' || peekc() == 'E') goto exponent;
    if (peekc() == 'j' || peekc() == 'J') goto imaginary;
    return verifyEndOfNumber("decimal");
exponent : {
    size_t ePos = pos_;
    ++pos_;
    int d = peekc();
    if (d == '+' || d == '-') {
        ++pos_;
        if (!isDigit(peekc())) {
            syntaxError("invalid decimal literal", pos_);
            return false;
        }
    } else if (!isDigit(d)) {
        pos_ = ePos;
        return verifyEndOfNumber("decimal");
    }
    if (!decimalTail()) return false;
    if (peekc() == 'j' || peekc() == 'J') goto imaginary;
    return verifyEndOfNumber("decimal");
}
imaginary:
    ++pos_;
    return verifyEndOfNumber("imaginary");
}

bool Tokenizer::readIdentifier(size_t startPos) {
    bool nonAscii = false;
    while (pos_ < buf_.size()) {
        int c = peekc();
        if (!isIdChar(c)) break;
        if (c >= 128) nonAscii = true;
        ++pos_;
    }
    if (nonAscii) {
        // Verify the identifier; report the first invalid character like CPython.
        size_t i = startPos;
        bool first = true;
        while (i < pos_) {
            int len;
            uint32_t cp = decodeUtf8(buf_, i, len);
            // As _PyUnicode_ScanIdentifier: XID_Start or '_' first, then XID_Continue.
            bool bad = first ? !(cp == '_' || unicode::isXidStart(cp))
                             : !unicode::isXidContinue(cp);
            if (bad) {
                pos_ = i + len;
                char msg[80];
                if (isNonPrintable(cp)) {
                    snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", cp);
                } else {
                    std::string ch;
                    appendUtf8(ch, cp);
                    snprintf(msg, sizeof msg, "invalid character '%s' (U+%04X)", ch.c_str(), cp);
                }
                syntaxError(msg, pos_);
                return false;
            }
            first = false;
            i += len;
        }
    }
    return true;
}

// Reads a string literal; pos_ is at the opening quote. Handles triple quotes and escapes
// (only to find the end; decoding happens in the parser).
bool Tokenizer::readString(Token& t, size_t startPos, int startLine, uint32_t startLineStart) {
    (void)t;
    char quote = buf_[pos_];
    int quoteSize = 1;
    if (peekc(1) == quote && peekc(2) == quote) {
        quoteSize = 3;
        pos_ += 3;
    } else {
        ++pos_;
        if (peekc() == quote) {  // empty string
            ++pos_;
            return true;
        }
    }
    int endQuoteSize = 0;
    while (endQuoteSize != quoteSize) {
        int c = peekc();
        if (c < 0) {
            // EOF inside the string (CPython's line count does not advance past the end)
            int detected = lineno_ > startLine ? lineno_ - 1 : lineno_;
            lineno_ = startLine;
            lineStart_ = startLineStart;
            // Report at the string start (CPython: cur = start + 1).
            char msg[100];
            if (quoteSize == 3) {
                // the appended final newline counts as a line already consumed
                snprintf(msg, sizeof msg,
                         "unterminated triple-quoted string literal (detected at line %d)",
                         detected);
            } else {
                snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)",
                         detected);
            }
            syntaxError(msg, startPos + 1);
            return false;
        }
        ++pos_;
        if (c == quote) {
            ++endQuoteSize;
            continue;
        }
        endQuoteSize = 0;
        if (c == '\n') {
            if (quoteSize == 1) {
                --pos_;
                int c0 = charCount(buf_.substr(startLineStart, startPos - startLineStart));
                char msg[100];
                snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)",
                         lineno_);
                if (startLine != lineno_) {
                    lineno_ = startLine;
                    lineStart_ = startLineStart;
                }
                syntaxErrorRange(msg, c0 + 1, c0 + 1);
                return false;
            }
            newline();
        } else if (c == '\\') {
            int c2 = peekc();
            if (c2 >= 0) {
                ++pos_;
                if (c2 == '\n') newline();
            }
        }
    }
    return true;
}

bool Tokenizer::next(Token& t) {
    if (done_) return false;
    t.kw = Kw::None;
    int blankline = 0;

nextline:
    blankline = 0;
    if (atBol_) {
        atBol_ = false;
        int col = 0, altcol = 0, contLineCol = 0;
        for (;;) {
            int c = peekc();
            if (c == ' ') {
                ++col;
                ++altcol;
            } else if (c == '\t') {
                col = (col / kTabSize + 1) * kTabSize;
                altcol = altcol + 1;
            } else if (c == '\014') {
                col = altcol = 0;
            } else if (c == '\\') {
                // A continuation inside the indentation: the column of the first backslash
                // found (if not 0) is the line's indentation, as CPython 3.11's tokenizer.
                if (!contLineCol) contLineCol = col;
                if (peekc(1) != '\n') {
                    int off = charCount(buf_.substr(lineStart_, pos_ + 1 - lineStart_)) + 1;
                    return codeError("SyntaxError",
                                     "unexpected character after line continuation character",
                                     off, 0);
                }
                pos_ += 2;
                newline();
                continue;
            } else {
                break;
            }
            ++pos_;
        }
        int c = peekc();
        if (c == '#' || (c == '\n' && pos_ != synthNl_) || c < 0) blankline = 1;
        if (!blankline && parens_.empty()) {
            if (contLineCol) col = altcol = contLineCol;
            int curCol = static_cast<int>(pos_ - lineStart_);
            if (col == indStack_.back()) {
                if (altcol != altIndStack_.back()) {
                    return codeError("TabError", "inconsistent use of tabs and spaces in indentation",
                                     1, 0);
                }
            } else if (col > indStack_.back()) {
                if (static_cast<int>(indStack_.size()) >= kMaxIndent) {
                    return codeError("IndentationError", "too many levels of indentation",
                                     curCol, -1);
                }
                if (altcol <= altIndStack_.back()) {
                    return codeError("TabError", "inconsistent use of tabs and spaces in indentation",
                                     1, 0);
                }
                ++pendin_;
                indStack_.push_back(col);
                altIndStack_.push_back(altcol);
            } else {
                while (indStack_.size() > 1 && col < indStack_.back()) {
                    --pendin_;
                    indStack_.pop_back();
                    altIndStack_.pop_back();
                }
                if (col != indStack_.back()) {
                    int lineLen = static_cast<int>(lineText(lineno_).size()) + 1;
                    return codeError("IndentationError",
                                     "unindent does not match any outer indentation level",
                                     charCount(buf_.substr(lineStart_, lineLen)), -1);
                }
                if (altcol != altIndStack_.back()) {
                    return codeError("TabError", "inconsistent use of tabs and spaces in indentation",
                                     1, 0);
                }
            }
            pendCurCol_ = curCol;
        }
    }

    // Pending INDENT / DEDENT
    if (pendin_ != 0) {
        t.type = pendin_ < 0 ? TokType::Dedent : TokType::Indent;
        if (pendin_ < 0) ++pendin_;
        else --pendin_;
        t.lineno = t.endLineno = lineno_;
        t.col = t.endCol = -1;
        t.curCol = pendCurCol_;
        t.start = t.end = static_cast<uint32_t>(pos_);
        t.level = static_cast<int16_t>(parens_.size());
        return true;
    }

again:
    // Skip spaces
    while (peekc() == ' ' || peekc() == '\t' || peekc() == '\014') ++pos_;
    size_t start = pos_;
    int c = peekc();

    // Comment
    if (c == '#') {
        while (peekc() >= 0 && peekc() != '\n') ++pos_;
        c = peekc();
    }

    auto finish = [&](TokType type) {
        t.type = type;
        t.lineno = lineno_;
        t.col = static_cast<int>(start - lineStart_);
        t.endLineno = lineno_;
        t.endCol = static_cast<int>(pos_ - lineStart_);
        t.start = static_cast<uint32_t>(start);
        t.end = static_cast<uint32_t>(pos_);
        t.level = static_cast<int16_t>(parens_.size());
        return true;
    };

    // End of input
    if (c < 0) {
        if (!parens_.empty()) {
            err_.set = true;
            err_.eofInBrackets = true;
            done_ = true;
            return false;
        }
        // Emit remaining DEDENTs, then ENDMARKER. Like CPython these have no column; their
        // line is the last line and the tokenizer position is the end of that line.
        int lastLine = lineno_ > 1 ? lineno_ - 1 : 1;
        t.type = TokType::Dedent;
        if (indStack_.size() > 1) {
            indStack_.pop_back();
            altIndStack_.pop_back();
        } else {
            emittedEnd_ = true;
            t.type = TokType::EndMarker;
        }
        t.lineno = t.endLineno = lastLine;
        t.col = t.endCol = -1;
        t.curCol = static_cast<int>(pos_ - lineStart(lastLine));
        t.start = t.end = static_cast<uint32_t>(pos_);
        t.level = 0;
        return true;
    }

    // Identifier / keyword / string prefix
    if (isIdStart(c)) {
        // String prefixes: b, r, u, f and combinations (br, rb, fr, rf), any case.
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        for (;;) {
            int d = peekc();
            if (!(sawB || sawU || sawF) && (d == 'b' || d == 'B')) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (d == 'u' || d == 'U')) sawU = true;
            else if (!(sawR || sawU) && (d == 'r' || d == 'R')) sawR = true;
            else if (!(sawF || sawB || sawU) && (d == 'f' || d == 'F')) sawF = true;
            else break;
            ++pos_;
            int q = peekc();
            if (q == '"' || q == '\'') {
                int startLine = lineno_;
                uint32_t sls = lineStart_;
                if (!readString(t, start, startLine, sls)) return false;
                t.type = TokType::String;
                t.lineno = startLine;
                t.col = static_cast<int>(start - sls);
                t.endLineno = lineno_;
                t.endCol = static_cast<int>(pos_ - lineStart_);
                t.start = static_cast<uint32_t>(start);
                t.end = static_cast<uint32_t>(pos_);
                t.level = static_cast<int16_t>(parens_.size());
                return true;
            }
        }
        if (!readIdentifier(start)) return false;
        finish(TokType::Name);
        t.kw = lookupKeyword(buf_.substr(start, pos_ - start));
        return true;
    }

    // Newline
    if (c == '\n') {
        ++pos_;
        atBol_ = true;
        if (blankline || !parens_.empty()) {
            newline();
            goto nextline;
        }
        finish(TokType::Newline);
        t.endCol = static_cast<int>(pos_ - 1 - lineStart_);  // CPython: ends at the '\n'
        newline();
        contLine_ = false;
        return true;
    }

    // Period or number starting with period
    if (c == '.') {
        if (isDigit(peekc(1))) {
            if (!numberTail(t, start)) return false;
            return finish(TokType::Number);
        }
        if (peekc(1) == '.' && peekc(2) == '.') {
            pos_ += 3;
            return finish(TokType::Ellipsis);
        }
        ++pos_;
        return finish(TokType::Dot);
    }

    if (isDigit(c)) {
        if (!numberTail(t, start)) return false;
        return finish(TokType::Number);
    }

    if (c == '"' || c == '\'') {
        int startLine = lineno_;
        uint32_t sls = lineStart_;
        if (!readString(t, start, startLine, sls)) return false;
        t.type = TokType::String;
        t.lineno = startLine;
        t.col = static_cast<int>(start - sls);
        t.endLineno = lineno_;
        t.endCol = static_cast<int>(pos_ - lineStart_);
        t.start = static_cast<uint32_t>(start);
        t.end = static_cast<uint32_t>(pos_);
        t.level = static_cast<int16_t>(parens_.size());
        return true;
    }

    // Line continuation
    if (c == '\\') {
        ++pos_;
        if (peekc() != '\n') {
            int off = charCount(buf_.substr(lineStart_, pos_ - lineStart_)) + 1;
            return codeError("SyntaxError", "unexpected character after line continuation character",
                             off, 0);
        }
        ++pos_;
        if (peekc() < 0 && !parens_.empty()) {
            // E_EOF inside brackets: "'(' was never closed", as at the end of input.
            err_.set = true;
            err_.eofInBrackets = true;
            done_ = true;
            return false;
        }
        if (peekc() < 0) {
            return codeError("SyntaxError", "unexpected EOF while parsing",
                             charCount(buf_.substr(lineStart_, pos_ - lineStart_)), -1);
        }
        newline();
        contLine_ = true;
        goto again;
    }

    // Operators
    int c1 = peekc(1), c2 = peekc(2);
    TokType type = TokType::OtherOp;
    int len = 1;
    switch (c) {
    case '(': type = TokType::LPar; break;
    case ')': type = TokType::RPar; break;
    case '[': type = TokType::LSqb; break;
    case ']': type = TokType::RSqb; break;
    case '{': type = TokType::LBrace; break;
    case '}': type = TokType::RBrace; break;
    case ':':
        if (c1 == '=') type = TokType::ColonEqual, len = 2;
        else type = TokType::Colon;
        break;
    case ',': type = TokType::Comma; break;
    case ';': type = TokType::Semi; break;
    case '+':
        if (c1 == '=') type = TokType::PlusEqual, len = 2;
        else type = TokType::Plus;
        break;
    case '-':
        if (c1 == '=') type = TokType::MinEqual, len = 2;
        else if (c1 == '>') type = TokType::RArrow, len = 2;
        else type = TokType::Minus;
        break;
    case '*':
        if (c1 == '*') {
            if (c2 == '=') type = TokType::DoubleStarEqual, len = 3;
            else type = TokType::DoubleStar, len = 2;
        } else if (c1 == '=') {
            type = TokType::StarEqual, len = 2;
        } else {
            type = TokType::Star;
        }
        break;
    case '/':
        if (c1 == '/') {
            if (c2 == '=') type = TokType::DoubleSlashEqual, len = 3;
            else type = TokType::DoubleSlash, len = 2;
        } else if (c1 == '=') {
            type = TokType::SlashEqual, len = 2;
        } else {
            type = TokType::Slash;
        }
        break;
    case '|':
        if (c1 == '=') type = TokType::VBarEqual, len = 2;
        else type = TokType::VBar;
        break;
    case '&':
        if (c1 == '=') type = TokType::AmperEqual, len = 2;
        else type = TokType::Amper;
        break;
    case '<':
        if (c1 == '<') {
            if (c2 == '=') type = TokType::LeftShiftEqual, len = 3;
            else type = TokType::LeftShift, len = 2;
        } else if (c1 == '=') {
            type = TokType::LessEqual, len = 2;
        } else if (c1 == '>') {
            type = TokType::NotEqual, len = 2;
        } else {
            type = TokType::Less;
        }
        break;
    case '>':
        if (c1 == '>') {
            if (c2 == '=') type = TokType::RightShiftEqual, len = 3;
            else type = TokType::RightShift, len = 2;
        } else if (c1 == '=') {
            type = TokType::GreaterEqual, len = 2;
        } else {
            type = TokType::Greater;
        }
        break;
    case '=':
        if (c1 == '=') type = TokType::EqEqual, len = 2;
        else type = TokType::Equal;
        break;
    case '!':
        if (c1 == '=') type = TokType::NotEqual, len = 2;
        break;
    case '%':
        if (c1 == '=') type = TokType::PercentEqual, len = 2;
        else type = TokType::Percent;
        break;
    case '~': type = TokType::Tilde; break;
    case '^':
        if (c1 == '=') type = TokType::CircumflexEqual, len = 2;
        else type = TokType::Circumflex;
        break;
    case '@':
        if (c1 == '=') type = TokType::AtEqual, len = 2;
        else type = TokType::At;
        break;
    default:
        break;
    }

    if (type == TokType::OtherOp) {
        int clen;
        uint32_t cp = decodeUtf8(buf_, pos_, clen);
        if (isNonPrintable(cp)) {
            char msg[80];
            snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", cp);
            return syntaxError(msg, pos_ + 1);
        }
        len = clen;
    }

    // Bracket bookkeeping
    if (type == TokType::LPar || type == TokType::LSqb || type == TokType::LBrace) {
        if (static_cast<int>(parens_.size()) >= kMaxLevel) {
            return syntaxError("too many nested parentheses", pos_ + 1);
        }
        parens_.push_back({static_cast<char>(c), lineno_, static_cast<int>(pos_ - lineStart_)});
    } else if (type == TokType::RPar || type == TokType::RSqb || type == TokType::RBrace) {
        if (parens_.empty()) {
            char msg[40];
            snprintf(msg, sizeof msg, "unmatched '%c'", c);
            return syntaxError(msg, pos_ + 1);
        }
        ParenInfo open = parens_.back();
        parens_.pop_back();
        char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
        if (want != c) {
            char msg[120];
            if (open.lineno != lineno_) {
                snprintf(msg, sizeof msg,
                         "closing parenthesis '%c' does not match opening parenthesis '%c' on "
                         "line %d",
                         c, open.ch, open.lineno);
            } else {
                snprintf(msg, sizeof msg,
                         "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                         open.ch);
            }
            return syntaxError(msg, pos_ + 1);
        }
    }
    pos_ += len;
    return finish(type);
}

// ---------------------------------------------------------------------------------------------

namespace {

bool isLatin1Name(std::string_view n) {
    std::string s;
    for (char ch : n) {
        char c = static_cast<char>(tolower(static_cast<unsigned char>(ch)));
        s += c == '_' ? '-' : c;
    }
    return s == "latin-1" || s == "iso-8859-1" || s == "iso-latin-1" || s == "latin1" ||
           s == "iso8859-1" || s.rfind("latin-1-", 0) == 0 || s.rfind("iso-8859-1-", 0) == 0 ||
           s.rfind("iso-latin-1-", 0) == 0 || s == "l1" || s == "cp819" || s == "iso-ir-100";
}

// CPython's get_normal_name: "utf-8" and "iso-8859-1" for their spellings (the first 12
// characters lowercased, '_' as '-'), any other name unchanged. With a BOM, the cookie must
// name exactly utf-8 this way ("utf8" does not).
std::string cookieNormalName(std::string_view n) {
    std::string b;
    for (size_t i = 0; i < n.size() && i < 12; i++) {
        char c = static_cast<char>(tolower(static_cast<unsigned char>(n[i])));
        b += n[i] == '_' ? '-' : c;
    }
    auto starts = [&](const char* p) { return b.rfind(p, 0) == 0; };
    if (b == "utf-8" || starts("utf-8-")) return "utf-8";
    if (b == "latin-1" || b == "iso-8859-1" || b == "iso-latin-1" || starts("latin-1-") ||
        starts("iso-8859-1-") || starts("iso-latin-1-")) {
        return "iso-8859-1";
    }
    return std::string(n);
}

bool isUtf8Name(std::string_view n) {
    std::string s;
    for (char ch : n) {
        char c = static_cast<char>(tolower(static_cast<unsigned char>(ch)));
        s += c == '_' ? '-' : c;
    }
    return s == "utf-8" || s.rfind("utf-8-", 0) == 0 || s == "utf8" || s == "ascii" ||
           s == "us-ascii" || s == "646" || s == "u8" || s == "utf";
}

// Looks for a coding cookie in a line: "^[ \t\f]*#.*coding[:=][ \t]*([-\w.]+)".
bool findCookie(std::string_view line, std::string& name) {
    size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\014')) ++i;
    if (i >= line.size() || line[i] != '#') return false;
    size_t p = line.find("coding", i);
    while (p != std::string_view::npos) {
        size_t q = p + 6;
        if (q < line.size() && (line[q] == ':' || line[q] == '=')) {
            ++q;
            while (q < line.size() && (line[q] == ' ' || line[q] == '\t')) ++q;
            size_t s = q;
            while (q < line.size() && (isalnum(static_cast<unsigned char>(line[q])) ||
                                       line[q] == '-' || line[q] == '_' || line[q] == '.'))
                ++q;
            if (q > s) {
                name = std::string(line.substr(s, q - s));
                return true;
            }
        }
        p = line.find("coding", p + 1);
    }
    return false;
}

}  // namespace

bool sourceEncodingCookie(std::string_view src, std::string& name) {
    if (src.size() >= 3 && static_cast<unsigned char>(src[0]) == 0xEF &&
        static_cast<unsigned char>(src[1]) == 0xBB && static_cast<unsigned char>(src[2]) == 0xBF) {
        src.remove_prefix(3);
    }
    // Line 1, or line 2 if line 1 is blank or a comment.
    size_t e1 = src.find('\n');
    std::string_view l1 = src.substr(0, e1);
    if (findCookie(l1, name)) return true;
    if (e1 == std::string_view::npos) return false;
    size_t k = 0;
    while (k < l1.size() && (l1[k] == ' ' || l1[k] == '\t' || l1[k] == '\014' || l1[k] == '\r'))
        ++k;
    if (k != l1.size() && l1[k] != '#') return false;
    size_t e2 = src.find('\n', e1 + 1);
    return findCookie(
        src.substr(e1 + 1, e2 == std::string_view::npos ? std::string_view::npos : e2 - e1 - 1),
        name);
}

bool fileSourceIsUtf8(std::string_view src, int* lineno, unsigned char* badByte) {
    if (src.size() >= 3 && static_cast<unsigned char>(src[0]) == 0xEF &&
        static_cast<unsigned char>(src[1]) == 0xBB && static_cast<unsigned char>(src[2]) == 0xBF) {
        return true;
    }
    std::string name;
    if (sourceEncodingCookie(src, name)) return true;
    int line = 1;
    for (size_t i = 0; i < src.size();) {
        unsigned char c = static_cast<unsigned char>(src[i]);
        if (c == '\n') {
            ++line;
            ++i;
            continue;
        }
        // CPython's valid_utf8: a lead byte and the right number of continuation bytes.
        size_t len = c < 0x80 ? 1 : c < 0xC0 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF8 ? 4 : 0;
        bool ok = len != 0 && i + len <= src.size();
        for (size_t k = 1; ok && k < len; k++) {
            unsigned char cc = static_cast<unsigned char>(src[i + k]);
            if (cc < 0x80 || cc >= 0xC0) ok = false;
        }
        if (!ok) {
            *lineno = line;
            *badByte = c;
            return false;
        }
        i += len;
    }
    return true;
}

bool cookieNeedsCodec(std::string_view name) { return !isLatin1Name(name) && !isUtf8Name(name); }

bool normalizeSource(std::string_view src, std::string& out, TokError& err, bool ignoreCookie) {
    bool bom = false;
    if (src.size() >= 3 && static_cast<unsigned char>(src[0]) == 0xEF &&
        static_cast<unsigned char>(src[1]) == 0xBB && static_cast<unsigned char>(src[2]) == 0xBF) {
        src.remove_prefix(3);
        bom = true;
    }
    bool latin1 = false;
    std::string name;
    if (!ignoreCookie && sourceEncodingCookie(src, name)) {
        if (isLatin1Name(name) && !bom) {
            latin1 = true;
        } else if (bom ? cookieNormalName(name) != "utf-8" : cookieNeedsCodec(name)) {
            err.set = true;
            err.type = "SyntaxError";
            // Callers decode the encodings that have a codec before parsing.
            err.msg = bom ? "encoding problem: " + cookieNormalName(name) + " with BOM"
                          : "unknown encoding: " + name;
            err.lineno = err.endLineno = 0;
            err.offset = err.endOffset = -1;
            return false;
        }
    }
    out.clear();
    out.reserve(src.size() + 2);
    size_t lineNo = 1;
    for (size_t i = 0; i < src.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(src[i]);
        if (c == '\r') {
            out += '\n';
            if (i + 1 < src.size() && src[i + 1] == '\n') ++i;
            ++lineNo;
        } else if (c == '\n') {
            out += '\n';
            ++lineNo;
        } else if (c == 0) {
            err.set = true;
            err.type = "SyntaxError";
            err.msg = "source code cannot contain null bytes";
            err.lineno = err.endLineno = static_cast<int>(lineNo);
            err.offset = err.endOffset = -1;
            return false;
        } else if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (latin1) {
            appendUtf8(out, c);
        } else {
            // validate UTF-8
            int n = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
            if (c >= 0xF5) n = 0;
            bool ok = n != 0 && i + n <= src.size();
            for (int k = 1; ok && k < n; ++k) {
                if ((static_cast<unsigned char>(src[i + k]) & 0xC0) != 0x80) ok = false;
            }
            if (ok && n == 3) {
                uint32_t cp = ((c & 0x0F) << 12) |
                              ((static_cast<unsigned char>(src[i + 1]) & 0x3F) << 6);
                if (cp < 0x800) ok = false;
                // Note: surrogates in source are rejected by CPython's decoder
                if (cp >= 0xD800 && cp <= 0xDFFF) ok = false;
            }
            if (ok && n == 4) {
                uint32_t cp = ((c & 0x07) << 18) |
                              ((static_cast<unsigned char>(src[i + 1]) & 0x3F) << 12);
                if (cp < 0x10000 || cp > 0x10FFFF) ok = false;
            }
            if (!ok) {
                err.set = true;
                err.type = "SyntaxError";
                char msg[160];
                snprintf(msg, sizeof msg,
                         "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: "
                         "invalid start byte",
                         c, i);
                err.msg = msg;
                err.lineno = err.endLineno = static_cast<int>(lineNo);
                err.offset = err.endOffset = 0;
                return false;
            }
            out.append(src.data() + i, n);
            i += n - 1;
        }
    }
    if (out.empty() || out.back() != '\n') out += '\n';
    return true;
}

}  // namespace krait::parser
