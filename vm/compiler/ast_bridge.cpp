// Bridges between compile() and the _ast module (vm/modules/ast_module.cpp):
// - compile(source, ..., PyCF_ONLY_AST): Krait's C++ tree is written out in ast.dump() form
//   with attributes (parser/ast_dump.h) and read back here into _ast instances;
// - compile(ast_object, ...): the tree is turned back into source with ast.unparse() and
//   compiled (so code positions follow the unparsed text, not the tree's lineno values).
#include "compiler/ast_bridge.h"

#include <cmath>
#include <cstring>
#include <memory>
#include <string>

#include "core/abstract.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/import.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/num_format.h"
#include "objects/str.h"
#include "parser/ast_dump.h"
#include "parser/parser.h"

namespace krait {

namespace {

// ---- Reading an ast.dump(include_attributes=True) text back into _ast objects ----

class DumpReader {
public:
    DumpReader(std::string_view text, Object* ns, Object* singletons)
        : s_(text), ns_(ns), singletons_(singletons) {}

    Object* read() {
        Object* v = value();
        if (v && (skipSpace(), pos_ != s_.size())) {
            decref(v);
            return fail();
        }
        return v;
    }

private:
    std::nullptr_t fail() {
        if (!errOccurred()) {
            setError(&ExcSystemError, "malformed AST dump at offset %zu", pos_);
        }
        return nullptr;
    }
    void skipSpace() {
        while (pos_ < s_.size() && s_[pos_] == ' ') ++pos_;
    }
    bool accept(char c) {
        skipSpace();
        if (pos_ < s_.size() && s_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }
    static bool identChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    }
    std::string_view ident() {
        size_t b = pos_;
        while (pos_ < s_.size() && identChar(s_[pos_])) ++pos_;
        return s_.substr(b, pos_ - b);
    }

    Object* value() {
        skipSpace();
        if (pos_ >= s_.size()) return fail();
        char c = s_[pos_];
        if (c == '[') return list();
        if (c == '\'' || c == '"') return string(false);
        if (c == 'b' && pos_ + 1 < s_.size() && (s_[pos_ + 1] == '\'' || s_[pos_ + 1] == '"')) {
            ++pos_;
            return string(true);
        }
        if ((c >= '0' && c <= '9') || c == '-' || c == '.') return number();
        if (c == '(') return parenthesized();
        std::string_view id = ident();
        if (id.empty()) return fail();
        if (id == "None") return newNone();
        if (id == "True") return newBool(true);
        if (id == "False") return newBool(false);
        if (id == "Ellipsis") return newRef(ellipsis());
        if (id == "inf") return floatFromDouble(HUGE_VAL);
        if (id == "nan") return floatFromDouble(NAN);
        if (id == "infj") return complexFromDoubles(0.0, HUGE_VAL);
        if (id == "nanj") return complexFromDoubles(0.0, NAN);
        return node(id);
    }

    Object* list() {
        ++pos_;
        Ref<> l = Ref<>::steal(listNew(0));
        if (!l) return nullptr;
        if (accept(']')) return l.release();
        for (;;) {
            Ref<> v = Ref<>::steal(value());
            if (!v || listAppend(l.get(), v.get()) < 0) return nullptr;
            if (accept(']')) return l.release();
            if (!accept(',')) return fail();
        }
    }

    // A complex repr such as (1+2j) or a tuple constant.
    Object* parenthesized() {
        size_t b = pos_;
        int depth = 0;
        for (; pos_ < s_.size(); ++pos_) {
            if (s_[pos_] == '(') depth++;
            if (s_[pos_] == ')' && --depth == 0) break;
        }
        if (pos_ >= s_.size()) return fail();
        ++pos_;
        Ref<> text = Ref<>::steal(strFromUtf8(s_.substr(b, pos_ - b)));
        if (!text) return nullptr;
        Object* builtins = currentInterp()->builtins;
        Object* evalFn = dictGetItemStr(builtins, "eval");
        if (!evalFn) return fail();
        return callOneArg(evalFn, text.get());
    }

    Object* number() {
        size_t b = pos_;
        if (s_[pos_] == '-') ++pos_;
        while (pos_ < s_.size() && (identChar(s_[pos_]) || s_[pos_] == '.' ||
                                    ((s_[pos_] == '+' || s_[pos_] == '-') &&
                                     (s_[pos_ - 1] == 'e' || s_[pos_ - 1] == 'E')))) {
            ++pos_;
        }
        std::string_view t = s_.substr(b, pos_ - b);
        bool imag = !t.empty() && (t.back() == 'j' || t.back() == 'J');
        if (imag) t.remove_suffix(1);
        bool isFloatText = imag || t.find_first_of(".eE") != std::string_view::npos ||
                           t.find("inf") != std::string_view::npos;
        if (t.size() > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) isFloatText = false;
        if (!isFloatText) return intFromString(t, 10);
        double d = 0;
        if (!parseFloat(t, d)) return fail();
        return imag ? complexFromDoubles(0.0, d) : floatFromDouble(d);
    }

