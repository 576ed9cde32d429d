// The builtins module: builtin functions, the builtin types and exceptions, and constants.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "bytecode/code.h"
#include "compiler/ast_bridge.h"
#include "compiler/compiler.h"
#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "interp/eval.h"
#include "interp/function.h"
#include "interp/generator.h"
#include "interp/import.h"
#include "modules/builtins_file.h"
#include "modules/modules.h"
#include "platform/platform.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

using Args = Object* const*;

// sys.<name> (borrowed) or null if missing.
Object* sysAttr(const char* name) {
    InterpState* interp = currentInterp();
    if (!interp->sysDict) return nullptr;
    return dictGetItemStr(interp->sysDict, name);
}

// The argument checks of CPython's METH_O functions.
bool checkOneArg(const char* fname, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs(fname, kwnames)) return false;
    if (nargs != 1) {
        setError(&ExcTypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        return false;
    }
    return true;
}

// An immortal interned str (borrowed) for the default separators of print().
Object* internedText(const char* text) {
    static Object* const kSpace = strIntern(" ");
    static Object* const kNewline = strIntern("\n");
    return text[0] == ' ' ? kSpace : kNewline;
}

Object* writeText(Object* file, Object* text) {
    Object* r = callMethod(file, KRAIT_STR(write), &text, 1);
    return r;
}

// print(*objects, sep=' ', end='\n', file=None, flush=False)
Object* builtinPrint(Object*, Args args, size_t nargs, Object* kwnames) {
    Object* sep = nullptr;
    Object* end = nullptr;
    Object* file = nullptr;
    Object* flush = nullptr;
    size_t nkw = kwCount(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        Object* k = tupleItem(kwnames, static_cast<ssize>(i));
        Object* v = args[nargs + i];
        if (strEqualsAscii(k, "sep"))
            sep = v;
        else if (strEqualsAscii(k, "end"))
            end = v;
        else if (strEqualsAscii(k, "file"))
            file = v;
        else if (strEqualsAscii(k, "flush"))
            flush = v;
        else
            return setError(&ExcTypeError, "'%U' is an invalid keyword argument for print()", k);
    }
    if (!file || isNone(file)) {
        file = sysAttr("stdout");
        if (!file) return setError(&ExcRuntimeError, "lost sys.stdout");
        if (isNone(file)) return newNone();
    }
    if (sep && isNone(sep)) sep = nullptr;
    if (end && isNone(end)) end = nullptr;
    if (sep && !isStr(sep))
        return setError(&ExcTypeError, "sep must be None or a string, not %T", sep);
    if (end && !isStr(end))
        return setError(&ExcTypeError, "end must be None or a string, not %T", end);
    Ref<> fileRef = Ref<>::borrow(file);
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            Ref<> s = Ref<>::borrow(sep ? sep : internedText(" "));
            Ref<> r = Ref<>::steal(writeText(file, s.get()));
            if (!r) return nullptr;
        }
        Ref<> s = Ref<>::steal(str(args[i]));
        if (!s) return nullptr;
        Ref<> r = Ref<>::steal(writeText(file, s.get()));
        if (!r) return nullptr;
    }
    {
        Ref<> e = Ref<>::borrow(end ? end : internedText("\n"));
        Ref<> r = Ref<>::steal(writeText(file, e.get()));
        if (!r) return nullptr;
    }
    if (flush) {
        int t = isTrue(flush);
        if (t < 0) return nullptr;
        if (t) {
            Ref<> r = Ref<>::steal(callMethod(file, "flush", nullptr, 0));
            if (!r) return nullptr;
        }
    }
    return newNone();
}

Object* builtinRepr(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkOneArg("repr", nargs, kwnames)) return nullptr;
    return repr(args[0]);
}

Object* builtinAscii(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkOneArg("ascii", nargs, kwnames)) return nullptr;
    return ascii(args[0]);
}

Object* builtinLen(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkOneArg("len", nargs, kwnames)) return nullptr;
    if (isRange(args[0])) return rangeLenObject(args[0]);
    ssize n = length(args[0]);
    if (n < 0) return nullptr;
    return intFromSsize(n);
}

Object* builtinAbs(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkOneArg("abs", nargs, kwnames)) return nullptr;
    return absolute(args[0]);
}

Object* anyAll(Object* iterable, bool wantAll) {
    Ref<> it = Ref<>::steal(getIter(iterable));
    if (!it) return nullptr;
    for (;;) {
        Ref<> item = Ref<>::steal(iterNext(it.get()));
        if (!item) {
            if (errOccurred()) return nullptr;
            return newBool(wantAll);
        }
        int t = isTrue(item.get());
        if (t < 0) return nullptr;
        if (wantAll && !t) return newBool(false);
        if (!wantAll && t) return newBool(true);
    }
}

Object* builtinAll(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkOneArg("all", nargs, kwnames)) return nullptr;
    return anyAll(args[0], true);
}

Object* builtinAny(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkOneArg("any", nargs, kwnames)) return nullptr;
    return anyAll(args[0], false);
}

Object* formatWithSpec(Object* value, const char* spec) {
    Ref<> s = Ref<>::steal(strFromAscii(spec));
    if (!s) return nullptr;
    return format(value, s.get());
}

Object* intToBase(const char* fname, Args args, size_t nargs, Object* kwnames, const char* spec) {
    if (!checkOneArg(fname, nargs, kwnames)) return nullptr;
    Ref<> idx = Ref<>::steal(numberIndex(args[0]));
    if (!idx) return nullptr;
    return formatWithSpec(idx.get(), spec);
}

Object* builtinBin(Object*, Args a, size_t n, Object* k) { return intToBase("bin", a, n, k, "#b"); }
Object* builtinOct(Object*, Args a, size_t n, Object* k) { return intToBase("oct", a, n, k, "#o"); }
Object* builtinHex(Object*, Args a, size_t n, Object* k) { return intToBase("hex", a, n, k, "#x"); }

Object* builtinCallable(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkOneArg("callable", nargs, kwnames)) return nullptr;
    return newBool(isCallable(args[0]));
}

Object* builtinChr(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkOneArg("chr", nargs, kwnames)) return nullptr;
    Object* x = args[0];
    if (!isInt(x)) {
        Ref<> idx = Ref<>::steal(numberIndex(x));
        if (!idx) return nullptr;
        return builtinChr(nullptr, reinterpret_cast<Args>(&idx), 1, nullptr);
    }
    int64_t v;
    if (!intAsInt64(x, &v)) {
        clearError();
        return setError(&ExcOverflowError, "Python int too large to convert to C int");
    }
    if (v < 0 || v > 0x10FFFF) return setError(&ExcValueError, "chr() arg not in range(0x110000)");
    return strFromCodePoint(static_cast<uint32_t>(v));
}

