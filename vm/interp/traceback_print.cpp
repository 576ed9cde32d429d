// The default exception display (CPython 3.11's sys.excepthook / PyErr_Display): tracebacks
// with source lines and 3.11's caret lines, chained exceptions, exception groups drawn with
// box characters, notes, SyntaxError locations and "Did you mean" suggestions.
#include "interp/traceback_print.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "bytecode/code.h"
#include "core/abstract.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/frame.h"
#include "interp/traceback.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "parser/parser.h"
#include "parser/tokenizer.h"
#include "platform/platform.h"

namespace krait {

namespace {

constexpr int kRecursiveCutoff = 3;
constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

struct PrintContext {
    std::string out;
    int groupDepth = 0;
    bool needClose = false;
    std::vector<Object*> seen;   // identities of exceptions already shown (chaining)
    std::unordered_map<std::string, std::vector<std::string>> files;
    int64_t limit = 1000;        // sys.tracebacklimit
};

std::string margin(const PrintContext& ctx) {
    std::string s(size_t(2 * ctx.groupDepth), ' ');
    if (ctx.groupDepth) s += "| ";
    return s;
}

void writeMargin(PrintContext& ctx) { ctx.out += margin(ctx); }

// Text of str(o), or null (error cleared) if str() fails.
bool objText(Object* o, bool useRepr, std::string* out) {
    Object* s = useRepr ? repr(o) : str(o);
    if (!s) {
        clearError();
        return false;
    }
    if (!isStr(s)) {
        decref(s);
        return false;
    }
    *out = strToStd(s);
    decref(s);
    return true;
}

// ---- Source lines ----

const std::vector<std::string>* sourceLines(PrintContext& ctx, const std::string& filename) {
    auto it = ctx.files.find(filename);
    if (it != ctx.files.end()) return it->second.empty() ? nullptr : &it->second;
    std::vector<std::string>& lines = ctx.files[filename];
    if (filename.empty() || filename[0] == '<') return nullptr;
    std::string data;
    int err = 0;
    bool ok = platform::readFile(filename, data, &err);
    if (!ok && filename[0] != '/') {
        // Like CPython's _Py_FindSourceFile: try the file's tail along sys.path.
        size_t slash = filename.rfind('/');
        std::string tail = slash == std::string::npos ? filename : filename.substr(slash + 1);
        Object* sysDict = currentThread()->interp->sysDict;
        Object* path = sysDict ? dictGetItemStr(sysDict, "path") : nullptr;
        if (path && isList(path)) {
            for (ssize i = 0; i < listSize(path) && !ok; i++) {
                Object* e = listItem(path, i);
                if (!isStr(e)) continue;
                std::string dir = strToStd(e);
                if (dir.empty()) continue;
                ok = platform::readFile(dir + "/" + tail, data, &err);
            }
        }
    }
    if (!ok) return nullptr;
    // Source in another encoding (a coding cookie) is shown decoded, as CPython's linecache.
    std::string encoding;
    if (parser::sourceEncodingCookie(data, encoding)) {
        if (Object* text = codecsDecode(data, encoding, "replace")) {
            data = strToStd(text);
            decref(text);
        } else {
            clearError();
        }
    }
    size_t pos = 0;
    while (pos <= data.size()) {
        size_t nl = data.find('\n', pos);
        if (nl == std::string::npos) {
            if (pos < data.size()) lines.push_back(data.substr(pos));
            break;
        }
        std::string line = data.substr(pos, nl - pos);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
        pos = nl + 1;
    }
    return lines.empty() ? nullptr : &lines;
}

// Number of code points in the first `bytes` bytes of UTF-8 text.
ssize charOffset(const std::string& text, ssize bytes) {
    if (bytes > ssize(text.size())) bytes = ssize(text.size());
    ssize n = 0;
    for (ssize i = 0; i < bytes; i++) {
        if ((static_cast<unsigned char>(text[size_t(i)]) & 0xC0) != 0x80) n++;
    }
    return n;
}

// Code point count of UTF-8 text.
ssize charLength(const std::string& text) { return charOffset(text, ssize(text.size())); }

// The UTF-8 substring of text between code point offsets [start, end).
std::string charSubstr(const std::string& text, ssize start, ssize end) {
    size_t b = 0, i = 0;
    ssize c = 0;
    size_t startByte = text.size(), endByte = text.size();
    for (i = 0; i <= text.size(); i++) {
        bool boundary = i == text.size() ||
                        (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        if (!boundary) continue;
        if (c == start) startByte = i;
        if (c == end) {
            endByte = i;
            break;
        }
        c++;
    }
    (void)b;
    if (startByte > endByte) return std::string();
    return text.substr(startByte, endByte - startByte);
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// extract_anchors_from_line of CPython 3.11: finds the operator of a binary operation or the
// brackets of a subscript inside the failing segment. Anchors are relative to the segment.
bool extractAnchors(const std::string& segment, ssize* left, ssize* right, char* primary,
                    char* secondary) {
    SyntaxErrorInfo err;
    std::unique_ptr<ParseResult> tree = parse(segment, "<traceback>", ParseMode::File, err);
    if (!tree || !tree->root || tree->root->kind != ast::ModKind::Module) return false;
    auto* mod = static_cast<ast::Module*>(tree->root);
    if (mod->body.size() != 1 || mod->body[0]->kind != ast::StmtKind::Expr) return false;
    ast::Expr* e = static_cast<ast::ExprStmt*>(mod->body[0])->value;
    if (!e) return false;
    ssize len = ssize(segment.size());
    if (e->kind == ast::ExprKind::BinOp) {
        auto* b = static_cast<ast::BinOp*>(e);
        for (ssize i = b->left->endColOffset; i < b->right->colOffset && i < len; i++) {
            char c = segment[size_t(i)];
            if (isSpace(c) || c == '\n' || c == '\r') continue;
            *left = i;
            *right = i + 1;
            if (i + 1 < b->right->colOffset && !isSpace(segment[size_t(i + 1)])) ++*right;
            if (i + 1 < b->right->colOffset && c == ')') continue;
            *primary = '~';
            *secondary = '^';
            return true;
        }
        return false;
    }
    if (e->kind == ast::ExprKind::Subscript) {
        auto* s = static_cast<ast::Subscript*>(e);
        *left = s->value->endColOffset;
        *right = s->slice->endColOffset + 1;
        while (*left < len && segment[size_t(*left)] != '[') ++*left;
        while (*right < len && segment[size_t(*right)] != ']') ++*right;
        if (*right < len) *right += 1;
        *primary = '~';
        *secondary = '^';
        return true;
    }
    return false;
}

// Writes the caret line under a traceback source line (3.11 rules).
void writeCarets(PrintContext& ctx, Object* tb, const std::string& line, ssize indent) {
    int startLine, endLine, startCol, endCol;
    tracebackPosition(tb, &startLine, &endLine, &startCol, &endCol);
    if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return;
    ssize start = charOffset(line, startCol);
    ssize end = charOffset(line, endCol);
    ssize lineLen = charLength(line);
    ssize leftAnchor = -1, rightAnchor = -1;
    char primary = '^', secondary = '^';
    if (startLine == endLine) {
        if (end < start) return;
        std::string segment = charSubstr(line, start, end);
        ssize l, r;
        if (extractAnchors(segment, &l, &r, &primary, &secondary)) {
            leftAnchor = l + start;
            rightAnchor = r + start;
        }
    } else {
        ssize i = ssize(line.size());
        while (--i >= 0) {
            char c = line[size_t(i)];
            if (!isSpace(c) && c != '\n' && c != '\r') break;
        }
        end = i + 1;
    }
    bool special = leftAnchor != -1 || rightAnchor != -1;
    if (end - start == lineLen - indent && !special) return;
    writeMargin(ctx);
    ctx.out += "    ";
    for (ssize off = indent + 1; off <= end; off++) {
        if (off <= start) {
            ctx.out += ' ';
        } else if (special && leftAnchor < off && off <= rightAnchor) {
            ctx.out += secondary;
        } else {
            ctx.out += primary;
        }
    }
    ctx.out += '\n';
}

void writeTracebackEntry(PrintContext& ctx, Object* tb) {
    CodeObject* code = reinterpret_cast<CodeObject*>(tracebackCode(tb));
    std::string filename = code && code->filename ? strToStd(code->filename) : "<unknown>";
    std::string name = code && code->name ? strToStd(code->name) : "<unknown>";
    int lineno = asTraceback(tb)->lineno;
    writeMargin(ctx);
    ctx.out += "  File \"" + filename + "\", line " + std::to_string(lineno) + ", in " + name +
               "\n";
    if (lineno <= 0) return;
    const std::vector<std::string>* lines = sourceLines(ctx, filename);
    if (!lines || size_t(lineno) > lines->size()) return;
    const std::string& line = (*lines)[size_t(lineno - 1)];
    size_t i = 0;
    while (i < line.size() && isSpace(line[i])) i++;
    writeMargin(ctx);
    ctx.out += "    " + line.substr(i) + "\n";
    writeCarets(ctx, tb, line, ssize(i));
}

void writeRepeated(PrintContext& ctx, int cnt) {
    cnt -= kRecursiveCutoff;
    ctx.out += "  [Previous line repeated " + std::to_string(cnt) +
               (cnt > 1 ? " more times]\n" : " more time]\n");
}

void writeTraceback(PrintContext& ctx, Object* tb, const char* headerMargin,
                    const char* header) {
    if (ctx.limit <= 0) return;
    ctx.out += std::string(size_t(2 * ctx.groupDepth), ' ') + headerMargin + header;
    ssize depth = 0;
    for (Object* t = tb; t; t = asTraceback(t)->next) depth++;
    while (tb && depth > ctx.limit) {
        depth--;
        tb = asTraceback(tb)->next;
    }
    Object* lastFile = nullptr;
    Object* lastName = nullptr;
    int lastLine = -1;
    int cnt = 0;
    for (; tb; tb = asTraceback(tb)->next) {
        CodeObject* code = reinterpret_cast<CodeObject*>(tracebackCode(tb));
        Object* file = code ? code->filename : nullptr;
        Object* name = code ? code->name : nullptr;
        int line = asTraceback(tb)->lineno;
        bool same = lastFile && file && strEqual(file, lastFile) && lastLine != -1 &&
                    line == lastLine && lastName && name && strEqual(name, lastName);
        if (!same) {
            if (cnt > kRecursiveCutoff) writeRepeated(ctx, cnt);
            lastFile = file;
            lastLine = line;
            lastName = name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= kRecursiveCutoff) writeTracebackEntry(ctx, tb);
    }
    if (cnt > kRecursiveCutoff) writeRepeated(ctx, cnt);
}

// ---- Suggestions ("Did you mean") ----

constexpr ssize kMoveCost = 2;
constexpr ssize kCaseCost = 1;
constexpr ssize kMaxStringSize = 40;
constexpr ssize kMaxCandidates = 750;

ssize substitutionCost(char a, char b) {
    if ((a & 31) != (b & 31)) return kMoveCost;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a = char(a + ('a' - 'A'));
    if ('A' <= b && b <= 'Z') b = char(b + ('a' - 'A'));
    if (a == b) return kCaseCost;
    return kMoveCost;
}

ssize levenshtein(std::string_view a, std::string_view b, ssize maxCost) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty()) return ssize(a.size() + b.size()) * kMoveCost;
    if (ssize(a.size()) > kMaxStringSize || ssize(b.size()) > kMaxStringSize) return maxCost + 1;
    if (b.size() < a.size()) std::swap(a, b);
    if (ssize(b.size() - a.size()) * kMoveCost > maxCost) return maxCost + 1;
    std::vector<ssize> buffer(a.size());
    ssize tmp = kMoveCost;
    for (size_t i = 0; i < a.size(); i++) {
        buffer[i] = tmp;
        tmp += kMoveCost;
    }
    ssize result = 0;
    for (size_t bi = 0; bi < b.size(); bi++) {
        char code = b[bi];
        ssize distance = result = ssize(bi) * kMoveCost;
        ssize minimum = std::numeric_limits<ssize>::max();
        for (size_t i = 0; i < a.size(); i++) {
            ssize substitute = distance + substitutionCost(code, a[i]);
            distance = buffer[i];
            ssize insertDelete = std::min(result, distance) + kMoveCost;
            result = std::min(insertDelete, substitute);
            buffer[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > maxCost) return maxCost + 1;
    }
    return result;
}

// The closest candidate to name among the str items of `dir` (a list), or null.
Object* bestSuggestion(Object* dir, Object* name) {
    if (!dir || !isList(dir)) return nullptr;
    ssize n = listSize(dir);
    if (n >= kMaxCandidates) return nullptr;
    std::string_view nameText = strView(name);
    Object* best = nullptr;
    ssize bestDistance = std::numeric_limits<ssize>::max();
    for (ssize i = 0; i < n; i++) {
        Object* item = listItem(dir, i);
        if (!isStr(item)) return nullptr;
        std::string_view itemText = strView(item);
        if (itemText == nameText) continue;
        ssize maxDistance = (ssize(nameText.size() + itemText.size()) + 3) * kMoveCost / 6;
        maxDistance = std::min(maxDistance, bestDistance - 1);
        ssize d = levenshtein(nameText, itemText, maxDistance);
        if (d > maxDistance) continue;
        if (!best || d < bestDistance) {
            best = item;
            bestDistance = d;
        }
    }
    return best;
}

std::string suggestionFor(Object* exc) {
    std::string result;
    Ref<> dirList;
    Object* found = nullptr;
    // Exact types only, as CPython's _Py_Offer_suggestions (no suggestion for subclasses such
    // as UnboundLocalError).
    if (exc->type == &ExcAttributeError) {
        auto* a = reinterpret_cast<AttributeErrorObject*>(exc);
        if (!a->name || !a->obj || !isStr(a->name)) return result;
        Ref<> dirFn = Ref<>::borrow(dictGetItemStr(currentThread()->interp->builtins, "dir"));
        if (!dirFn) return result;
        Ref<> d = Ref<>::steal(callOneArg(dirFn.get(), a->obj));
        if (!d) {
            clearError();
            return result;
        }
        found = bestSuggestion(d.get(), a->name);
        if (found) objText(found, true, &result);
        return found ? ". Did you mean: " + result + "?" : std::string();
    }
    if (exc->type == &ExcNameError) {
        Object* name = reinterpret_cast<NameErrorObject*>(exc)->name;
        Object* tb = asExc(exc)->traceback;
        if (!name || !isStrExact(name) || !tb || !isTraceback(tb)) return result;
        while (asTraceback(tb)->next && isTraceback(asTraceback(tb)->next)) {
            tb = asTraceback(tb)->next;
        }
        Frame* f = frameObjectFrame(asTraceback(tb)->frame);
        if (!f || !f->code) return result;
        CodeObject* code = f->code;
        // co_varnames: the plain locals (arguments included).
        Object* candidates[3] = {nullptr, f->globals, f->builtins};
        Ref<> locals = Ref<>::steal(listNew(0));
        if (locals) {
            for (ssize i = 0; i < code->nLocals && i < tupleSize(code->localsPlusNames); i++) {
                listAppend(locals.get(), tupleItem(code->localsPlusNames, i));
            }
        }
        clearError();
        candidates[0] = locals.get();
        for (Object* c : candidates) {
            if (!c) continue;
            Ref<> keys = Ref<>::steal(isDict(c) ? dictKeys(c) : newRef(c));
            if (!keys) {
                clearError();
                continue;
            }
            found = bestSuggestion(keys.get(), name);
            if (found) {
                objText(found, true, &result);
                return ". Did you mean: " + result + "?";
            }
        }
    }
    return std::string();
}

// ---- One exception ----

std::string typeDisplayName(Type* t) {
    std::string out;
    Ref<> module = Ref<>::steal(typeModuleObj(t));
    if (!module || !isStr(module.get())) {
        clearError();
        out = "<unknown>";
    } else {
        std::string_view m = strView(module.get());
        if (m != "builtins" && m != "__main__") {
            out.append(m);
            out += ".";
        }
    }
    Ref<> qual = Ref<>::steal(typeQualnameStr(t));
    if (!qual || !isStr(qual.get())) {
        clearError();
        out += "<unknown>";
    } else {
        out.append(strView(qual.get()));
    }
    return out;
}

ssize attrSsize(Object* exc, const char* name, ssize deflt, bool* ok) {
    Ref<> v = Ref<>::steal(getAttr(exc, name));
    if (!v) {
        *ok = false;
        return deflt;
    }
    if (isNone(v.get())) return deflt;
    ssize r = asSsize(v.get(), nullptr);
    if (r == -1 && errOccurred()) *ok = false;
    return r;
}

// SyntaxError location: '  File "x.py", line 1', the text and the caret line. Replaces
// *message with exc.msg when the attributes could be parsed.
void writeSyntaxErrorLocation(PrintContext& ctx, Object* exc, Ref<>* message) {
    bool ok = true;
    Ref<> msg = Ref<>::steal(getAttr(exc, "msg"));
    if (!msg) {
        clearError();
        return;
    }
    Ref<> filenameObj = Ref<>::steal(getAttr(exc, "filename"));
    if (!filenameObj) {
        clearError();
        return;
    }
    std::string filename = "<string>";
    if (!isNone(filenameObj.get()) && !objText(filenameObj.get(), false, &filename)) return;
    Ref<> linenoObj = Ref<>::steal(getAttr(exc, "lineno"));
    if (!linenoObj) {
        clearError();
        return;
    }
    ssize lineno = asSsize(linenoObj.get(), nullptr);
    if (lineno == -1 && errOccurred()) {
        clearError();
        return;
    }
    ssize offset = attrSsize(exc, "offset", -1, &ok);
    ssize endLineno = attrSsize(exc, "end_lineno", lineno, &ok);
    ssize endOffset = attrSsize(exc, "end_offset", -1, &ok);
    Ref<> textObj = Ref<>::steal(getAttr(exc, "text"));
    if (!textObj || !ok) {
        clearError();
        return;
    }
    *message = msg;
    writeMargin(ctx);
    ctx.out += "  File \"" + filename + "\", line " + std::to_string(lineno) + "\n";
    if (isNone(textObj.get()) || !isStr(textObj.get())) return;
    std::string full = strToStd(textObj.get());
    ssize lineSize = ssize(full.size());
    if (endLineno > lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    ssize carets = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1;
    offset--;
    size_t p = 0;
    while (p < full.size() && isSpace(full[p])) {
        p++;
        offset--;
    }
    std::string text = full.substr(p);
    ssize len = ssize(text.size());
    if (len > 0 && text[size_t(len - 1)] == '\n') len--;
    if (offset > len) offset = len;
    for (;;) {
        size_t nl = text.find('\n');
        if (nl == std::string::npos) break;
        ssize inl = ssize(nl);
        if (inl >= offset) break;
        inl += 1;
        text = text.substr(size_t(inl));
        len -= inl;
        offset -= inl;
    }
    writeMargin(ctx);
    ctx.out += "    " + text;
    if (size_t(len) >= text.size() || text[size_t(len)] != '\n') ctx.out += "\n";
    if (offset < 0) return;
    writeMargin(ctx);
    ctx.out += "    ";
    ctx.out += std::string(size_t(offset), ' ');
    ctx.out += std::string(size_t(carets), '^');
    ctx.out += "\n";
}

void writeNotes(PrintContext& ctx, Object* notes) {
    if (!notes) return;
    // PySequence_Check: anything indexable that is not a mapping (a str counts).
    if (!notes->type->getItem || isDict(notes)) {
        writeMargin(ctx);
        std::string r;
        ctx.out += objText(notes, true, &r) ? r : "<__notes__ repr() failed>";
        ctx.out += "\n";
        return;
    }
    Ref<> items = Ref<>::steal(sequenceList(notes));
    if (!items) {
        clearError();
        return;
    }
    for (ssize i = 0; i < listSize(items.get()); i++) {
        std::string note;
        if (!objText(listItem(items.get(), i), false, &note)) {
            ctx.out += "<note str() failed>";
        } else {
            size_t pos = 0;
            while (pos < note.size()) {
                size_t nl = note.find('\n', pos);
                size_t end = nl == std::string::npos ? note.size() : nl + 1;
                writeMargin(ctx);
                ctx.out += note.substr(pos, end - pos);
                pos = end;
            }
            if (note.empty()) writeMargin(ctx);
        }
        ctx.out += "\n";
    }
}

void writeOne(PrintContext& ctx, Object* exc) {
    if (!isBaseException(exc)) {
        writeMargin(ctx);
        ctx.out += std::string("TypeError: print_exception(): Exception expected for value, ") +
                   typeName(exc->type) + " found\n";
        return;
    }
    Object* tb = asExc(exc)->traceback;
    if (tb && isTraceback(tb)) {
        const char* header = "Traceback (most recent call last):\n";
        std::string headerMargin = ctx.groupDepth ? "| " : "";
        if (isInstanceOf(exc, &ExcBaseExceptionGroup)) {
            header = "Exception Group Traceback (most recent call last):\n";
            if (ctx.groupDepth == 1) headerMargin = "+ ";
        }
        writeTraceback(ctx, tb, headerMargin.c_str(), header);
    }
    Type* type = exc->type;
    Ref<> notes = Ref<>::steal(lookupAttr(exc, KRAIT_STR(__notes__)));
    if (!notes) clearError();
    Ref<> message = Ref<>::borrow(exc);
    if (isInstanceOf(exc, &ExcSyntaxError)) writeSyntaxErrorLocation(ctx, exc, &message);
    writeMargin(ctx);
    ctx.out += typeDisplayName(type);
    std::string text;
    if (!objText(message.get(), false, &text)) {
        ctx.out += ": <exception str() failed>";
    } else if (!text.empty()) {
        ctx.out += ": " + text;
    }
    if (message.get() == exc) ctx.out += suggestionFor(exc);
    clearError();
    ctx.out += "\n";
    writeNotes(ctx, notes.get());
}

void writeRecursive(PrintContext& ctx, Object* exc);

void writeChained(PrintContext& ctx, Object* exc, const char* message) {
    bool needClose = ctx.needClose;
    writeRecursive(ctx, exc);
    ctx.needClose = needClose;
    writeMargin(ctx);
    ctx.out += "\n";
    writeMargin(ctx);
    ctx.out += message;
    writeMargin(ctx);
    ctx.out += "\n";
}

bool wasSeen(PrintContext& ctx, Object* exc) {
    return std::find(ctx.seen.begin(), ctx.seen.end(), exc) != ctx.seen.end();
}

void writeCauseAndContext(PrintContext& ctx, Object* exc) {
    ctx.seen.push_back(exc);
    if (!isBaseException(exc)) return;
    BaseExceptionObject* e = asExc(exc);
    if (e->cause) {
        if (!wasSeen(ctx, e->cause)) {
            writeChained(ctx, e->cause,
                         "The above exception was the direct cause of the following exception:\n");
        }
        return;
    }
    if (e->suppressContext) return;
    if (e->context && !wasSeen(ctx, e->context)) {
        writeChained(ctx, e->context,
                     "During handling of the above exception, another exception occurred:\n");
    }
}

void writeGroup(PrintContext& ctx, Object* exc) {
    if (ctx.groupDepth > kMaxGroupDepth) {
        writeMargin(ctx);
        ctx.out += "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n";
        return;
    }
    if (ctx.groupDepth == 0) ctx.groupDepth += 1;
    writeOne(ctx, exc);
    Object* excs = reinterpret_cast<BaseExceptionGroupObject*>(exc)->excs;
    ssize num = excs && isTuple(excs) ? tupleSize(excs) : 0;
    ssize n = num <= kMaxGroupWidth ? num : kMaxGroupWidth + 1;
    ctx.needClose = false;
    for (ssize i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) ctx.needClose = true;
        ctx.out += std::string(size_t(2 * ctx.groupDepth), ' ');
        bool truncated = i >= kMaxGroupWidth;
        ctx.out += i == 0 ? "+-" : "  ";
        if (!truncated) {
            ctx.out += "+---------------- " + std::to_string(i + 1) + " ----------------\n";
        } else {
            ctx.out += "+---------------- ... ----------------\n";
        }
        ctx.groupDepth += 1;
        if (!truncated) {
            writeRecursive(ctx, tupleItem(excs, i));
        } else {
            ssize remaining = num - kMaxGroupWidth;
            writeMargin(ctx);
            ctx.out += "and " + std::to_string(remaining) + " more exception" +
                       (remaining > 1 ? "s" : "") + "\n";
        }
        if (last && ctx.needClose) {
            ctx.out += std::string(size_t(2 * ctx.groupDepth), ' ');
            ctx.out += "+------------------------------------\n";
            ctx.needClose = false;
        }
        ctx.groupDepth -= 1;
    }
    if (ctx.groupDepth == 1) ctx.groupDepth -= 1;
}

void writeRecursive(PrintContext& ctx, Object* exc) {
    if (!enterRecursiveCall(" in print_exception_recursive")) {
        clearError();
        return;
    }
    writeCauseAndContext(ctx, exc);
    if (isInstanceOf(exc, &ExcBaseExceptionGroup)) {
        writeGroup(ctx, exc);
    } else {
        writeOne(ctx, exc);
    }
    leaveRecursiveCall();
}

// Writes text to `file` (or sys.stderr, or the process's stderr).
void writeText(const std::string& text, Object* file) {
    Object* target = file;
    if (!target) {
        InterpState* interp = currentThread() ? currentThread()->interp : nullptr;
        target = interp && interp->sysDict ? dictGetItemStr(interp->sysDict, "stderr") : nullptr;
    }
    if (target && !isNone(target)) {
        Ref<> s = Ref<>::steal(strFromUtf8(text));
        if (s) {
            Object* arg = s.get();
            Object* r = callMethod(target, "write", &arg, 1);
            if (r) {
                decref(r);
                Object* f = callMethod(target, "flush", nullptr, 0);
                if (f) decref(f);
                clearError();
                return;
            }
        }
        clearError();
    }
    platform::writeAll(2, text.data(), text.size());
}

int64_t tracebackLimit() {
    InterpState* interp = currentThread()->interp;
    Object* v = interp->sysDict ? dictGetItemStr(interp->sysDict, "tracebacklimit") : nullptr;
    if (!v || !isInt(v)) return 1000;
    int64_t n = 0;
    if (!intAsInt64(v, &n)) {
        clearError();
        return intSign(v) < 0 ? 0 : INT32_MAX;
    }
    return n;
}

}  // namespace

bool formatException(Object* exc, std::string* out) {
    Object* saved = fetchError();
    PrintContext ctx;
    ctx.limit = tracebackLimit();
    writeRecursive(ctx, exc);
    clearError();
    restoreError(saved);
    *out = std::move(ctx.out);
    return true;
}

void displayException(Object* exc, Object* file) {
    std::string text;
    formatException(exc, &text);
    Object* saved = fetchError();
    writeText(text, file);
    clearError();
    restoreError(saved);
}

void printException(Object* exc) {
    if (!exc) return;
    Ref<> keep = Ref<>::borrow(exc);
    Object* saved = fetchError();
    InterpState* interp = currentThread()->interp;
    Object* sysDict = interp->sysDict;
    Object* hook = sysDict ? dictGetItemStr(sysDict, "excepthook") : nullptr;
    Object* original = sysDict ? dictGetItemStr(sysDict, "__excepthook__") : nullptr;
    if (!hook || isNone(hook)) {
        writeText("sys.excepthook is missing\n", nullptr);
        displayException(exc);
    } else if (hook == original) {
        displayException(exc);
    } else {
        Object* tb = isBaseException(exc) && asExc(exc)->traceback ? asExc(exc)->traceback
                                                                    : none();
        Object* args[3] = {asObject(exc->type), exc, tb};
        Object* r = call(hook, args, 3);
        if (r) {
            decref(r);
        } else {
            Object* hookErr = fetchError();
            if (hookErr) {
                writeText("Error in sys.excepthook:\n", nullptr);
                displayException(hookErr);
                writeText("\nOriginal exception was:\n", nullptr);
            }
            xdecref(hookErr);
            displayException(exc);
        }
    }
    clearError();
    restoreError(saved);
}

}  // namespace krait