    static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
    static void putUtf8(std::string& out, uint32_t cp) {
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

    // A str/bytes repr (quote at pos_): the escapes repr() produces.
    Object* string(bool isBytes) {
        char q = s_[pos_++];
        std::string out;
        bool lone = false;   // a lone surrogate escape: let eval() build the str
        size_t start = pos_ - 1 - (isBytes ? 1 : 0);
        while (pos_ < s_.size() && s_[pos_] != q) {
            char c = s_[pos_++];
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= s_.size()) return fail();
            char e = s_[pos_++];
            int width = 0;
            switch (e) {
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case '\\': out += '\\'; break;
            case '\'': out += '\''; break;
            case '"': out += '"'; break;
            case 'x': width = 2; break;
            case 'u': width = 4; break;
            case 'U': width = 8; break;
            default: return fail();
            }
            if (width) {
                uint32_t cp = 0;
                for (int i = 0; i < width; i++) {
                    int h = pos_ < s_.size() ? hexDigit(s_[pos_]) : -1;
                    if (h < 0) return fail();
                    cp = cp * 16 + static_cast<uint32_t>(h);
                    ++pos_;
                }
                if (isBytes) {
                    out += static_cast<char>(cp);
                } else {
                    if (cp >= 0xD800 && cp <= 0xDFFF) lone = true;
                    putUtf8(out, cp);
                }
            }
        }
        if (pos_ >= s_.size()) return fail();
        ++pos_;
        if (isBytes) return bytesFromStd(out);
        if (lone) {
            Ref<> text = Ref<>::steal(strFromUtf8(s_.substr(start, pos_ - start)));
            if (!text) return nullptr;
            Object* evalFn = dictGetItemStr(currentInterp()->builtins, "eval");
            if (!evalFn) return fail();
            return callOneArg(evalFn, text.get());
        }
        return strFromUtf8(out);
    }

    // Name(field=value, ...): an instance of the _ast class `Name`.
    Object* node(std::string_view name) {
        if (!accept('(')) return fail();
        Ref<> key = Ref<>::steal(strFromUtf8(name));
        if (!key) return nullptr;
        if (accept(')')) {
            Object* single = dictGetItem(singletons_, key.get());
            if (single) return newRef(single);
        }
        Object* cls = dictGetItem(ns_, key.get());
        if (!cls) return setError(&ExcSystemError, "unknown AST node type %U", key.get());
        Ref<> obj = Ref<>::steal(callNoArgs(cls));
        if (!obj) return nullptr;
        if (pos_ > 0 && s_[pos_ - 1] == ')') return obj.release();
        if (!enterRecursiveCall(" during ast construction")) return nullptr;
        Object* r = fields(obj.get()) ? obj.release() : nullptr;
        leaveRecursiveCall();
        return r;
    }

    bool fields(Object* obj) {
        for (;;) {
            skipSpace();
            std::string_view f = ident();
            if (f.empty() || !accept('=')) return fail() != nullptr;
            Ref<> v = Ref<>::steal(value());
            if (!v) return false;
            Ref<> fname = Ref<>::steal(strFromUtf8(f));
            if (!fname || setAttr(obj, fname.get(), v.get()) < 0) return false;
            if (accept(')')) return true;
            if (!accept(',')) return fail() != nullptr;
        }
    }

    std::string_view s_;
    size_t pos_ = 0;
    Object* ns_;
    Object* singletons_;
};

ParseMode parseModeFor(CompileMode mode) {
    return mode == CompileMode::Exec   ? ParseMode::File
           : mode == CompileMode::Eval ? ParseMode::Eval
                                       : ParseMode::Single;
}

}  // namespace

Object* astFromSource(std::string_view source, Object* filename, CompileMode mode, int flags) {
    Ref<> mod = Ref<>::steal(importModule("_ast"));
    if (!mod) return nullptr;
    std::string decoded;
    bool ignoreCookie = false;
    if (!decodeSourceBytes(source, flags, decoded, ignoreCookie)) return nullptr;
    std::unique_ptr<ParseResult> tree =
        parseWithWarnings(source, filename, parseModeFor(mode), ignoreCookie);
    if (!tree) return nullptr;
    std::string text = ast::dumpAst(*tree->root, true);
    Ref<> ns = Ref<>::steal(getAttr(mod.get(), "__dict__"));
    if (!ns) return nullptr;
    // Shared Load()/Add()/... instances if the module keeps them (as CPython's parser).
    Ref<> singletons = Ref<>::borrow(dictGetItemStr(ns.get(), "_singletons"));
    if (!singletons || !isDict(singletons.get())) singletons = Ref<>::steal(dictNew());
    if (!singletons) return nullptr;
    DumpReader reader(text, ns.get(), singletons.get());
    return reader.read();
}

int isAstObject(Object* o) {
    Ref<> mod = Ref<>::steal(importModule("_ast"));
    if (!mod) return -1;
    Ref<> base = Ref<>::steal(getAttr(mod.get(), "AST"));
    if (!base) return -1;
    return isInstance(o, base.get());
}

Object* compileAstObject(Object* node, Object* filename, CompileMode mode, int flags,
                         int optimize) {
    static const char* const kModeNodes[] = {"Module", "Expression", "Interactive"};
    const char* want = kModeNodes[mode == CompileMode::Exec ? 0 : mode == CompileMode::Eval ? 1 : 2];
    Ref<> mod = Ref<>::steal(importModule("_ast"));
    if (!mod) return nullptr;
    Ref<> cls = Ref<>::steal(getAttr(mod.get(), want));
    if (!cls) return nullptr;
    int ok = isInstance(node, cls.get());
    if (ok < 0) return nullptr;
    if (!ok) {
        Ref<> tn = Ref<>::steal(getAttr(asObject(node->type), "__name__"));
        if (!tn) return nullptr;
        return setError(&ExcTypeError, "expected %s node, got %U", want, tn.get());
    }
    if (flags & kPyCfOnlyAst) return newRef(node);
    Ref<> astMod = Ref<>::steal(importModule("ast"));
    if (!astMod) return nullptr;
    Ref<> src = Ref<>::steal(callMethod(astMod.get(), "unparse", &node, 1));
    if (!src) return nullptr;
    if (!isStr(src.get())) return setError(&ExcTypeError, "ast.unparse() did not return a str");
    std::string text(strView(src.get()));
    if (mode != CompileMode::Eval) text += '\n';
    return compileSource(text, filename, mode, flags, optimize);
}

}  // namespace krait