Object* builtinOrd(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkOneArg("ord", nargs, kwnames)) return nullptr;
    Object* c = args[0];
    if (isStr(c)) {
        if (strLength(c) != 1) {
            return setError(&ExcTypeError,
                            "ord() expected a character, but string of length %zd found",
                            strLength(c));
        }
        return intFromInt64(strCharAt(c, 0));
    }
    if (isBytes(c) || isByteArray(c)) {
        std::string_view v;
        if (!getBytesView(c, &v)) return nullptr;
        if (v.size() != 1) {
            return setError(&ExcTypeError,
                            "ord() expected a character, but string of length %zd found",
                            static_cast<ssize>(v.size()));
        }
        return intFromInt64(static_cast<unsigned char>(v[0]));
    }
    return setError(&ExcTypeError, "ord() expected string of length 1, but %T found", c);
}

Object* builtinGetattr(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("getattr", kwnames) || !checkArgCount("getattr", nargs, 2, 3))
        return nullptr;
    if (!isStr(args[1]))
        return setError(&ExcTypeError, "attribute name must be string, not '%T'", args[1]);
    if (nargs == 3) {
        Object* r = lookupAttr(args[0], args[1]);
        if (r || errOccurred()) return r;
        return newRef(args[2]);
    }
    return getAttr(args[0], args[1]);
}

Object* builtinSetattr(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("setattr", kwnames) || !checkArgCount("setattr", nargs, 3, 3))
        return nullptr;
    if (!isStr(args[1]))
        return setError(&ExcTypeError, "attribute name must be string, not '%T'", args[1]);
    if (setAttr(args[0], args[1], args[2]) < 0) return nullptr;
    return newNone();
}

Object* builtinDelattr(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("delattr", kwnames) || !checkArgCount("delattr", nargs, 2, 2))
        return nullptr;
    if (!isStr(args[1]))
        return setError(&ExcTypeError, "attribute name must be string, not '%T'", args[1]);
    if (setAttr(args[0], args[1], nullptr) < 0) return nullptr;
    return newNone();
}

Object* builtinHasattr(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("hasattr", kwnames) || !checkArgCount("hasattr", nargs, 2, 2))
        return nullptr;
    if (!isStr(args[1]))
        return setError(&ExcTypeError, "attribute name must be string, not '%T'", args[1]);
    Object* r = lookupAttr(args[0], args[1]);
    if (r) {
        decref(r);
        return newBool(true);
    }
    if (errOccurred()) return nullptr;
    return newBool(false);
}

Object* sortedList(Object* iterable) {
    Ref<> list = Ref<>::steal(sequenceList(iterable));
    if (!list) return nullptr;
    if (listSort(list.get(), nullptr, false) < 0) return nullptr;
    return list.release();
}

Object* builtinDir(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("dir", kwnames) || !checkArgCount("dir", nargs, 0, 1)) return nullptr;
    if (nargs == 0) {
        Ref<> locals = Ref<>::steal(currentLocals());
        if (!locals) return nullptr;
        Ref<> keys =
            Ref<>::steal(isDictExact(locals.get()) ? dictKeys(locals.get())
                                              : callMethod(locals.get(), "keys", nullptr, 0));
        if (!keys) return nullptr;
        return sortedList(keys.get());
    }
    bool missing = false;
    Ref<> r = Ref<>::steal(callSpecial(args[0], KRAIT_STR(__dir__), nullptr, 0, &missing));
    if (!r) {
        if (missing && !errOccurred())
            return setError(&ExcTypeError, "object does not provide __dir__");
        return nullptr;
    }
    return sortedList(r.get());
}

Object* divmodOp(Object* a, Object* b) {
    BinaryFn slotv = a->type->number.divmod;
    BinaryFn slotw = b->type != a->type ? b->type->number.divmod : nullptr;
    if (slotw == slotv) slotw = nullptr;
    if (slotv) {
        if (slotw && isSubtype(b->type, a->type)) {
            Object* x = slotw(a, b);
            if (x != notImplemented()) return x;
            decref(x);
            slotw = nullptr;
        }
        Object* x = slotv(a, b);
        if (x != notImplemented()) return x;
        decref(x);
    }
    if (slotw) {
        Object* x = slotw(a, b);
        if (x != notImplemented()) return x;
        decref(x);
    }
    return setError(&ExcTypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
}

Object* builtinDivmod(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("divmod", kwnames) || !checkArgCount("divmod", nargs, 2, 2)) return nullptr;
    return divmodOp(args[0], args[1]);
}

// Source text of a str argument, or of any bytes-like object (bytes, bytearray, memoryview,
// array.array: CPython's source_as_string takes every buffer), for compile/exec/eval.
bool sourceText(Object* src, const char* fname, std::string& out) {
    if (isStr(src)) {
        out = strToStd(src);
    } else {
        std::string_view v;
        if (!getBytesView(src, &v)) {
            // Any failure (not a buffer, a released memoryview) is this TypeError.
            clearError();
            setError(&ExcTypeError, "%s() arg 1 must be a string, bytes or %s object", fname,
                     std::string_view(fname) == "compile" ? "AST" : "code");
            return false;
        }
        out = std::string(v);
    }
    if (out.find('\0') != std::string::npos) {
        setError(&ExcValueError, "source code string cannot contain null bytes");
        return false;
    }
    return true;
}

