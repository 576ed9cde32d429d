// str formatting: str.format / format_map (PEP 3101 field syntax with CPython's parser and
// error messages), printf-style `str % args`, str.__format__ and the helpers behind
// _string.formatter_parser / formatter_field_name_split.
#include <string>
#include <string_view>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/num_format.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode_db.h"

namespace krait {

namespace {

// A [start, end) range of code points of a str.
struct Span {
    Object* s = nullptr;
    ssize start = 0;
    ssize end = 0;
    uint32_t at(ssize i) const { return strCharAt(s, i); }
    bool empty() const { return end <= start; }
    Object* toStr() const { return strSubstring(s, start, end); }
};

// One parsed chunk of a format string (CPython's MarkupIterator_next).
struct Chunk {
    Span literal;
    bool fieldPresent = false;
    Span fieldName;
    Span formatSpec;
    bool specNeedsExpanding = false;
    uint32_t conversion = 0;
};

// parse_field: the field after a '{', up to its closing '}'.
bool parseField(Span& str, Chunk& c) {
    uint32_t ch = 0;
    c.conversion = 0;
    c.formatSpec = Span{str.s, str.start, str.start};
    c.fieldName = Span{str.s, str.start, str.start};
    while (str.start < str.end) {
        ch = str.at(str.start++);
        if (ch == '{') {
            setError(&ExcValueError, "unexpected '{' in field name");
            return false;
        }
        if (ch == '[') {
            for (; str.start < str.end; str.start++)
                if (str.at(str.start) == ']') break;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') break;
    }
    c.fieldName.end = str.start - 1;
    if (ch == '!' || ch == ':') {
        if (ch == '!') {
            if (str.start >= str.end) {
                setError(&ExcValueError, "end of string while looking for conversion specifier");
                return false;
            }
            c.conversion = str.at(str.start++);
            if (str.start < str.end) {
                uint32_t next = str.at(str.start++);
                if (next == '}') return true;
                if (next != ':') {
                    setError(&ExcValueError, "expected ':' after conversion specifier");
                    return false;
                }
            }
        }
        c.formatSpec.start = str.start;
        int count = 1;
        while (str.start < str.end) {
            uint32_t x = str.at(str.start++);
            if (x == '{') {
                c.specNeedsExpanding = true;
                count++;
            } else if (x == '}') {
                if (--count == 0) {
                    c.formatSpec.end = str.start - 1;
                    return true;
                }
            }
        }
        setError(&ExcValueError, "unmatched '{' in format spec");
        return false;
    }
    if (ch != '}') {
        setError(&ExcValueError, "expected '}' before end of string");
        return false;
    }
    return true;
}

// Returns 1 with a chunk, 0 at the end, -1 on error.
int nextChunk(Span& str, Chunk& c) {
    c = Chunk();
    if (str.start >= str.end) return 0;
    ssize litStart = str.start;
    uint32_t ch = 0;
    bool markupFollows = false;
    while (str.start < str.end) {
        ch = str.at(str.start++);
        if (ch == '{' || ch == '}') {
            markupFollows = true;
            break;
        }
    }
    bool atEnd = str.start >= str.end;
    ssize len = str.start - litStart;
    if (ch == '}' && markupFollows && (atEnd || ch != str.at(str.start))) {
        setError(&ExcValueError, "Single '}' encountered in format string");
        return -1;
    }
    if (atEnd && ch == '{' && markupFollows) {
        setError(&ExcValueError, "Single '{' encountered in format string");
        return -1;
    }
    if (!atEnd && markupFollows) {
        if (ch == str.at(str.start)) {
            str.start++;   // escaped '{{' or '}}': keep one as literal text
            markupFollows = false;
        } else {
            len--;
        }
    }
    c.literal = Span{str.s, litStart, litStart + len};
    if (!markupFollows) return 1;
    c.fieldPresent = true;
    return parseField(str, c) ? 1 : -1;
}

// Parses a decimal index made of Unicode decimal digits: -1 if the span is not all digits.
ssize spanInteger(const Span& sp) {
    if (sp.empty()) return -1;
    ssize v = 0;
    for (ssize i = sp.start; i < sp.end; i++) {
        int d = unicode::decimalValue(sp.at(i));
        if (d < 0) return -1;
        if (v > (PTRDIFF_MAX - d) / 10) {
            setError(&ExcValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + d;
    }
    return v;
}

enum class AutoState { kInit, kAuto, kManual };

struct FormatContext {
    Object* const* args = nullptr;
    ssize nargs = 0;
    bool haveArgs = true;       // false for format_map (positional fields are an error)
    Object* kwargs = nullptr;   // mapping or null
    AutoState state = AutoState::kInit;
    ssize autoNumber = 0;
};

// Iterates the '.name' / '[key]' parts after the first part of a field name. Returns 1 with
// isAttr/key set, 0 at the end, -1 on error.
int nextFieldPart(Span& rest, bool* isAttr, Span* key) {
    if (rest.start >= rest.end) return 0;
    uint32_t c = rest.at(rest.start++);
    if (c == '.') {
        *isAttr = true;
        key->s = rest.s;
        key->start = rest.start;
        while (rest.start < rest.end && rest.at(rest.start) != '.' && rest.at(rest.start) != '[')
            rest.start++;
        key->end = rest.start;
    } else if (c == '[') {
        *isAttr = false;
        key->s = rest.s;
        key->start = rest.start;
        bool closed = false;
        while (rest.start < rest.end) {
            if (rest.at(rest.start) == ']') {
                closed = true;
                break;
            }
            rest.start++;
        }
        if (!closed) {
            setError(&ExcValueError, "Missing ']' in format string");
            return -1;
        }
        key->end = rest.start;
        rest.start++;   // the ']'; what follows is checked by the next call, as CPython's
                        // FieldNameIterator (so "{0[5]x}" looks up [5] before failing)
    } else {
        setError(&ExcValueError, "Only '.' or '[' may follow ']' in format field specifier");
        return -1;
    }
    if (key->empty()) {
        setError(&ExcValueError, "Empty attribute in format string");
        return -1;
    }
    return 1;
}

// Splits a field name into its first part and the rest.
void splitFieldName(const Span& name, Span* first, Span* rest) {
    ssize i = name.start;
    while (i < name.end && name.at(i) != '.' && name.at(i) != '[') i++;
    *first = Span{name.s, name.start, i};
    *rest = Span{name.s, i, name.end};
}

Object* getFieldObject(const Span& name, FormatContext& ctx) {
    Span first, rest;
    splitFieldName(name, &first, &rest);
    ssize index = spanInteger(first);
    if (index == -2) return nullptr;
    if (first.empty()) {
        if (ctx.state == AutoState::kManual) {
            return setError(&ExcValueError, "cannot switch from manual field specification to "
                                            "automatic field numbering");
        }
        ctx.state = AutoState::kAuto;
        index = ctx.autoNumber++;
    } else if (index >= 0) {
        if (ctx.state == AutoState::kAuto) {
            return setError(&ExcValueError, "cannot switch from automatic field numbering to "
                                            "manual field specification");
        }
        ctx.state = AutoState::kManual;
    }
    Ref<> obj;
    if (index < 0) {
        Ref<> key = Ref<>::steal(first.toStr());
        if (!key) return nullptr;
        if (!ctx.kwargs) {
            setErrorObject(&ExcKeyError, key.get());
            return nullptr;
        }
        obj = Ref<>::steal(getItem(ctx.kwargs, key.get()));
        if (!obj) return nullptr;
    } else {
        if (!ctx.haveArgs) {
            return setError(&ExcValueError, "Format string contains positional fields");
        }
        if (index >= ctx.nargs) {
            return setError(&ExcIndexError,
                            "Replacement index %zd out of range for positional args tuple",
                            index);
        }
        obj = Ref<>::borrow(ctx.args[index]);
    }
    bool isAttr;
    Span key;
    while (true) {
        int r = nextFieldPart(rest, &isAttr, &key);
        if (r < 0) return nullptr;
        if (r == 0) break;
        Ref<> k;
        ssize idx = isAttr ? -1 : spanInteger(key);
        if (idx == -2) return nullptr;
        if (idx >= 0) k = Ref<>::steal(intFromSsize(idx));
        else k = Ref<>::steal(key.toStr());
        if (!k) return nullptr;
        obj = Ref<>::steal(isAttr ? getAttr(obj.get(), k.get()) : getItem(obj.get(), k.get()));
        if (!obj) return nullptr;
    }
    return obj.release();
}

bool buildString(const Span& fmt, FormatContext& ctx, int depth, StrBuilder& out);

bool renderField(const Chunk& c, FormatContext& ctx, int depth, StrBuilder& out) {
    Ref<> obj = Ref<>::steal(getFieldObject(c.fieldName, ctx));
    if (!obj) return false;
    if (c.conversion) {
        Object* conv;
        switch (c.conversion) {
        case 'r': conv = repr(obj.get()); break;
        case 's': conv = str(obj.get()); break;
        case 'a': conv = ascii(obj.get()); break;
        default:
            if (c.conversion > 32 && c.conversion < 127) {
                setError(&ExcValueError, "Unknown conversion specifier %c",
                         static_cast<int>(c.conversion));
            } else {
                setError(&ExcValueError, "Unknown conversion specifier \\x%x",
                         static_cast<unsigned>(c.conversion));
            }
            return false;
        }
        if (!conv) return false;
        obj = Ref<>::steal(conv);
    }
    Ref<> spec;
    if (c.specNeedsExpanding) {
        StrBuilder sb;
        if (!buildString(c.formatSpec, ctx, depth - 1, sb)) return false;
        spec = Ref<>::steal(sb.finish());
    } else {
        spec = Ref<>::steal(c.formatSpec.toStr());
    }
    if (!spec) return false;
    Ref<> r = Ref<>::steal(format(obj.get(), spec.get()));
    if (!r) return false;
    out.append(r.get());
    return true;
}

bool buildString(const Span& fmt, FormatContext& ctx, int depth, StrBuilder& out) {
    if (depth <= 0) {
        setError(&ExcValueError, "Max string recursion exceeded");
        return false;
    }
    Span it = fmt;
    Chunk c;
    while (true) {
        int r = nextChunk(it, c);
        if (r < 0) return false;
        if (r == 0) break;
        out.append(c.literal.s, c.literal.start, c.literal.end);
        if (c.fieldPresent && !renderField(c, ctx, depth, out)) return false;
    }
    return true;
}

Object* formatWith(Object* fmt, FormatContext& ctx) {
    StrBuilder out;
    Span all{fmt, 0, strLength(fmt)};
    if (!buildString(all, ctx, 2, out)) return nullptr;
    return out.finish();
}

}  // namespace

Object* strFormatCall(Object* fmt, Object* const* args, size_t nargs, Object* kwnames) {
    FormatContext ctx;
    ctx.args = args;
    ctx.nargs = static_cast<ssize>(nargs);
    Ref<> kw;
    size_t nkw = kwCount(kwnames);
    if (nkw) {
        kw = Ref<>::steal(dictNew());
        if (!kw) return nullptr;
        for (size_t i = 0; i < nkw; i++) {
            if (dictSetItem(kw.get(), tupleItem(kwnames, static_cast<ssize>(i)),
                            args[nargs + i]) < 0) {
                return nullptr;
            }
        }
        ctx.kwargs = kw.get();
    }
    return formatWith(fmt, ctx);
}

Object* strFormatMap(Object* fmt, Object* mapping) {
    FormatContext ctx;
    ctx.haveArgs = false;
    ctx.kwargs = mapping;
    return formatWith(fmt, ctx);
}

Object* strFormatterParser(Object* s, Object** partial) {
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    Span it{s, 0, strLength(s)};
    Chunk c;
    while (true) {
        int r = nextChunk(it, c);
        if (r < 0) {
            if (partial) *partial = list.release();
            return nullptr;
        }
        if (r == 0) break;
        Ref<> lit = Ref<>::steal(c.literal.toStr());
        if (!lit) return nullptr;
        Ref<> item;
        if (!c.fieldPresent) {
            item = Ref<>::steal(tuplePack({lit.get(), none(), none(), none()}));
        } else {
            Ref<> name = Ref<>::steal(c.fieldName.toStr());
            Ref<> spec = Ref<>::steal(c.formatSpec.toStr());
            Ref<> conv = Ref<>::steal(c.conversion ? strFromCodePoint(c.conversion)
                                                   : newNone());
            if (!name || !spec || !conv) return nullptr;
            item = Ref<>::steal(tuplePack({lit.get(), name.get(), spec.get(), conv.get()}));
        }
        if (!item || listAppend(list.get(), item.get()) < 0) return nullptr;
    }
    return list.release();
}

Object* strFormatterFieldNameSplit(Object* name, Object** partial) {
    Span all{name, 0, strLength(name)};
    Span first, rest;
    splitFieldName(all, &first, &rest);
    ssize index = spanInteger(first);
    if (index == -2) return nullptr;
    Ref<> firstObj = Ref<>::steal(index >= 0 ? intFromSsize(index) : first.toStr());
    Ref<> parts = Ref<>::steal(listNew(0));
    if (!firstObj || !parts) return nullptr;
    bool isAttr;
    Span key;
    while (true) {
        int r = nextFieldPart(rest, &isAttr, &key);
        if (r < 0) {
            if (partial) *partial = tuplePack({firstObj.get(), parts.get()});
            return nullptr;
        }
        if (r == 0) break;
        ssize idx = isAttr ? -1 : spanInteger(key);
        if (idx == -2) return nullptr;
        Ref<> k = Ref<>::steal(idx >= 0 ? intFromSsize(idx) : key.toStr());
        if (!k) return nullptr;
        Ref<> item = Ref<>::steal(tuplePack({isAttr ? trueObj() : falseObj(), k.get()}));
        if (!item || listAppend(parts.get(), item.get()) < 0) return nullptr;
    }
    return tuplePack({firstObj.get(), parts.get()});
}

Object* strFormatSpec(Object* s, Object* spec) {
    if (strLength(spec) == 0) {
        if (isStrExact(s)) return newRef(s);
        return str(s);   // a subclass's __str__ applies, as in CPython
    }
    FormatSpec fs;
    std::string err, out;
    const char* tname = typeName(s->type);
    if (!parseFormatSpec(strView(spec), fs, err, tname) ||
        !formatString(strView(s), fs, out, err, tname)) {
        return setError(&ExcValueError, "%s", err.c_str());
    }
    return strFromUtf8(out);
}

// ---- printf-style formatting ----

namespace {

struct PercentContext {
    Object* args;
    ssize argLen;    // -1 when args is a single non-tuple value
    ssize argIdx;
    Object* dict;    // mapping for %(key)s or null
};

// CPython's unicode_format_getnextarg: borrowed reference or null.
Object* nextArg(PercentContext& ctx) {
    ssize i = ctx.argIdx;
    if (i < ctx.argLen) {
        ctx.argIdx++;
        if (ctx.argLen < 0) return ctx.args;
        return tupleItem(ctx.args, i);
    }
    setError(&ExcTypeError, "not enough arguments for format string");
    return nullptr;
}

bool isNumberLike(Object* v) {
    const NumberSlots& n = v->type->number;
    return n.index || n.int_ || n.float_ || isInstanceOf(v, &ComplexType);
}

// %d %i %u %o %x %X (spec.code is 'd' for all three decimal forms; `shown` is the one
// written, for error messages).
bool formatIntArg(Object* v, const PercentSpec& spec, std::string& out, char shown) {
    char type = spec.code;
    Ref<> iobj;
    if (isInt(v)) {
        iobj = Ref<>::borrow(v);
    } else {
        if (isNumberLike(v)) {
            if (type == 'o' || type == 'x' || type == 'X') iobj = Ref<>::steal(numberIndex(v));
            else iobj = Ref<>::steal(numberInt(v));
            if (!iobj && !errMatches(&ExcTypeError)) return false;
        }
        if (!iobj) {
            clearError();
            if (type == 'o' || type == 'x' || type == 'X') {
                setError(&ExcTypeError, "%%%c format: an integer is required, not %T", type, v);
            } else {
                setError(&ExcTypeError, "%%%c format: a real number is required, not %T", shown,
                         v);
            }
            return false;
        }
    }
    bool negative = intSign(iobj.get()) < 0;
    Ref<> mag = Ref<>::steal(negative ? absolute(iobj.get()) : newRef(iobj.get()));
    if (!mag) return false;
    const char* code = type == 'o' ? "o" : (type == 'x' || type == 'X') ? "x" : "d";
    Ref<> codeStr = Ref<>::steal(strFromAscii(code));
    if (!codeStr) return false;
    // int.__format__ of an exact int copy, so int subclasses' __format__ is not involved.
    Ref<> digits;
    if (isIntExact(mag.get()) || isBool(mag.get())) {
        digits = Ref<>::steal(format(mag.get(), codeStr.get()));
    } else {
        Ref<> plain = Ref<>::steal(numberIndex(mag.get()));
        if (!plain) return false;
        digits = Ref<>::steal(format(plain.get(), codeStr.get()));
    }
    if (!digits) return false;
    out += percentFormatInt(negative, strView(digits.get()), spec);
    return true;
}

bool formatCharArg(Object* v, const PercentSpec& spec, std::string& out) {
    uint32_t cp;
    if (isStr(v)) {
        if (strLength(v) != 1) {
            setError(&ExcTypeError, "%%c requires int or char");
            return false;
        }
        cp = strCharAt(v, 0);
    } else {
        if (!isIndex(v)) {
            setError(&ExcTypeError, "%%c requires int or char");
            return false;
        }
        Ref<> i = Ref<>::steal(numberIndex(v));
        if (!i) return false;
        int64_t x;
        if (!intAsInt64(i.get(), &x) || x < 0 || x > 0x10FFFF) {
            clearError();
            setError(&ExcOverflowError, "%%c arg not in range(0x110000)");
            return false;
        }
        cp = static_cast<uint32_t>(x);
    }
    Ref<> ch = Ref<>::steal(strFromCodePoint(cp));
    if (!ch) return false;
    PercentSpec s = spec;
    s.precision = -1;
    out += percentFormatText(strView(ch.get()), s);
    return true;
}

void appendCodePointUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// A '*' width or precision argument.
bool starArg(PercentContext& ctx, int64_t* out) {
    Object* v = nextArg(ctx);
    if (!v) return false;
    if (!isInt(v)) {
        setError(&ExcTypeError, "* wants int");
        return false;
    }
    int64_t x;
    if (!intAsInt64(v, &x) || x > INT32_MAX || x < INT32_MIN) {
        clearError();
        setError(&ExcOverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = x;
    return true;
}

}  // namespace

Object* strPercentFormat(Object* fmt, Object* args) {
    PercentContext ctx;
    ctx.args = args;
    if (isTuple(args)) {
        ctx.argLen = tupleSize(args);
        ctx.argIdx = 0;
    } else {
        ctx.argLen = -1;
        ctx.argIdx = -2;
    }
    ctx.dict = (args->type->getItem && !isTuple(args) && !isStr(args)) ? args : nullptr;
    ssize n = strLength(fmt);
    std::string out;
    ssize i = 0;
    while (i < n) {
        uint32_t c = strCharAt(fmt, i);
        if (c != '%') {
            appendCodePointUtf8(out, c);
            i++;
            continue;
        }
        i++;
        if (i >= n) return setError(&ExcValueError, "incomplete format");
        if (strCharAt(fmt, i) == '%') {
            out.push_back('%');
            i++;
            continue;
        }
        PercentSpec spec;
        Ref<> keyed;   // the value looked up by %(key)
        if (strCharAt(fmt, i) == '(') {
            if (!ctx.dict) return setError(&ExcTypeError, "format requires a mapping");
            ssize keyStart = ++i;
            int depth = 1;
            while (i < n && depth > 0) {
                uint32_t k = strCharAt(fmt, i);
                if (k == ')') depth--;
                else if (k == '(') depth++;
                i++;
            }
            if (depth > 0) return setError(&ExcValueError, "incomplete format key");
            Ref<> key = Ref<>::steal(strSubstring(fmt, keyStart, i - 1));
            if (!key) return nullptr;
            keyed = Ref<>::steal(getItem(ctx.dict, key.get()));
            if (!keyed) return nullptr;
            ctx.args = keyed.get();
            ctx.argLen = -1;
            ctx.argIdx = -2;
        }
        // Flags.
        while (i < n) {
            uint32_t f = strCharAt(fmt, i);
            if (f == '-') spec.leftAlign = true;
            else if (f == '+') spec.plus = true;
            else if (f == ' ') spec.space = true;
            else if (f == '#') spec.alternate = true;
            else if (f == '0') spec.zero = true;
            else break;
            i++;
        }
        // Width.
        if (i < n && strCharAt(fmt, i) == '*') {
            int64_t w;
            if (!starArg(ctx, &w)) return nullptr;
            if (w < 0) {
                spec.leftAlign = true;
                w = -w;
            }
            spec.width = w;
            i++;
        } else {
            while (i < n) {
                int d = static_cast<int>(strCharAt(fmt, i)) - '0';
                if (d < 0 || d > 9) break;
                if (spec.width < 0) spec.width = 0;
                if (spec.width > (INT32_MAX - d) / 10)
                    return setError(&ExcValueError, "width too big");
                spec.width = spec.width * 10 + d;
                i++;
            }
        }
        // Precision.
        if (i < n && strCharAt(fmt, i) == '.') {
            i++;
            spec.precision = 0;
            if (i < n && strCharAt(fmt, i) == '*') {
                int64_t p;
                if (!starArg(ctx, &p)) return nullptr;
                spec.precision = p < 0 ? 0 : p;
                i++;
            } else {
                while (i < n) {
                    int d = static_cast<int>(strCharAt(fmt, i)) - '0';
                    if (d < 0 || d > 9) break;
                    if (spec.precision > (INT32_MAX - d) / 10)
                        return setError(&ExcValueError, "precision too big");
                    spec.precision = spec.precision * 10 + d;
                    i++;
                }
            }
        }
        if (i < n) {
            uint32_t m = strCharAt(fmt, i);
            if (m == 'h' || m == 'l' || m == 'L') i++;
        }
        if (i >= n) return setError(&ExcValueError, "incomplete format");
        uint32_t code = strCharAt(fmt, i);
        ssize codeIndex = i;
        i++;
        Object* v = nextArg(ctx);
        if (!v) return nullptr;
        spec.code = code < 128 ? static_cast<char>(code) : '?';
        switch (code) {
        case 's':
        case 'r':
        case 'a': {
            Ref<> text = Ref<>::steal(code == 's' ? str(v) : code == 'r' ? repr(v) : ascii(v));
            if (!text) return nullptr;
            out += percentFormatText(strView(text.get()), spec);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X':
            if (code == 'i' || code == 'u') spec.code = 'd';
            if (!formatIntArg(v, spec, out, code)) return nullptr;
            break;
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            if (!isFloat(v) && !isInt(v) && !v->type->number.float_ && !v->type->number.index)
                return setError(&ExcTypeError, "must be real number, not %T", v);
            double d = asDouble(v);
            if (d == -1.0 && errOccurred()) return nullptr;
            out += percentFormatFloat(d, spec);
            break;
        }
        case 'c':
            if (!formatCharArg(v, spec, out)) return nullptr;
            break;
        default:
            return setError(&ExcValueError,
                            "unsupported format character '%c' (0x%x) at index %zd",
                            (code >= 31 && code <= 126) ? static_cast<int>(code) : '?',
                            static_cast<unsigned>(code), codeIndex);
        }
    }
    if (ctx.argIdx < ctx.argLen && !ctx.dict) {
        return setError(&ExcTypeError, "not all arguments converted during string formatting");
    }
    return strFromUtf8(out);
}

}  // namespace krait
