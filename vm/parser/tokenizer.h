// Krait tokenizer: Python 3.11 tokens over a UTF-8 buffer, following CPython's tokenizer
// behaviour (indentation stack with tab size 8 and the tab-size-1 consistency check, implicit
// line joining inside brackets, backslash continuation, blank/comment lines skipped, an
// implicit NEWLINE and DEDENTs at end of input).
//
// The buffer must already be normalized: UTF-8, no BOM, "\n" line ends, ending with "\n"
// (see normalizeSource). Token columns are 0-based byte offsets from the line start.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace krait::parser {

enum class TokType : uint8_t {
    EndMarker, Name, Number, String, Newline, Indent, Dedent, ErrorToken,
    // operators
    LPar, RPar, LSqb, RSqb, Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper, Less,
    Greater, Equal, Dot, Percent, LBrace, RBrace, EqEqual, NotEqual, LessEqual, GreaterEqual,
    Tilde, Circumflex, LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual, StarEqual,
    SlashEqual, PercentEqual, AmperEqual, VBarEqual, CircumflexEqual, LeftShiftEqual,
    RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At, AtEqual, RArrow,
    Ellipsis, ColonEqual,
    OtherOp,  // any other single character CPython passes to the parser as OP ('$', '?', '!')
};

// Hard keywords (NAME tokens carry one of these, or None).
enum class Kw : uint8_t {
    None, False_, None_, True_, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del,
    Elif, Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not,
    Or, Pass, Raise, Return, Try, While, With, Yield
};

struct Token {
    TokType type = TokType::EndMarker;
    Kw kw = Kw::None;
    int16_t level = 0;     // bracket nesting level after this token
    int lineno = 0;        // 1-based
    int col = 0;           // 0-based byte column; -1 for INDENT/DEDENT (as CPython)
    int endLineno = 0;
    int endCol = 0;
    int curCol = 0;        // INDENT/DEDENT: tokenizer column after the indentation
    uint32_t start = 0;    // byte offsets into the buffer
    uint32_t end = 0;
    std::string_view text(std::string_view buf) const { return buf.substr(start, end - start); }
};

// A tokenizer error. Offsets are already CPython's 1-based character offsets.
struct TokError {
    bool set = false;
    std::string type;  // SyntaxError / IndentationError / TabError
    std::string msg;
    int lineno = 0, offset = 0, endLineno = 0, endOffset = 0;
    std::string text;
    // E_EOF inside brackets: the parser turns it into "'(' was never closed".
    bool eofInBrackets = false;
    // Reported through an error code in CPython (E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT,
    // E_EOF): such errors do not override parser errors found earlier.
    bool fromCode = false;
};

// A SyntaxWarning the tokenizer found (CPython's parser_warn): a number directly followed by
// a keyword ("0xfor x"). Emitted by the caller (the runtime) through the warnings module.
struct TokWarning {
    std::string msg;
    int lineno = 0;
    int offset = 0;   // in characters: CPython reports the number's last one (1-based)
    std::string text; // the line
};

struct ParenInfo {
    char ch;
    int lineno;
    int col;
};

class Tokenizer {
public:
    explicit Tokenizer(std::string_view buf) : buf_(buf) {
        indStack_.push_back(0);
        altIndStack_.push_back(0);
        lineStarts_.push_back(0);
    }
    // Produces the next token. Returns false on error (see error()); after an error, further
    // calls keep returning false.
    bool next(Token& t);
    const TokError& error() const { return err_; }
    // Byte offset of the start of line `lineno` (1-based), for lines already seen.
    uint32_t lineStart(int lineno) const;
    // The text of line `lineno` without its newline (lines already seen or not).
    std::string_view lineText(int lineno) const;
    int currentLine() const { return lineno_; }
    const std::vector<ParenInfo>& parens() const { return parens_; }
    const std::vector<TokWarning>& warnings() const { return warnings_; }
    std::string_view buffer() const { return buf_; }
    // Number of characters (code points) in buf[from, to).
    static int charCount(std::string_view s);
    // Marks the '\n' at `pos` as added by normalizeSource to eval/single input that had none:
    // CPython does not add it there, so a whitespace-only last line is not a blank line.
    void setSyntheticNewline(size_t pos) { synthNl_ = pos; }

private:
    int peekc(size_t off = 0) const {
        return pos_ + off < buf_.size() ? static_cast<unsigned char>(buf_[pos_ + off]) : -1;
    }
    void newline() {  // called after consuming a '\n' at pos_-1
        ++lineno_;
        lineStart_ = static_cast<uint32_t>(pos_);
        if (static_cast<int>(lineStarts_.size()) < lineno_) lineStarts_.push_back(lineStart_);
    }
    bool syntaxError(const char* msg, size_t curPos);
    bool syntaxErrorRange(const std::string& msg, int colStart, int colEnd);
    bool codeError(const char* type, const char* msg, int offset, int endOffset);
    bool numberTail(Token& t, size_t startPos);
    bool decimalTail();
    bool verifyEndOfNumber(const char* kind);
    bool readString(Token& t, size_t startPos, int startLine, uint32_t startLineStart);
    bool readIdentifier(size_t startPos);

    std::string_view buf_;
    size_t pos_ = 0;
    uint32_t lineStart_ = 0;
    int lineno_ = 1;
    bool atBol_ = true;
    bool contLine_ = false;
    int pendin_ = 0;
    int pendCurCol_ = 0;
    bool done_ = false;
    bool emittedEnd_ = false;
    std::vector<int> indStack_;
    std::vector<int> altIndStack_;
    std::vector<ParenInfo> parens_;
    std::vector<uint32_t> lineStarts_;
    TokError err_;
    std::vector<TokWarning> warnings_;
    size_t synthNl_ = static_cast<size_t>(-1);
};

// Normalizes raw source bytes: strips a UTF-8 BOM, honours a coding cookie (utf-8, latin-1 /
// iso-8859-1 and their aliases, ascii), converts \r\n and \r to \n and appends a final \n.
// Returns false (and sets err) on an unknown encoding or invalid UTF-8. With ignoreCookie the
// source is UTF-8 whatever its cookie says (str sources, or bytes already decoded).
bool normalizeSource(std::string_view src, std::string& out, TokError& err,
                     bool ignoreCookie = false);
// The encoding named by a coding cookie on line 1 or 2 (after an optional BOM), if any.
bool sourceEncodingCookie(std::string_view src, std::string& name);
// The check CPython's file tokenizer makes on a script with neither a BOM nor a coding
// cookie (ensure_utf8): false with the 1-based line and the first byte of the first invalid
// UTF-8 sequence ("Non-UTF-8 code starting with ..."); true if the source passes (or declares
// its encoding).
bool fileSourceIsUtf8(std::string_view src, int* lineno, unsigned char* badByte);
// True if the named encoding is neither UTF-8 (or ASCII) nor Latin-1, which the tokenizer reads
// itself: the caller must decode such source with the codec first.
bool cookieNeedsCodec(std::string_view name);

}  // namespace krait::parser