Object* builtinCompile(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {
        "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};
    Object* a[7] = {};
    if (!parseArgs("compile", args, nargs, kwnames, kNames, 7, 3, a)) return nullptr;
    // filename goes through os.fsdecode-like conversion first, as CPython's argument parsing.
    Ref<> filename;
    if (isStr(a[1])) {
        filename = Ref<>::borrow(a[1]);
    } else if (isBytes(a[1])) {
        filename = Ref<>::steal(strFromUtf8(bytesView(a[1])));
    } else {
        bool missing = false;
        filename = Ref<>::steal(callSpecial(a[1], KRAIT_STR(__fspath__), nullptr, 0, &missing));
        if (!filename && missing && !errOccurred()) {
            return setError(&ExcTypeError, "expected str, bytes or os.PathLike object, not %T",
                            a[1]);
        }
        if (filename && isBytes(filename.get()))
            filename = Ref<>::steal(strFromUtf8(bytesView(filename.get())));
    }
    if (!filename) return nullptr;
    if (!isStr(a[2]))
        return setError(&ExcTypeError, "compile() argument 'mode' must be str, not %T", a[2]);
    int64_t flags = 0, optimize = -1;
    for (int i : {3, 4, 5}) {
        if (a[i] && (isFloat(a[i]) || !isIndex(a[i]))) {
            return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", a[i]);
        }
    }
    if (a[3] && !intAsInt64(a[3], &flags)) return nullptr;
    if (a[5] && !intAsInt64(a[5], &optimize)) return nullptr;
    if (optimize < -1 || optimize > 2)
        return setError(&ExcValueError, "compile(): invalid optimize value");
    CompileMode mode;
    if (strEqualsAscii(a[2], "exec"))
        mode = CompileMode::Exec;
    else if (strEqualsAscii(a[2], "eval"))
        mode = CompileMode::Eval;
    else if (strEqualsAscii(a[2], "single"))
        mode = CompileMode::Single;
    else
        return setError(&ExcValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (isInstanceOf(a[0], &CodeType)) return newRef(a[0]);
    int isAst = isAstObject(a[0]);
    if (isAst < 0) return nullptr;
    if (isAst)
        return compileAstObject(a[0], filename.get(), mode, static_cast<int>(flags),
                                static_cast<int>(optimize));
    std::string src;
    if (!sourceText(a[0], "compile", src)) return nullptr;
    // A str source is already decoded: its coding cookie, if any, is ignored.
    int sourceFlags = isStr(a[0]) ? kPyCfSourceIsUtf8 : 0;
    return compileSource(src, filename.get(), mode, static_cast<int>(flags) | sourceFlags);
}

// Shared part of eval() and exec().
Object* evalOrExec(const char* fname, Args args, size_t nargs, Object* kwnames, bool isEval) {
    static const char* const kNames[] = {"source", "globals", "locals", "closure"};
    Object* a[4] = {};
    if (isEval) {
        // eval(source, globals=None, locals=None, /)
        if (!checkNoKwargs(fname, kwnames) || !checkArgCount(fname, nargs, 1, 3)) return nullptr;
        for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    } else if (!parseArgs(fname, args, nargs, kwnames, kNames, 4, 1, a, 3, 3)) {
        return nullptr;
    }
    Object* globals = a[1] && !isNone(a[1]) ? a[1] : nullptr;
    Object* locals = a[2] && !isNone(a[2]) ? a[2] : nullptr;
    Ref<> localsRef;
    if (globals && !isDict(globals)) {
        if (!isEval)
            return setError(&ExcTypeError, "exec() globals must be a dict, not %T", globals);
        return setError(&ExcTypeError,
                        globals->type->getItem
                            ? "globals must be a real dict; try eval(expr, {}, mapping)"
                            : "globals must be a dict");
    }
    if (locals && !locals->type->getItem)
        return setError(&ExcTypeError, "locals must be a mapping");
    if (!globals) {
        globals = currentGlobals();
        if (!locals) {
            localsRef = Ref<>::steal(currentLocals());
            if (!localsRef) return nullptr;
            locals = localsRef.get();
        }
    }
    if (!locals) locals = globals;
    if (!dictGetItemStr(globals, "__builtins__")) {
        if (errOccurred()) return nullptr;
        if (dictSetItemStr(globals, "__builtins__", currentInterp()->builtinsModule) < 0)
            return nullptr;
    }
    Object* closure = !isEval && a[3] && !isNone(a[3]) ? a[3] : nullptr;
    Ref<> code;
    if (isInstanceOf(a[0], &CodeType)) {
        code = Ref<>::borrow(a[0]);
        int nfree = reinterpret_cast<CodeObject*>(a[0])->nFrees;
        if (isEval && nfree > 0) {
            return setError(&ExcTypeError,
                            "code object passed to eval() may not contain free variables");
        }
        if (!isEval && nfree == 0 && closure) {
            return setError(&ExcTypeError, "cannot use a closure with this code object");
        }
        if (!isEval && nfree > 0) {
            bool ok = closure && isTupleExact(closure) && tupleSize(closure) == nfree;
            for (ssize i = 0; ok && i < nfree; i++) ok = isCell(tupleItem(closure, i));
            if (!ok) {
                return setError(&ExcTypeError,
                                "code object requires a closure of exactly length %d", nfree);
            }
            // Run it as a function over the given cells (PyEval_EvalCodeEx with a closure).
            Ref<> fn = Ref<>::steal(functionNew(a[0], globals));
            if (!fn) return nullptr;
            reinterpret_cast<FunctionObject*>(fn.get())->closure = newRef(closure);
            Ref<> r = Ref<>::steal(call(fn.get(), nullptr, 0));
            if (!r) return nullptr;
            return newNone();
        }
    } else if (closure) {
        return setError(&ExcTypeError,
                        "closure can only be used when source is a code object");
    } else {
        std::string src;
        if (!sourceText(a[0], fname, src)) return nullptr;
        if (isEval) {
            size_t start = src.find_first_not_of(" \t");
            src = start == std::string::npos ? std::string() : src.substr(start);
        }
        Ref<> filename = Ref<>::steal(strFromAscii("<string>"));
        code = Ref<>::steal(
            compileSource(src, filename.get(), isEval ? CompileMode::Eval : CompileMode::Exec,
                          isStr(a[0]) ? kPyCfSourceIsUtf8 : 0));
        if (!code) return nullptr;
    }
    Ref<> r = Ref<>::steal(evalCode(code.get(), globals, locals));
    if (!r) return nullptr;
    if (isEval) return r.release();
    return newNone();
}

Object* builtinEval(Object*, Args a, size_t n, Object* k) {
    return evalOrExec("eval", a, n, k, true);
}
Object* builtinExec(Object*, Args a, size_t n, Object* k) {
    return evalOrExec("exec", a, n, k, false);
}

Object* builtinFormat(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"value", "format_spec"};
    Object* a[2] = {};
    if (!checkNoKwargs("format", kwnames) || !checkArgCount("format", nargs, 1, 2)) return nullptr;
    (void)kNames;
    for (size_t i = 0; i < nargs; i++) a[i] = args[i];
    if (a[1] && !isStr(a[1])) {
        return setError(&ExcTypeError, "format() argument 2 must be str, not %T", a[1]);
    }
    return format(a[0], a[1]);
}

Object* builtinGlobals(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("globals", kwnames)) return nullptr;
    if (nargs) return setError(&ExcTypeError, "globals() takes no arguments (%zu given)", nargs);
    return newRef(currentGlobals());
}

Object* builtinLocals(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("locals", kwnames)) return nullptr;
    if (nargs) return setError(&ExcTypeError, "locals() takes no arguments (%zu given)", nargs);
    return currentLocals();
}

Object* builtinHash(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkOneArg("hash", nargs, kwnames)) return nullptr;
    hash_t h = hash(args[0]);
    if (h == -1 && errOccurred()) return nullptr;
    return intFromInt64(h);
}

Object* builtinId(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkOneArg("id", nargs, kwnames)) return nullptr;
    return intFromUint64(static_cast<uint64_t>(reinterpret_cast<uintptr_t>(args[0])));
}

Object* builtinInput(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("input", kwnames) || !checkArgCount("input", nargs, 0, 1)) return nullptr;
    Object* in = sysAttr("stdin");
    Object* out = sysAttr("stdout");
    Object* err = sysAttr("stderr");
    if (!in || isNone(in)) return setError(&ExcRuntimeError, "input(): lost sys.stdin");
    if (!out || isNone(out)) return setError(&ExcRuntimeError, "input(): lost sys.stdout");
    if (err && !isNone(err)) {
        Ref<> r = Ref<>::steal(callMethod(err, "flush", nullptr, 0));
        if (!r) clearError();
    }
    if (nargs == 1) {
        Ref<> p = Ref<>::steal(str(args[0]));
        if (!p) return nullptr;
        Ref<> r = Ref<>::steal(writeText(out, p.get()));
        if (!r) return nullptr;
    }
    {
        Ref<> r = Ref<>::steal(callMethod(out, "flush", nullptr, 0));
        if (!r) clearError();
    }
    Ref<> line = Ref<>::steal(callMethod(in, "readline", nullptr, 0));
    if (!line) return nullptr;
    if (!isStr(line.get())) return setError(&ExcTypeError, "object.readline() returned non-string");
    ssize n = strLength(line.get());
    if (n == 0) return setError(&ExcEOFError, "EOF when reading a line");
    if (strCharAt(line.get(), n - 1) == '\n') return strSubstring(line.get(), 0, n - 1);
    return line.release();
}

Object* builtinIsinstance(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("isinstance", kwnames) || !checkArgCount("isinstance", nargs, 2, 2))
        return nullptr;
    int r = isInstance(args[0], args[1]);
    if (r < 0) return nullptr;
    return newBool(r);
}

Object* builtinIssubclass(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("issubclass", kwnames) || !checkArgCount("issubclass", nargs, 2, 2))
        return nullptr;
    int r = isSubclass(args[0], args[1]);
    if (r < 0) return nullptr;
    return newBool(r);
}

Object* builtinIter(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("iter", kwnames) || !checkArgCount("iter", nargs, 1, 2)) return nullptr;
    if (nargs == 1) return getIter(args[0]);
    if (!isCallable(args[0])) return setError(&ExcTypeError, "iter(v, w): v must be callable");
    return callIterNew(args[0], args[1]);
}

Object* builtinNext(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("next", kwnames) || !checkArgCount("next", nargs, 1, 2)) return nullptr;
    Object* it = args[0];
    if (!it->type->iterNext) return setError(&ExcTypeError, "'%T' object is not an iterator", it);
    Object* r;
    if (it->type->flags & kTypeHeap) {
        // A class's __next__ is called directly so the StopIteration it raises (with its
        // args/value) is what next() propagates, as CPython.
        bool missing = false;
        r = callSpecial(it, strIntern("__next__"), nullptr, 0, &missing);
        if (missing) r = it->type->iterNext(it);
    } else {
        r = it->type->iterNext(it);
    }
    if (r) return r;
    if (errOccurred()) {
        if (nargs == 2 && errMatches(&ExcStopIteration)) {
            clearError();
            return newRef(args[1]);
        }
        return nullptr;
    }
    if (nargs == 2) return newRef(args[1]);
    return setErrorObject(&ExcStopIteration, nullptr);
}

Object* minMax(const char* fname, Args args, size_t nargs, Object* kwnames, CompareOp op) {
    Object* key = nullptr;
    Object* deflt = nullptr;
    size_t nkw = kwCount(kwnames);
    if (nkw > 2) {
        return setError(&ExcTypeError, "%s() takes at most 2 keyword arguments (%zu given)", fname,
                        nkw);
    }
    for (size_t i = 0; i < nkw; i++) {
        Object* k = tupleItem(kwnames, static_cast<ssize>(i));
        if (strEqualsAscii(k, "key"))
            key = args[nargs + i];
        else if (strEqualsAscii(k, "default"))
            deflt = args[nargs + i];
        else
            return setError(&ExcTypeError, "'%U' is an invalid keyword argument for %s()", k,
                            fname);
    }
    if (key && isNone(key)) key = nullptr;
    if (nargs == 0) return setError(&ExcTypeError, "%s expected at least 1 argument, got 0", fname);
    Ref<> it;
    if (nargs == 1) {
        it = Ref<>::steal(getIter(args[0]));
    } else {
        if (deflt) {
            return setError(&ExcTypeError,
                            "Cannot specify a default for %s() with multiple positional arguments",
                            fname);
        }
        Ref<> t = Ref<>::steal(tupleFromArray(args, static_cast<ssize>(nargs)));
        if (!t) return nullptr;
        it = Ref<>::steal(getIter(t.get()));
    }
    if (!it) return nullptr;
    Ref<> best, bestKey;
    for (;;) {
        Ref<> item = Ref<>::steal(iterNext(it.get()));
        if (!item) {
            if (errOccurred()) return nullptr;
            break;
        }
        Ref<> k = key ? Ref<>::steal(callOneArg(key, item.get())) : item;
        if (!k) return nullptr;
        if (!best) {
            best = item;
            bestKey = k;
            continue;
        }
        int c = richCompareBool(k.get(), bestKey.get(), op);
        if (c < 0) return nullptr;
        if (c) {
            best = item;
            bestKey = k;
        }
    }
    if (!best) {
        if (deflt) return newRef(deflt);
        return setError(&ExcValueError, "%s() arg is an empty sequence", fname);
    }
    return best.release();
}

Object* builtinMax(Object*, Args a, size_t n, Object* k) {
    return minMax("max", a, n, k, CompareOp::Gt);
}
Object* builtinMin(Object*, Args a, size_t n, Object* k) {
    return minMax("min", a, n, k, CompareOp::Lt);
}

Object* builtinPow(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"base", "exp", "mod"};
    Object* a[3] = {};
    if (!parseArgs("pow", args, nargs, kwnames, kNames, 3, 2, a)) return nullptr;
    return power(a[0], a[1], a[2] ? a[2] : none());
}

Object* builtinRound(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"number", "ndigits"};
    Object* a[2] = {};
    if (!parseArgs("round", args, nargs, kwnames, kNames, 2, 1, a)) return nullptr;
    bool missing = false;
    Object* r;
    if (a[1] && !isNone(a[1])) {
        r = callSpecial(a[0], KRAIT_STR(__round__), &a[1], 1, &missing);
    } else {
        r = callSpecial(a[0], KRAIT_STR(__round__), nullptr, 0, &missing);
    }
    if (!r && missing && !errOccurred()) {
        return setError(&ExcTypeError, "type %s doesn't define __round__ method",
                        typeName(a[0]->type));
    }
    return r;
}

Object* builtinSorted(Object*, Args args, size_t nargs, Object* kwnames) {
    if (nargs != 1) {
        return setError(&ExcTypeError,
                        nargs == 0 ? "sorted expected 1 argument, got 0"
                                   : "sorted expected 1 argument, got %zd",
                        static_cast<ssize>(nargs));
    }
    Ref<> list = Ref<>::steal(sequenceList(args[0]));
    if (!list) return nullptr;
    Object* key = nullptr;
    Object* reverse = nullptr;
    size_t nkw = kwCount(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        Object* k = tupleItem(kwnames, static_cast<ssize>(i));
        if (strEqualsAscii(k, "key"))
            key = args[nargs + i];
        else if (strEqualsAscii(k, "reverse"))
            reverse = args[nargs + i];
        else
            return setError(&ExcTypeError, "'%U' is an invalid keyword argument for sort()", k);
    }
    bool rev = false;
    if (reverse) {
        // list.sort() converts reverse with the "i" format (an int, not any truth value).
        if (isFloat(reverse) || !isIndex(reverse)) {
            return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer",
                            reverse);
        }
        int t = isTrue(reverse);
        if (t < 0) return nullptr;
        rev = t;
    }
    if (listSort(list.get(), key && !isNone(key) ? key : nullptr, rev) < 0) return nullptr;
    return list.release();
}

Object* builtinSum(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"iterable", "start"};
    Object* a[2] = {};
    if (!parseArgs("sum", args, nargs, kwnames, kNames, 2, 1, a, 1)) return nullptr;
    Object* start = a[1];
    if (start) {
        if (isStr(start))
            return setError(&ExcTypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        if (isBytes(start))
            return setError(&ExcTypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        if (isByteArray(start))
            return setError(&ExcTypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    Ref<> it = Ref<>::steal(getIter(a[0]));
    if (!it) return nullptr;
    Ref<> total = start ? Ref<>::borrow(start) : Ref<>::steal(intFromInt64(0));
    // Fast path: exact ints that fit in int64.
    if (isIntExact(total.get()) && intIsSmall(total.get())) {
        int64_t acc = asInt(total.get())->value;
        for (;;) {
            Ref<> item = Ref<>::steal(iterNext(it.get()));
            if (!item) {
                if (errOccurred()) return nullptr;
                return intFromInt64(acc);
            }
            int64_t v;
            if (isIntExact(item.get()) && intIsSmall(item.get()) &&
                !__builtin_add_overflow(acc, asInt(item.get())->value, &v)) {
                acc = v;
                continue;
            }
            Ref<> accObj = Ref<>::steal(intFromInt64(acc));
            if (!accObj) return nullptr;
            total = Ref<>::steal(binaryOp(accObj.get(), item.get(), BinOp::Add));
            if (!total) return nullptr;
            break;
        }
    }
    // Floats: plain double addition as CPython 3.11.
    if (isFloatExact(total.get())) {
        double acc = floatValue(total.get());
        for (;;) {
            Ref<> item = Ref<>::steal(iterNext(it.get()));
            if (!item) {
                if (errOccurred()) return nullptr;
                return floatFromDouble(acc);
            }
            if (isFloatExact(item.get())) {
                acc += floatValue(item.get());
                continue;
            }
            if (isIntExact(item.get()) && intIsSmall(item.get())) {
                acc += static_cast<double>(asInt(item.get())->value);
                continue;
            }
            Ref<> accObj = Ref<>::steal(floatFromDouble(acc));
            if (!accObj) return nullptr;
            total = Ref<>::steal(binaryOp(accObj.get(), item.get(), BinOp::Add));
            if (!total) return nullptr;
            break;
        }
    }
    for (;;) {
        Ref<> item = Ref<>::steal(iterNext(it.get()));
        if (!item) {
            if (errOccurred()) return nullptr;
            return total.release();
        }
        total = Ref<>::steal(binaryOp(total.get(), item.get(), BinOp::Add));
        if (!total) return nullptr;
    }
}

Object* builtinVars(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("vars", kwnames) || !checkArgCount("vars", nargs, 0, 1)) return nullptr;
    if (nargs == 0) return currentLocals();
    Object* d = lookupAttr(args[0], KRAIT_STR(__dict__));
    if (!d && !errOccurred())
        return setError(&ExcTypeError, "vars() argument must have __dict__ attribute");
    return d;
}

Object* builtinImport(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"name", "globals", "locals", "fromlist", "level"};
    Object* a[5] = {};
    if (!parseArgs("__import__", args, nargs, kwnames, kNames, 5, 1, a)) return nullptr;
    if (!isStr(a[0])) return setError(&ExcTypeError, "module name must be a string");
    int64_t level = 0;
    if (a[4] && !intAsInt64(a[4], &level)) return nullptr;
    if (level < 0) return setError(&ExcValueError, "level must be >= 0");
    return importName(a[0], a[1] && !isNone(a[1]) ? a[1] : nullptr, a[3] ? a[3] : none(),
                      static_cast<int>(level));
}

// breakpoint(*args, **kws): sys.breakpointhook(*args, **kws).
Object* builtinBreakpoint(Object*, Args args, size_t nargs, Object* kwnames) {
    Object* hook = dictGetItemStr(currentInterp()->sysDict, "breakpointhook");
    if (!hook) return setError(&ExcRuntimeError, "lost sys.breakpointhook");
    Ref<> keep = Ref<>::borrow(hook);
    return call(hook, args, nargs, kwnames);
}

Object* builtinAiter(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkOneArg("aiter", nargs, kwnames)) return nullptr;
    Object* o = args[0];
    if (!o->type->aiter) return setError(&ExcTypeError, "'%T' object is not an async iterable", o);
    return o->type->aiter(o);
}

// anext(it, default): an awaitable over it.__anext__() that turns StopAsyncIteration into
// returning `default` (CPython's anext_awaitable).
struct AnextAwaitableObject {
    Object ob;
    Object* wrapped;  // the awaitable returned by __anext__
    Object* deflt;
    Object* iter;  // its await iterator, created on first use
};

AnextAwaitableObject* asAnext(Object* o) { return reinterpret_cast<AnextAwaitableObject*>(o); }

// Replaces a StopAsyncIteration being raised by StopIteration(default).
Object* anextConvert(AnextAwaitableObject* a, Object* result) {
    if (result || !errMatches(&ExcStopAsyncIteration)) return result;
    clearError();
    Ref<> args = Ref<>::steal(tuplePack({a->deflt}));
    if (!args) return nullptr;
    Ref<> exc = Ref<>::steal(newException(&ExcStopIteration, args.get()));
    if (exc) setErrorObject(&ExcStopIteration, exc.get());
    return nullptr;
}

bool anextIter(AnextAwaitableObject* a) {
    if (a->iter) return true;
    a->iter = getAwaitableIter(a->wrapped);
    return a->iter != nullptr;
}

// One step of the wrapped awaitable. A StopIteration carrying the result is left set for the
// awaiting frame. A coroutine (what an `async def __anext__` returns) is its own await
// iterator but has no __next__, so it is stepped with send(None).
Object* anextIterNext(Object* self) {
    AnextAwaitableObject* a = asAnext(self);
    if (!anextIter(a)) return nullptr;
    Object* r;
    if (a->iter->type->iterNext) {
        r = a->iter->type->iterNext(a->iter);
    } else {
        Object* arg = none();
        r = callMethod(a->iter, "send", &arg, 1);
    }
    if (!r && !errOccurred()) return nullptr;
    return anextConvert(a, r);
}

Object* anextProxy(Object* self, const char* name, Args args, size_t nargs) {
    AnextAwaitableObject* a = asAnext(self);
    if (!anextIter(a)) return nullptr;
    return anextConvert(a, callMethod(a->iter, name, args, nargs));
}

Object* anextSend(Object* self, Args args, size_t nargs, Object*) {
    return anextProxy(self, "send", args, nargs);
}
Object* anextThrow(Object* self, Args args, size_t nargs, Object*) {
    return anextProxy(self, "throw", args, nargs);
}
Object* anextClose(Object* self, Args args, size_t nargs, Object*) {
    return anextProxy(self, "close", args, nargs);
}

void anextDealloc(Object* self) {
    AnextAwaitableObject* a = asAnext(self);
    clearRef(a->wrapped);
    clearRef(a->deflt);
    clearRef(a->iter);
    freeObject(self);
}

void anextTraverse(Object* self, VisitFn visit, void* arg) {
    AnextAwaitableObject* a = asAnext(self);
    if (a->wrapped) visit(a->wrapped, arg);
    if (a->deflt) visit(a->deflt, arg);
    if (a->iter) visit(a->iter, arg);
}

void anextClear(Object* self) {
    AnextAwaitableObject* a = asAnext(self);
    clearRef(a->wrapped);
    clearRef(a->deflt);
    clearRef(a->iter);
}

const MethodDef kAnextMethods[] = {
    {"send", anextSend, 0, nullptr},
    {"throw", anextThrow, 0, nullptr},
    {"close", anextClose, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Type AnextAwaitableType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "anext_awaitable",
    .basicSize = sizeof(AnextAwaitableObject),
    .flags = kTypeHaveGC,
    .methods = kAnextMethods,
    .dealloc = anextDealloc,
    .traverse = anextTraverse,
    .clear = anextClear,
    .iter = selfIterSlot,
    .iterNext = anextIterNext,
    .await_ = selfIterSlot,
};

Object* builtinAnext(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("anext", kwnames) || !checkArgCount("anext", nargs, 1, 2)) return nullptr;
    Object* o = args[0];
    if (!o->type->anext) return setError(&ExcTypeError, "'%T' object is not an async iterator", o);
    Ref<> awaitable = Ref<>::steal(o->type->anext(o));
    if (!awaitable || nargs == 1) return awaitable.release();
    if (!typeReady(&AnextAwaitableType)) return nullptr;
    Object* r = allocObject(&AnextAwaitableType);
    if (!r) return nullptr;
    asAnext(r)->wrapped = awaitable.release();
    asAnext(r)->deflt = newRef(args[1]);
    return r;
}

const MethodDef kBuiltinMethods[] = {
    {"__build_class__", buildClass, 0,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"__import__", builtinImport, 0, "Import a module."},
    {"abs", builtinAbs, 0, "Return the absolute value of the argument."},
    {"aiter", builtinAiter, 0, "Return an AsyncIterator for an AsyncIterable object."},
    {"all", builtinAll, 0, "Return True if bool(x) is True for all values x in the iterable."},
    {"anext", builtinAnext, 0, "Return the next item from the async iterator."},
    {"any", builtinAny, 0, "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", builtinAscii, 0, "Return an ASCII-only representation of an object."},
    {"bin", builtinBin, 0, "Return the binary representation of an integer."},
    {"breakpoint", builtinBreakpoint, 0, "Call sys.breakpointhook(*args, **kws)."},
    {"callable", builtinCallable, 0, "Return whether the object is callable."},
    {"chr", builtinChr, 0, "Return a Unicode string of one character with ordinal i."},
    {"compile", builtinCompile, 0, "Compile source into a code object."},
    {"delattr", builtinDelattr, 0, "Deletes the named attribute from the given object."},
    {"dir", builtinDir, 0, "Show attributes of an object."},
    {"divmod", builtinDivmod, 0, "Return the tuple (x//y, x%y)."},
    {"eval", builtinEval, 0, "Evaluate the given source in the context of globals and locals."},
    {"exec", builtinExec, 0, "Execute the given source in the context of globals and locals."},
    {"format", builtinFormat, 0, "Return value.__format__(format_spec)"},
    {"getattr", builtinGetattr, 0, "Get a named attribute from an object."},
    {"globals", builtinGlobals, 0,
     "Return the dictionary containing the current scope's global variables."},
    {"hasattr", builtinHasattr, 0,
     "Return whether the object has an attribute with the given name."},
    {"hash", builtinHash, 0, "Return the hash value for the given object."},
    {"hex", builtinHex, 0, "Return the hexadecimal representation of an integer."},
    {"id", builtinId, 0, "Return the identity of an object."},
    {"input", builtinInput, 0, "Read a string from standard input."},
    {"isinstance", builtinIsinstance, 0,
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", builtinIssubclass, 0,
     "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", builtinIter, 0, "Get an iterator from an object."},
    {"len", builtinLen, 0, "Return the number of items in a container."},
    {"locals", builtinLocals, 0,
     "Return a dictionary containing the current scope's local variables."},
    {"max", builtinMax, 0, "With a single iterable argument, return its biggest item."},
    {"min", builtinMin, 0, "With a single iterable argument, return its smallest item."},
    {"next", builtinNext, 0, "Return the next item from the iterator."},
    {"oct", builtinOct, 0, "Return the octal representation of an integer."},
    {"open", builtinOpen, 0, "Open file and return a stream.  Raise OSError upon failure."},
    {"ord", builtinOrd, 0, "Return the Unicode code point for a one-character string."},
    {"pow", builtinPow, 0,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", builtinPrint, 0, "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", builtinRepr, 0, "Return the canonical string representation of the object."},
    {"round", builtinRound, 0, "Round a number to a given precision in decimal digits."},
    {"setattr", builtinSetattr, 0,
     "Sets the named attribute on the given object to the specified value."},
    {"sorted", builtinSorted, 0,
     "Return a new list containing all items from the iterable in ascending order."},
    {"sum", builtinSum, 0,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", builtinVars, 0, "Show vars."},
    {nullptr, nullptr, 0, nullptr},
};

// exit() / quit(): objects whose repr explains how to leave and whose call raises SystemExit.
struct QuitterObject {
    Object ob;
    const char* name;
};

Object* quitterRepr(Object* o) {
    auto* q = reinterpret_cast<QuitterObject*>(o);
    return strFormat("Use %s() or Ctrl-D (i.e. EOF) to exit", q->name);
}

// As site's Quitter.__call__(self, code=None): closes sys.stdin, then raises SystemExit(code).
Object* quitterCall(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    size_t nkw = kwCount(kwnames);
    if (nargs + nkw > 1) {
        return setError(&ExcTypeError,
                        "Quitter.__call__() takes from 1 to 2 positional arguments but %zu were "
                        "given",
                        nargs + nkw + 1);
    }
    if (nkw == 1 && !strEqualsAscii(tupleItem(kwnames, 0), "code")) {
        return setError(&ExcTypeError,
                        "Quitter.__call__() got an unexpected keyword argument '%U'",
                        tupleItem(kwnames, 0));
    }
    Object* code = nargs + nkw ? args[0] : none();
    Object* in = sysAttr("stdin");
    if (in && !isNone(in)) {
        Ref<> r = Ref<>::steal(callMethod(in, "close", nullptr, 0));
        if (!r) clearError();
    }
    Ref<> excArgs = Ref<>::steal(tuplePack({code}));
    if (!excArgs) return nullptr;
    Ref<> exc = Ref<>::steal(newException(&ExcSystemExit, excArgs.get()));
    if (!exc) return nullptr;
    return setErrorObject(&ExcSystemExit, exc.get());
}

Type QuitterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_sitebuiltins.Quitter",
    .basicSize = sizeof(QuitterObject),
    .repr = quitterRepr,
    .call = quitterCall,
};

QuitterObject gExit = {{kImmortalRefcnt, &QuitterType}, "exit"};
QuitterObject gQuit = {{kImmortalRefcnt, &QuitterType}, "quit"};

// copyright / credits / license: objects whose repr is their text (or, for long texts, a
// hint) and whose call prints the text 23 lines at a time, as site's _Printer.
struct PrinterObject {
    Object ob;
    const char* name;
    const char* text;
    bool licenseFile;  // the text is LICENSE.txt of the standard library when readable
};

constexpr int kPrinterPageLines = 23;

std::vector<std::string> printerLines(PrinterObject* p) {
    std::string data;
    if (p->licenseFile) {
        int err = 0;
        if (!platform::readFile(std::string(KRAIT_STDLIB_DIR) + "/LICENSE.txt", data, &err))
            data.clear();
    }
    if (data.empty()) data = p->text;
    std::vector<std::string> lines;
    size_t start = 0;
    for (;;) {
        size_t nl = data.find('\n', start);
        if (nl == std::string::npos) {
            lines.push_back(data.substr(start));
            break;
        }
        lines.push_back(data.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

Object* printerRepr(Object* o) {
    auto* p = reinterpret_cast<PrinterObject*>(o);
    std::vector<std::string> lines = printerLines(p);
    if (lines.size() > static_cast<size_t>(kPrinterPageLines)) {
        return strFormat("Type %s() to see the full %s text", p->name, p->name);
    }
    std::string out;
    for (size_t i = 0; i < lines.size(); i++) {
        if (i) out += '\n';
        out += lines[i];
    }
    return strFromUtf8(out);
}

Object* printerCall(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    auto* p = reinterpret_cast<PrinterObject*>(o);
    if (!checkNoKwargs(p->name, kwnames) || !checkArgCount(p->name, nargs, 0, 0)) return nullptr;
    std::vector<std::string> lines = printerLines(p);
    size_t lineno = 0;
    for (;;) {
        for (size_t i = lineno; i < lineno + kPrinterPageLines; i++) {
            if (i >= lines.size()) return newNone();
            Ref<> line = Ref<>::steal(strFromUtf8(lines[i]));
            if (!line) return nullptr;
            Object* arg = line.get();
            Ref<> r = Ref<>::steal(builtinPrint(nullptr, &arg, 1, nullptr));
            if (!r) return nullptr;
        }
        lineno += kPrinterPageLines;
        for (;;) {
            Ref<> prompt =
                Ref<>::steal(strFromAscii("Hit Return for more, or q (and Return) to quit: "));
            if (!prompt) return nullptr;
            Object* arg = prompt.get();
            Ref<> key = Ref<>::steal(builtinInput(nullptr, &arg, 1, nullptr));
            if (!key) return nullptr;
            if (strEqualsAscii(key.get(), "q")) return newNone();
            if (strEqualsAscii(key.get(), "")) break;
        }
    }
}

Type PrinterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_sitebuiltins._Printer",
    .basicSize = sizeof(PrinterObject),
    .doc =
        "interactive prompt objects for printing the license text, a list of\n"
        "    contributors and the copyright notice.",
    .repr = printerRepr,
    .call = printerCall,
};

PrinterObject gCopyright = {
    {kImmortalRefcnt, &PrinterType},
    "copyright",
    "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
    "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
    "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights "
    "Reserved.\n\n"
    "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.",
    false};
PrinterObject gCredits = {
    {kImmortalRefcnt, &PrinterType},
    "credits",
    "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
    "    for supporting Python development.  See www.python.org for more information.",
    false};
PrinterObject gLicense = {
    {kImmortalRefcnt, &PrinterType}, "license", "See https://www.python.org/psf/license/", true};

// help: repr explains itself; calling it defers to pydoc.help as site's _Helper.
Object* helperRepr(Object*) {
    return strFromAscii("Type help() for interactive help, or help(object) for help about object.");
}

// help(obj) when pydoc cannot be imported: the object's name and doc string.
Object* simpleHelp(Object* obj) {
    std::string text = "Help on ";
    Ref<> name = Ref<>::steal(lookupAttr(obj, KRAIT_STR(__name__)));
    if (!name && errOccurred()) return nullptr;
    if (name && isStr(name.get())) {
        text += obj->type == &BuiltinFunctionType ? "built-in function"
                : obj->type == &FunctionType      ? "function"
                : isType(obj)                     ? "class"
                : obj->type == &ModuleType        ? "module"
                                                  : typeName(obj->type);
        text += " ";
        text += strView(name.get());
    } else {
        text += typeName(obj->type);
        text += " object";
    }
    text += ":\n";
    Ref<> doc = Ref<>::steal(lookupAttr(obj, KRAIT_STR(__doc__)));
    if (!doc && errOccurred()) return nullptr;
    std::string body = doc && isStr(doc.get()) ? strToStd(doc.get()) : "(no documentation)";
    size_t start = 0;
    while (start <= body.size()) {
        size_t nl = body.find('\n', start);
        if (nl == std::string::npos) nl = body.size();
        text += "\n    ";
        text += body.substr(start, nl - start);
        start = nl + 1;
    }
    text += "\n";
    Ref<> out = Ref<>::steal(strFromUtf8(text));
    if (!out) return nullptr;
    Object* arg = out.get();
    return builtinPrint(nullptr, &arg, 1, nullptr);
}

Object* helperCall(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Ref<> pydoc = Ref<>::steal(importModule("pydoc"));
    if (!pydoc) {
        if (nargs != 1 || kwCount(kwnames) != 0 || !errMatches(&ExcImportError)) return nullptr;
        clearError();
        return simpleHelp(args[0]);
    }
    Ref<> help = Ref<>::steal(getAttr(pydoc.get(), "help"));
    if (!help) return nullptr;
    return call(help.get(), args, nargs, kwnames);
}

Type HelperType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_sitebuiltins._Helper",
    .basicSize = sizeof(Object),
    .doc = "Define the builtin 'help'.",
    .repr = helperRepr,
    .call = helperCall,
};

Object gHelp = {kImmortalRefcnt, &HelperType};

bool addType(Object* m, const char* name, Type* t) {
    return moduleAddObject(m, name, newRef(asObject(t)));
}

}  // namespace

Object* createBuiltinsModule(InterpState*) {
    if (!typeReady(&QuitterType) || !typeReady(&PrinterType) || !typeReady(&HelperType) ||
        !readyFileTypes()) {
        return nullptr;
    }
    Ref<> m = Ref<>::steal(moduleNew("builtins"));
    if (!m) return nullptr;
    asModule(m.get())->state = newFileRegistry();
    asModule(m.get())->freeState = freeFileRegistry;
    if (!moduleAddFunctions(m.get(), kBuiltinMethods)) return nullptr;
    struct Named {
        const char* name;
        Type* type;
    };
    static const Named kTypes[] = {
        {"bool", &BoolType},
        {"bytearray", &ByteArrayType},
        {"bytes", &BytesType},
        {"classmethod", &ClassMethodType},
        {"complex", &ComplexType},
        {"dict", &DictType},
        {"enumerate", &EnumerateType},
        {"filter", &FilterType},
        {"float", &FloatType},
        {"frozenset", &FrozenSetType},
        {"int", &IntType},
        {"list", &ListType},
        {"map", &MapType}, {"memoryview", &MemoryViewType},
        {"object", &ObjectType},
        {"property", &PropertyType},
        {"range", &RangeType},
        {"reversed", &ReversedType},
        {"set", &SetType},
        {"slice", &SliceType},
        {"staticmethod", &StaticMethodType},
        {"str", &StrType},
        {"super", &SuperType},
        {"tuple", &TupleType},
        {"type", &TypeType},
        {"zip", &ZipType},
        {"BaseException", &BaseExceptionType},
#define KRAIT_EXCEPTION(name, base, layout) {#name, &Exc##name},
#include "core/exceptions.def"
#undef KRAIT_EXCEPTION
        {"EnvironmentError", &ExcOSError},
        {"IOError", &ExcOSError},
    };
    for (const Named& n : kTypes) {
        if (!addType(m.get(), n.name, n.type)) return nullptr;
    }
    if (!moduleAddObject(m.get(), "None", newNone()) ||
        !moduleAddObject(m.get(), "Ellipsis", newRef(ellipsis())) ||
        !moduleAddObject(m.get(), "NotImplemented", newNotImplemented()) ||
        !moduleAddObject(m.get(), "True", newBool(true)) ||
        !moduleAddObject(m.get(), "False", newBool(false)) ||
        !moduleAddObject(m.get(), "__debug__", newBool(true)) ||
        !moduleAddObject(m.get(), "exit", newRef(&gExit.ob)) ||
        !moduleAddObject(m.get(), "quit", newRef(&gQuit.ob)) ||
        !moduleAddObject(m.get(), "copyright", newRef(&gCopyright.ob)) ||
        !moduleAddObject(m.get(), "credits", newRef(&gCredits.ob)) ||
        !moduleAddObject(m.get(), "license", newRef(&gLicense.ob)) ||
        !moduleAddObject(m.get(), "help", newRef(&gHelp)) ||
        !moduleAddString(
            m.get(), "__doc__",
            "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is "
            "the `nil' object; Ellipsis represents `...' in slices.")) {
        return nullptr;
    }
    return m.release();
}

bool isBuiltinImportFunction(Object* o) {
    return isBuiltinFunction(o) &&
           reinterpret_cast<BuiltinFunctionObject*>(o)->def->fn == &builtinImport;
}

}  // namespace krait
