// The sys module: interpreter configuration and state as CPython 3.11 exposes it.
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/eval_internal.h"
#include "interp/eval.h"
#include "interp/frame.h"
#include "interp/code_cache.h"
#include "interp/import.h"
#include "interp/traceback_print.h"
#include "interp/warnings.h"
#include "modules/modules.h"
#include "modules/sys_streams.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/bytes.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/number_internal.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/seq_util.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "platform/platform.h"
#include "core/gil.h"

namespace krait {

namespace {

constexpr const char* kVersion = "3.11.2 (main, Jan  1 2024, 00:00:00) [Krait]";
constexpr int64_t kHexVersion = 0x030B02F0;

// Mutable state of the sys module, owned by the module object (ModuleObject::state).
struct SysState {
    int intMaxStrDigits = 4300;
    int64_t coroOriginDepth = 0;
    int64_t dlopenFlags = 2;   // RTLD_NOW, CPython's default on Linux
    Object* trace = nullptr;
    Object* profile = nullptr;
};

void freeSysState(void* p) {
    SysState* s = static_cast<SysState*>(p);
    xdecref(s->trace);
    xdecref(s->profile);
    delete s;
}

SysState* sysState() {
    ThreadState* ts = currentThread();
    if (!ts || !ts->interp->sysModule) return nullptr;
    return static_cast<SysState*>(asModule(ts->interp->sysModule)->state);
}

// ---------------------------------------------------------------------------------------------
// Struct sequences (objects/structseq.h): version_info, flags, float_info...

const MemberDef kVersionInfoFields[] = {
    KRAIT_STRUCTSEQ_FIELD(0, "major", nullptr),
    KRAIT_STRUCTSEQ_FIELD(1, "minor", nullptr),
    KRAIT_STRUCTSEQ_FIELD(2, "micro", nullptr),
    KRAIT_STRUCTSEQ_FIELD(3, "releaselevel", nullptr),
    KRAIT_STRUCTSEQ_FIELD(4, "serial", nullptr),
    KRAIT_STRUCTSEQ_END,
};

const MemberDef kFlagsFields[] = {
    KRAIT_STRUCTSEQ_FIELD(0, "debug", nullptr),
    KRAIT_STRUCTSEQ_FIELD(1, "inspect", nullptr),
    KRAIT_STRUCTSEQ_FIELD(2, "interactive", nullptr),
    KRAIT_STRUCTSEQ_FIELD(3, "optimize", nullptr),
    KRAIT_STRUCTSEQ_FIELD(4, "dont_write_bytecode", nullptr),
    KRAIT_STRUCTSEQ_FIELD(5, "no_user_site", nullptr),
    KRAIT_STRUCTSEQ_FIELD(6, "no_site", nullptr),
    KRAIT_STRUCTSEQ_FIELD(7, "ignore_environment", nullptr),
    KRAIT_STRUCTSEQ_FIELD(8, "verbose", nullptr),
    KRAIT_STRUCTSEQ_FIELD(9, "bytes_warning", nullptr),
    KRAIT_STRUCTSEQ_FIELD(10, "quiet", nullptr),
    KRAIT_STRUCTSEQ_FIELD(11, "hash_randomization", nullptr),
    KRAIT_STRUCTSEQ_FIELD(12, "isolated", nullptr),
    KRAIT_STRUCTSEQ_FIELD(13, "dev_mode", nullptr),
    KRAIT_STRUCTSEQ_FIELD(14, "utf8_mode", nullptr),
    KRAIT_STRUCTSEQ_FIELD(15, "warn_default_encoding", nullptr),
    KRAIT_STRUCTSEQ_FIELD(16, "safe_path", nullptr),
    KRAIT_STRUCTSEQ_FIELD(17, "int_max_str_digits", nullptr),
    KRAIT_STRUCTSEQ_END,
};

const MemberDef kFloatInfoFields[] = {
    KRAIT_STRUCTSEQ_FIELD(0, "max", nullptr),
    KRAIT_STRUCTSEQ_FIELD(1, "max_exp", nullptr),
    KRAIT_STRUCTSEQ_FIELD(2, "max_10_exp", nullptr),
    KRAIT_STRUCTSEQ_FIELD(3, "min", nullptr),
    KRAIT_STRUCTSEQ_FIELD(4, "min_exp", nullptr),
    KRAIT_STRUCTSEQ_FIELD(5, "min_10_exp", nullptr),
    KRAIT_STRUCTSEQ_FIELD(6, "dig", nullptr),
    KRAIT_STRUCTSEQ_FIELD(7, "mant_dig", nullptr),
    KRAIT_STRUCTSEQ_FIELD(8, "epsilon", nullptr),
    KRAIT_STRUCTSEQ_FIELD(9, "radix", nullptr),
    KRAIT_STRUCTSEQ_FIELD(10, "rounds", nullptr),
    KRAIT_STRUCTSEQ_END,
};

const MemberDef kIntInfoFields[] = {
    KRAIT_STRUCTSEQ_FIELD(0, "bits_per_digit", nullptr),
    KRAIT_STRUCTSEQ_FIELD(1, "sizeof_digit", nullptr),
    KRAIT_STRUCTSEQ_FIELD(2, "default_max_str_digits", nullptr),
    KRAIT_STRUCTSEQ_FIELD(3, "str_digits_check_threshold", nullptr),
    KRAIT_STRUCTSEQ_END,
};

const MemberDef kHashInfoFields[] = {
    KRAIT_STRUCTSEQ_FIELD(0, "width", nullptr),
    KRAIT_STRUCTSEQ_FIELD(1, "modulus", nullptr),
    KRAIT_STRUCTSEQ_FIELD(2, "inf", nullptr),
    KRAIT_STRUCTSEQ_FIELD(3, "nan", nullptr),
    KRAIT_STRUCTSEQ_FIELD(4, "imag", nullptr),
    KRAIT_STRUCTSEQ_FIELD(5, "algorithm", nullptr),
    KRAIT_STRUCTSEQ_FIELD(6, "hash_bits", nullptr),
    KRAIT_STRUCTSEQ_FIELD(7, "seed_bits", nullptr),
    KRAIT_STRUCTSEQ_FIELD(8, "cutoff", nullptr),
    KRAIT_STRUCTSEQ_END,
};

const MemberDef kThreadInfoFields[] = {
    KRAIT_STRUCTSEQ_FIELD(0, "name", nullptr),
    KRAIT_STRUCTSEQ_FIELD(1, "lock", nullptr),
    KRAIT_STRUCTSEQ_FIELD(2, "version", nullptr),
    KRAIT_STRUCTSEQ_END,
};

const MemberDef kUnraisableHookArgsFields[] = {
    KRAIT_STRUCTSEQ_FIELD(0, "exc_type", nullptr),
    KRAIT_STRUCTSEQ_FIELD(1, "exc_value", nullptr),
    KRAIT_STRUCTSEQ_FIELD(2, "exc_traceback", nullptr),
    KRAIT_STRUCTSEQ_FIELD(3, "err_msg", nullptr),
    KRAIT_STRUCTSEQ_FIELD(4, "object", nullptr),
    KRAIT_STRUCTSEQ_END,
};

const MemberDef kAsyncGenHooksFields[] = {
    KRAIT_STRUCTSEQ_FIELD(0, "firstiter", nullptr),
    KRAIT_STRUCTSEQ_FIELD(1, "finalizer", nullptr),
    KRAIT_STRUCTSEQ_END,
};

StructSeqType VersionInfoType =
    KRAIT_STRUCTSEQ_TYPE("sys.version_info", nullptr, kVersionInfoFields, 5, 5, 0, structSeqNoNew);
StructSeqType FlagsType =
    KRAIT_STRUCTSEQ_TYPE("sys.flags", nullptr, kFlagsFields, 18, 18, 0, structSeqNoNew);
StructSeqType FloatInfoType =
    KRAIT_STRUCTSEQ_TYPE("sys.float_info", nullptr, kFloatInfoFields, 11, 11, 0, structSeqNew);
StructSeqType IntInfoType =
    KRAIT_STRUCTSEQ_TYPE("sys.int_info", nullptr, kIntInfoFields, 4, 4, 0, structSeqNew);
StructSeqType HashInfoType =
    KRAIT_STRUCTSEQ_TYPE("sys.hash_info", nullptr, kHashInfoFields, 9, 9, 0, structSeqNew);
StructSeqType ThreadInfoType =
    KRAIT_STRUCTSEQ_TYPE("sys.thread_info", nullptr, kThreadInfoFields, 3, 3, 0, structSeqNew);
StructSeqType AsyncGenHooksType =
    KRAIT_STRUCTSEQ_TYPE("asyncgen_hooks", nullptr, kAsyncGenHooksFields, 2, 2, 0, structSeqNew);
StructSeqType UnraisableHookArgsType =
    KRAIT_STRUCTSEQ_TYPE("UnraisableHookArgs", nullptr, kUnraisableHookArgsFields, 5, 5, 0,
                         structSeqNew);

// ---------------------------------------------------------------------------------------------
// types.SimpleNamespace (also the type of sys.implementation).

extern Type SysNamespaceType;

struct NamespaceObject {
    Object ob;
    Object* dict;
};

Object* namespaceDictOf(Object* self) { return reinterpret_cast<NamespaceObject*>(self)->dict; }

// namespace(a=1, b=2); a subclass shows its own name; a recursive one "namespace(...)".
Object* namespaceRepr(Object* self) {
    std::string name = self->type == &SysNamespaceType ? "namespace" : self->type->name;
    if (size_t dot = name.rfind('.'); dot != std::string::npos) name = name.substr(dot + 1);
    int entered = reprEnter(self);
    if (entered < 0) return nullptr;
    if (entered > 0) return strFromUtf8(name + "(...)");
    Object* d = namespaceDictOf(self);
    std::string out = name + "(";
    ssize pos = 0;
    Object *k, *v;
    bool first = true;
    while (d && dictNext(d, &pos, &k, &v)) {
        if (!isStr(k) || strLength(k) == 0) continue;
        Ref<> r = Ref<>::steal(repr(v));
        if (!r) {
            reprLeave(self);
            return nullptr;
        }
        if (!first) out += ", ";
        first = false;
        out += strView(k);
        out += "=";
        out += strView(r.get());
    }
    reprLeave(self);
    out += ")";
    return strFromUtf8(out);
}

// __reduce__: (type(self), (), self.__dict__).
Object* namespaceReduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkArgCount("__reduce__", nargs, 0, 0) || !checkNoKwargs("__reduce__", kwnames))
        return nullptr;
    Ref<> empty = Ref<>::steal(tuplePack({}));
    if (!empty) return nullptr;
    return tuplePack({asObject(self->type), empty.get(), namespaceDictOf(self)});
}

const MethodDef kNamespaceMethods[] = {
    {"__reduce__", namespaceReduce, 0, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef kNamespaceMembers[] = {
    {"__dict__", MemberKind::ObjectReadOnly, offsetof(NamespaceObject, dict), nullptr},
    {nullptr, MemberKind::Object, 0, nullptr},
};

void namespaceDealloc(Object* self) {
    clearRef(reinterpret_cast<NamespaceObject*>(self)->dict);
    freeObject(self);
}

void namespaceTraverse(Object* self, VisitFn visit, void* arg) {
    Object* d = reinterpret_cast<NamespaceObject*>(self)->dict;
    if (d) visit(d, arg);
}

void namespaceClear(Object* self) { clearRef(reinterpret_cast<NamespaceObject*>(self)->dict); }

Object* namespaceNew(Type* t, Object*, Object*) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    reinterpret_cast<NamespaceObject*>(o)->dict = dictNew();
    if (!reinterpret_cast<NamespaceObject*>(o)->dict) {
        decref(o);
        return nullptr;
    }
    return o;
}

int namespaceInit(Object* self, Object* args, Object* kwargs) {
    if (tupleSize(args) > 0) {
        setError(&ExcTypeError, "no positional arguments expected");
        return -1;
    }
    if (kwargs) return dictUpdate(reinterpret_cast<NamespaceObject*>(self)->dict, kwargs);
    return 0;
}

Object* namespaceRichCompare(Object* a, Object* b, CompareOp op) {
    if ((op == CompareOp::Eq || op == CompareOp::Ne) && isInstanceOf(a, &SysNamespaceType) &&
        isInstanceOf(b, &SysNamespaceType)) {
        return richCompare(reinterpret_cast<NamespaceObject*>(a)->dict,
                           reinterpret_cast<NamespaceObject*>(b)->dict, op);
    }
    return newNotImplemented();
}

Type SysNamespaceType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "types.SimpleNamespace",
    .basicSize = sizeof(NamespaceObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
    .dictOffset = offsetof(NamespaceObject, dict),
    .methods = kNamespaceMethods,
    .members = kNamespaceMembers,
    .dealloc = namespaceDealloc,
    .traverse = namespaceTraverse,
    .clear = namespaceClear,
    .repr = namespaceRepr,
    .hash = hashNotImplemented,
    .richCompare = namespaceRichCompare,
    .getAttr = genericGetAttr,
    .setAttr = genericSetAttr,
    .new_ = namespaceNew,
    .init = namespaceInit,
};

// ---------------------------------------------------------------------------------------------
// Functions

using Args = Object* const*;

Object* sysExit(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("exit", kwnames) || !checkArgCount("exit", nargs, 0, 1)) return nullptr;
    return setErrorObject(&ExcSystemExit, nargs ? args[0] : nullptr);
}

Object* sysGetRecursionLimit(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("getrecursionlimit", nargs, 0, 0)) return nullptr;
    return intFromInt64(currentThread()->interp->recursionLimit);
}

Object* sysSetRecursionLimit(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("setrecursionlimit", kwnames) ||
        !checkArgCount("setrecursionlimit", nargs, 1, 1)) {
        return nullptr;
    }
    if (isFloat(args[0])) {
        return setError(&ExcTypeError, "'float' object cannot be interpreted as an integer");
    }
    int64_t n = 0;
    Ref<> idx = Ref<>::steal(numberIndex(args[0]));
    if (!idx) return nullptr;
    if (!intAsInt64(idx.get(), &n) || n > INT32_MAX) {
        clearError();
        return setError(&ExcOverflowError, "Python int too large to convert to C int");
    }
    if (n < 1) return setError(&ExcValueError, "recursion limit must be greater or equal than 1");
    ThreadState* ts = currentThread();
    // The depth as the limit check counts it, plus this call itself (CPython counts a call
    // of a METH_O builtin as a level).
    int depth = ts->pyDepth + ts->cppDepth - ts->evalDepth + 1;
    if (n <= depth) {
        return setError(&ExcRecursionError, "cannot set the recursion limit to %d at the "
                        "recursion depth %d: the limit is too low", int(n), depth);
    }
    ts->interp->recursionLimit = int(n);
    return newNone();
}

Object* sysGetRefCount(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("getrefcount", kwnames) || !checkArgCount("getrefcount", nargs, 1, 1)) {
        return nullptr;
    }
    return intFromInt64(int64_t(args[0]->refcnt));
}

int64_t dictSizeEstimate(Object* d) {
    ssize n = dictSize(d);
    if (n == 0) return 64;
    int64_t size = 8;
    while (size * 2 / 3 < n) size *= 2;
    bool allStr = true;
    ssize pos = 0;
    Object *k, *v;
    while (dictNext(d, &pos, &k, &v)) {
        if (!isStr(k)) {
            allStr = false;
            break;
        }
    }
    int64_t indexBytes = size <= 128 ? 1 : size <= 0x7fff ? 2 : 4;
    int64_t usable = size * 2 / 3;
    return 64 + 32 + size * indexBytes + usable * (allStr ? 16 : 24);
}

// CPython-like sizes of the common builtin objects.
int64_t objectSizeEstimate(Object* o, bool* ok) {
    *ok = true;
    Type* t = o->type;
    int64_t gc = (t->flags & kTypeHaveGC) ? 16 : 0;
    if (isInt(o)) {
        Ref<> bits = Ref<>::steal(callMethod(o, "bit_length", nullptr, 0));
        int64_t b = 0;
        if (!bits || !intAsInt64(bits.get(), &b)) {
            *ok = false;
            return 0;
        }
        int64_t digits = b == 0 ? 1 : (b + 29) / 30;
        return 24 + 4 * digits;
    }
    if (isStr(o)) {
        StrObject* s = asStr(o);
        int64_t n = s->length;
        if (s->ascii) return 49 + n;
        if (s->kind == 1) return 73 + n;
        if (s->kind == 2) return 74 + 2 * n;
        return 76 + 4 * n;
    }
    if (isBytes(o)) return 33 + bytesSize(o);
    if (isTuple(o)) return 24 + gc + 8 * int64_t(tupleSize(o));
    if (isList(o)) return 40 + gc + 8 * int64_t(asList(o)->allocated);
    if (isDict(o)) return dictSizeEstimate(o);
    if (isFloat(o)) return 24;
    if (isNone(o)) return 16;
    if (o->type == &SetType || o->type == &FrozenSetType) {
        ssize n = length(o);
        if (n < 0) {
            *ok = false;
            return 0;
        }
        int64_t table = 8;
        while (table * 3 <= int64_t(n) * 5) table *= 4;
        return 216 + (table > 8 ? table * 16 : 0);
    }
    return int64_t(t->basicSize) + gc;
}

Object* sysGetSizeOf(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"object", "default"};
    Object* a[2] = {nullptr, nullptr};
    if (!parseArgs("getsizeof", args, nargs, kwnames, kNames, 2, 1, a)) return nullptr;
    Object* o = a[0];
    Object* meth = typeLookup(o->type, "__sizeof__");
    Object* objMeth = typeLookup(&ObjectType, "__sizeof__");
    if (meth && meth != objMeth && isHeapType(o->type)) {
        bool missing = false;
        Ref<> r = Ref<>::steal(callSpecial(o, KRAIT_STR(__sizeof__), nullptr, 0, &missing));
        if (!r) {
            if (a[1] && errMatches(&ExcTypeError)) {
                clearError();
                return newRef(a[1]);
            }
            return nullptr;
        }
        if (!isInt(r.get())) {
            return setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                            typeName(r->type));
        }
        if (intSign(r.get()) < 0) return setError(&ExcValueError, "__sizeof__() should return >= 0");
        int64_t v = 0;
        if (!intAsInt64(r.get(), &v)) return nullptr;
        // CPython adds its GC header and, for classes with a managed __dict__, two more
        // pointers in front of the object.
        int64_t pre = (o->type->flags & kTypeHaveGC) ? 16 : 0;
        if (o->type->dictOffset) pre += 16;
        return intFromInt64(v + pre);
    }
    bool ok = true;
    int64_t size = objectSizeEstimate(o, &ok);
    if (!ok) return nullptr;
    return intFromInt64(size);
}

Object* sysIntern(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("intern", kwnames) || !checkArgCount("intern", nargs, 1, 1)) return nullptr;
    Object* s = args[0];
    if (!isStrExact(s)) {
        return setError(&ExcTypeError, "intern() argument must be str, not %s",
                        typeName(s->type));
    }
    Object* r = newRef(s);
    strInternInPlace(&r);
    return r;
}

// (type, value, traceback) of a handled exception, (None, None, None) for none.
Object* excInfoTriple(Object* e) {
    if (!e || isNone(e)) return tuplePack({none(), none(), none()});
    Object* tb = asExc(e)->traceback;
    return tuplePack({asObject(e->type), e, tb ? tb : none()});
}

Object* sysExcInfo(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("exc_info", nargs, 0, 0)) return nullptr;
    return excInfoTriple(currentHandledException());
}

Object* sysException(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("exception", nargs, 0, 0)) return nullptr;
    Object* e = currentHandledException();
    return newRef(e ? e : none());
}

Object* sysGetFrame(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_getframe", kwnames) || !checkArgCount("_getframe", nargs, 0, 1)) {
        return nullptr;
    }
    int64_t depth = 0;
    if (nargs == 1) {
        Ref<> idx = Ref<>::steal(numberIndex(args[0]));
        if (!idx) return nullptr;
        if (!intAsInt64(idx.get(), &depth)) return nullptr;
    }
    if (depth < 0) depth = 0;
    if (depth > INT32_MAX) return setError(&ExcValueError, "call stack is not deep enough");
    return getFrameObject(int(depth));
}

// {thread identifier: value(thread)} for every thread of the interpreter that is running
// Python code (the others wait for the GIL the caller holds): sys._current_frames() and
// sys._current_exceptions().
Object* perThreadDict(const char* fn, size_t nargs, Object* kwnames,
                      Object* (*value)(ThreadState*)) {
    if (!checkNoKwargs(fn, kwnames)) return nullptr;
    if (nargs != 0) {
        return setError(&ExcTypeError, "sys.%s() takes no arguments (%d given)", fn, int(nargs));
    }
    Ref<> result = Ref<>::steal(dictNew());
    if (!result) return nullptr;
    for (ThreadState* ts = currentInterp()->threadList; ts; ts = ts->nextThread) {
        if (!ts->currentFrame) continue;
        Ref<> key = Ref<>::steal(intFromUint64(ts->ident));
        if (!key) return nullptr;
        Ref<> v = Ref<>::steal(value(ts));
        if (!v || dictSetItem(result.get(), key.get(), v.get()) < 0) return nullptr;
    }
    return result.release();
}

// sys._current_frames(): each thread's innermost frame.
Object* sysCurrentFrames(Object*, Args, size_t nargs, Object* kwnames) {
    return perThreadDict("_current_frames", nargs, kwnames,
                         [](ThreadState* ts) { return frameGetObject(ts->currentFrame); });
}

// sys._current_exceptions(): the exception each thread is handling, as exc_info() triples.
Object* sysCurrentExceptions(Object*, Args, size_t nargs, Object* kwnames) {
    return perThreadDict("_current_exceptions", nargs, kwnames,
                         [](ThreadState* ts) { return excInfoTriple(topmostHandledException(ts)); });
}

Object* sysDisplayHook(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("displayhook", kwnames) || !checkArgCount("displayhook", nargs, 1, 1)) {
        return nullptr;
    }
    Object* o = args[0];
    if (isNone(o)) return newNone();
    InterpState* interp = currentThread()->interp;
    if (dictSetItemStr(interp->builtins, "_", none()) < 0) return nullptr;
    Object* out = dictGetItemStr(interp->sysDict, "stdout");
    if (!out || isNone(out)) return setError(&ExcRuntimeError, "lost sys.stdout");
    Ref<> text = Ref<>::steal(repr(o));
    if (!text) return nullptr;
    Object* t = text.get();
    Ref<> r = Ref<>::steal(callMethod(out, "write", &t, 1));
    if (!r) return nullptr;
    Ref<> nl = Ref<>::steal(strFromAscii("\n"));
    t = nl.get();
    r.reset(callMethod(out, "write", &t, 1));
    if (!r) return nullptr;
    if (dictSetItemStr(interp->builtins, "_", o) < 0) return nullptr;
    return newNone();
}

Object* sysExceptHook(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("excepthook", kwnames) || !checkArgCount("excepthook", nargs, 3, 3)) {
        return nullptr;
    }
    Object* value = args[1];
    Object* tb = args[2];
    if (isBaseException(value) && !isNone(tb) && !asExc(value)->traceback) {
        exceptionSetTraceback(value, newRef(tb));
    }
    if (!isBaseException(value)) {
        // CPython prints "TypeError: print_exception(): Exception expected for value, X found".
        Ref<> line = Ref<>::steal(strFormat("TypeError: print_exception(): Exception expected "
                                            "for value, %s found\n", typeName(value->type)));
        if (!line) return nullptr;
        Object* err = dictGetItemStr(currentThread()->interp->sysDict, "stderr");
        if (err && !isNone(err)) {
            Object* l = line.get();
            Object* r = callMethod(err, "write", &l, 1);
            if (!r) return nullptr;
            decref(r);
        }
        return newNone();
    }
    displayException(value, nullptr);
    return newNone();
}

Object* sysGetDefaultEncoding(Object*, Args, size_t, Object*) { return strFromAscii("utf-8"); }
Object* sysGetFsEncoding(Object*, Args, size_t, Object*) { return strFromAscii("utf-8"); }
Object* sysGetFsEncodeErrors(Object*, Args, size_t, Object*) {
    return strFromAscii("surrogateescape");
}

Object* sysGetIntMaxStrDigits(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("get_int_max_str_digits", nargs, 0, 0)) return nullptr;
    SysState* s = sysState();
    return intFromInt64(s ? s->intMaxStrDigits : 4300);
}

Object* sysSetIntMaxStrDigits(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"maxdigits"};
    Object* a[1] = {nullptr};
    if (!parseArgs("set_int_max_str_digits", args, nargs, kwnames, kNames, 1, 1, a)) {
        return nullptr;
    }
    Ref<> idx = Ref<>::steal(numberIndex(a[0]));
    if (!idx) return nullptr;
    int64_t v = 0;
    if (!intAsInt64(idx.get(), &v)) return nullptr;
    if (v != 0 && v < 640) {
        return setError(&ExcValueError, "maxdigits must be 0 or larger than %d", 640);
    }
    if (v > INT32_MAX) return setError(&ExcOverflowError, "Python int too large to convert to C int");
    if (SysState* s = sysState()) s->intMaxStrDigits = int(v);
    return newNone();
}

Object* sysGetSwitchInterval(Object*, Args, size_t, Object*) {
    return floatFromDouble(gilSwitchInterval(currentInterp()));
}

Object* sysSetSwitchInterval(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("setswitchinterval", kwnames) ||
        !checkArgCount("setswitchinterval", nargs, 1, 1)) {
        return nullptr;
    }
    double v = asDouble(args[0]);
    if (v == -1.0 && errOccurred()) return nullptr;
    if (!(v > 0.0)) return setError(&ExcValueError, "switch interval must be strictly positive");
    gilSetSwitchInterval(currentInterp(), v);
    return newNone();
}

Object* sysSetTrace(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("settrace", kwnames) || !checkArgCount("settrace", nargs, 1, 1)) {
        return nullptr;
    }
    if (SysState* s = sysState()) setRef(s->trace, isNone(args[0]) ? nullptr : newRef(args[0]));
    return newNone();
}

Object* sysGetTrace(Object*, Args, size_t, Object*) {
    SysState* s = sysState();
    return newRef(s && s->trace ? s->trace : none());
}

Object* sysSetProfile(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("setprofile", kwnames) || !checkArgCount("setprofile", nargs, 1, 1)) {
        return nullptr;
    }
    if (SysState* s = sysState()) {
        setRef(s->profile, isNone(args[0]) ? nullptr : newRef(args[0]));
    }
    return newNone();
}

Object* sysGetProfile(Object*, Args, size_t, Object*) {
    SysState* s = sysState();
    return newRef(s && s->profile ? s->profile : none());
}

// The default sys.unraisablehook(args): "Exception ignored in: obj" (or err_msg) and the
// exception with its traceback, on sys.stderr.
Object* sysUnraisableHook(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("unraisablehook", kwnames) ||
        !checkArgCount("unraisablehook", nargs, 1, 1)) {
        return nullptr;
    }
    Object* a = args[0];
    if (a->type != &UnraisableHookArgsType.type) {
        return setError(&ExcTypeError, "sys.unraisablehook argument type must be "
                        "UnraisableHookArgs");
    }
    Object* exc = tupleItem(a, 1);
    Object* msg = tupleItem(a, 3);
    Object* obj = tupleItem(a, 4);
    Ref<> line;
    if (!isNone(msg) || !isNone(obj)) {
        Ref<> m = isNone(msg) ? Ref<>::steal(strFromAscii("Exception ignored in"))
                              : Ref<>::borrow(msg);
        if (!m) return nullptr;
        if (isNone(obj)) {
            line = Ref<>::steal(strFormat("%S\n", m.get()));
        } else {
            Ref<> r = Ref<>::steal(repr(obj));
            if (!r) {
                clearError();
                r = Ref<>::steal(strFromAscii("<object repr() failed>"));
            }
            if (!r) return nullptr;
            line = Ref<>::steal(strFormat("%S: %S\n", m.get(), r.get()));
        }
        if (!line) return nullptr;
        Object* err = dictGetItemStr(currentInterp()->sysDict, "stderr");
        if (err && !isNone(err)) {
            Object* l = line.get();
            Ref<> w = Ref<>::steal(callMethod(err, "write", &l, 1));
            if (!w) clearError();
        }
    }
    if (!isNone(exc)) printException(exc);
    return newNone();
}

// The default sys.breakpointhook(*args, **kws): calls the callable $PYTHONBREAKPOINT names
// ("module.attr", or a builtin's name; default pdb.set_trace; "0" disables breakpoint()),
// warning and doing nothing when it cannot be imported, as CPython.
Object* sysBreakpointHook(Object*, Args args, size_t nargs, Object* kwnames) {
    const char* env = platform::getEnv("PYTHONBREAKPOINT");
    std::string target = env && *env ? env : "pdb.set_trace";
    if (target == "0") return newNone();
    size_t dot = target.rfind('.');
    bool importable = dot != 0;
    if (importable) {
        std::string modName = dot == std::string::npos ? "builtins" : target.substr(0, dot);
        std::string attr = dot == std::string::npos ? target : target.substr(dot + 1);
        Ref<> name = Ref<>::steal(strFromUtf8(modName));
        if (!name) return nullptr;
        Ref<> mod = Ref<>::steal(importModuleObj(name.get()));
        if (!mod && !errMatches(&ExcImportError)) return nullptr;
        Ref<> hook;
        if (mod) {
            hook = Ref<>::steal(getAttr(mod.get(), attr.c_str()));
            if (!hook && !errMatches(&ExcAttributeError)) return nullptr;
        }
        if (hook) return call(hook.get(), args, nargs, kwnames);
    }
    clearError();
    std::string msg = "Ignoring unimportable $PYTHONBREAKPOINT: \"" + target + "\"";
    if (!warnEx(&ExcRuntimeWarning, msg.c_str(), 0)) return nullptr;
    return newNone();
}

Object* sysGetCoroDepth(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("get_coroutine_origin_tracking_depth", nargs, 0, 0)) return nullptr;
    SysState* s = sysState();
    return intFromInt64(s ? s->coroOriginDepth : 0);
}

Object* sysSetCoroDepth(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"depth"};
    Object* a[1] = {};
    if (!parseArgs("set_coroutine_origin_tracking_depth", args, nargs, kwnames, kNames, 1, 1,
                   a)) {
        return nullptr;
    }
    if (isFloat(a[0])) return setError(&ExcTypeError, "'float' object cannot be interpreted as an integer");
    int64_t v = 0;
    if (!intAsInt64(a[0], &v)) return nullptr;
    if (v < 0) return setError(&ExcValueError, "depth must be >= 0");
    if (SysState* s = sysState()) s->coroOriginDepth = v;
    return newNone();
}

Object* sysGetDlopenFlags(Object*, Args, size_t nargs, Object*) {
    if (!checkArgCount("getdlopenflags", nargs, 0, 0)) return nullptr;
    SysState* s = sysState();
    return intFromInt64(s ? s->dlopenFlags : 2);
}

Object* sysSetDlopenFlags(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("setdlopenflags", kwnames) ||
        !checkArgCount("setdlopenflags", nargs, 1, 1)) {
        return nullptr;
    }
    int64_t v = 0;
    if (!intAsInt64(args[0], &v)) return nullptr;
    if (SysState* s = sysState()) s->dlopenFlags = v;
    return newNone();
}

Object* sysIsFinalizing(Object*, Args, size_t, Object*) { return newBool(false); }
Object* sysGetAllocatedBlocks(Object*, Args, size_t, Object*) { return intFromInt64(0); }
Object* sysAudit(Object*, Args args, size_t nargs, Object*) {
    if (nargs < 1) {
        return setError(&ExcTypeError, "audit() missing 1 required positional argument: 'event'");
    }
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "expected str for argument 'event', not %s",
                        typeName(args[0]->type));
    }
    return newNone();
}

Object* sysAddAuditHook(Object*, Args, size_t, Object*) { return newNone(); }

Object* sysCallTracing(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("call_tracing", kwnames) || !checkArgCount("call_tracing", nargs, 2, 2)) {
        return nullptr;
    }
    if (!isTuple(args[1])) {
        return setError(&ExcTypeError, "call_tracing() argument 2 must be tuple, not %s",
                        typeName(args[1]->type));
    }
    return callTupleDict(args[0], args[1], nullptr);
}

Object* sysClearTypeCache(Object*, Args, size_t, Object*) { return newNone(); }

Object* sysGetAsyncGenHooks(Object*, Args, size_t, Object*) {
    ThreadState* ts = currentThread();
    Object* f = ts->asyncGenFirstIter ? ts->asyncGenFirstIter : none();
    Object* z = ts->asyncGenFinalizer ? ts->asyncGenFinalizer : none();
    return structSeqMake(&AsyncGenHooksType, {newRef(f), newRef(z)});
}

Object* sysSetAsyncGenHooks(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"firstiter", "finalizer"};
    Object* a[2] = {nullptr, nullptr};
    if (!parseArgs("set_asyncgen_hooks", args, nargs, kwnames, kNames, 2, 0, a)) return nullptr;
    if (a[1] && !isNone(a[1]) && !isCallable(a[1])) {
        return setError(&ExcTypeError, "callable finalizer expected, got %s",
                        typeName(a[1]->type));
    }
    if (a[0] && !isNone(a[0]) && !isCallable(a[0])) {
        return setError(&ExcTypeError, "callable firstiter expected, got %s",
                        typeName(a[0]->type));
    }
    ThreadState* ts = currentThread();
    if (a[1]) setRef(ts->asyncGenFinalizer, isNone(a[1]) ? nullptr : newRef(a[1]));
    if (a[0]) setRef(ts->asyncGenFirstIter, isNone(a[0]) ? nullptr : newRef(a[0]));
    return newNone();
}

const MethodDef kSysMethods[] = {
    {"exit", sysExit, 0,
     "Exit the interpreter by raising SystemExit(status).\n\nIf the status is omitted or None, "
     "it defaults to zero (i.e., success).\nIf the status is an integer, it will be used as "
     "the system exit status.\nIf it is another kind of object, it will be printed and the "
     "system\nexit status will be one (i.e., failure)."},
    {"getrecursionlimit", sysGetRecursionLimit, 0, "Return the current value of the recursion limit."},
    {"setrecursionlimit", sysSetRecursionLimit, 0, "Set the maximum depth of the Python interpreter stack to n."},
    {"getrefcount", sysGetRefCount, 0, "Return the reference count of object."},
    {"getsizeof", sysGetSizeOf, 0, "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes."},
    {"intern", sysIntern, 0, "``Intern'' the given string."},
    {"exc_info", sysExcInfo, 0, "Return current exception information: (type, value, traceback)."},
    {"exception", sysException, 0, "Return the current exception."},
    {"_getframe", sysGetFrame, 0, "Return a frame object from the call stack."},
    {"_current_exceptions", sysCurrentExceptions, 0,
     "Return a dict mapping each thread's identifier to its current raised exception."},
    {"_current_frames", sysCurrentFrames, 0,
     "Return a dict mapping each thread's thread id to its current stack frame.\n\nThis "
     "function should be used for specialized purposes only."},
    {"displayhook", sysDisplayHook, 0, "Print an object to sys.stdout and also save it in builtins._"},
    {"excepthook", sysExceptHook, 0, "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"getdefaultencoding", sysGetDefaultEncoding, 0, "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", sysGetFsEncoding, 0, "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"getfilesystemencodeerrors", sysGetFsEncodeErrors, 0, "Return the error mode used Unicode to OS filename conversion."},
    {"get_int_max_str_digits", sysGetIntMaxStrDigits, 0, "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", sysSetIntMaxStrDigits, 0, "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"getswitchinterval", sysGetSwitchInterval, 0, "Return the current thread switch interval; see sys.setswitchinterval()."},
    {"setswitchinterval", sysSetSwitchInterval, 0, "Set the ideal thread switching delay inside the Python interpreter."},
    {"settrace", sysSetTrace, 0, "Set the global debug tracing function."},
    {"gettrace", sysGetTrace, 0, "Return the global debug tracing function set with sys.settrace."},
    {"setprofile", sysSetProfile, 0, "Set the profiling function."},
    {"getprofile", sysGetProfile, 0, "Return the profiling function set with sys.setprofile."},
    {"is_finalizing", sysIsFinalizing, 0, "Return True if Python is exiting."},
    {"unraisablehook", sysUnraisableHook, 0, "Handle an unraisable exception."},
    {"breakpointhook", sysBreakpointHook, 0, "Call pdb.set_trace() (the default breakpoint())."},
    {"get_coroutine_origin_tracking_depth", sysGetCoroDepth, 0,
     "Check status of origin tracking for coroutine objects in this thread."},
    {"set_coroutine_origin_tracking_depth", sysSetCoroDepth, 0,
     "Enable or disable origin tracking for coroutine objects in this thread."},
    {"getdlopenflags", sysGetDlopenFlags, 0,
     "Return the current value of the flags that are used for dlopen calls."},
    {"setdlopenflags", sysSetDlopenFlags, 0,
     "Set the flags used by the interpreter for dlopen calls."},
    {"getallocatedblocks", sysGetAllocatedBlocks, 0, "Return the number of memory blocks currently allocated."},
    {"audit", sysAudit, 0, "Passes the event to any audit hooks that are attached."},
    {"addaudithook", sysAddAuditHook, 0, "Adds a new audit hook callback."},
    {"call_tracing", sysCallTracing, 0, "Call func(*args), while tracing is enabled."},
    {"_clear_type_cache", sysClearTypeCache, 0, "Clear the internal type lookup cache."},
    {"get_asyncgen_hooks", sysGetAsyncGenHooks, 0, "Return the installed asynchronous generators hooks."},
    {"set_asyncgen_hooks", sysSetAsyncGenHooks, 0, "Set new asynchronous generator hooks."},
    {nullptr, nullptr, 0, nullptr},
};

// ---------------------------------------------------------------------------------------------
// Module creation

// sys.meta_path: [the native finder] (see interp/import.h).
Object* nativeMetaPath() {
    Ref<> f = Ref<>::steal(nativeFinderNew());
    if (!f) return nullptr;
    Object* l = listNew(0);
    if (l && listAppend(l, f.get()) < 0) {
        decref(l);
        return nullptr;
    }
    return l;
}

Object* strList(const std::vector<std::string>& items) {
    Object* l = listNew(0);
    if (!l) return nullptr;
    for (const std::string& s : items) {
        Object* v = strFromUtf8(s);
        if (!v || listAppend(l, v) < 0) {
            xdecref(v);
            decref(l);
            return nullptr;
        }
        decref(v);
    }
    return l;
}

Object* versionInfo() {
    return structSeqMake(&VersionInfoType, {intFromInt64(3), intFromInt64(11), intFromInt64(2),
                                            strFromAscii("final"), intFromInt64(0)});
}

bool envFlag(const char* name) {
    const char* v = platform::getEnv(name);
    return v && *v;
}

// -B, or PYTHONDONTWRITEBYTECODE unless -E.
bool dontWriteBytecode(const SysConfig* config) {
    if (dontWriteBytecodeOption(currentThread()->interp)) return true;
    return !(config && config->ignoreEnvironment) && envFlag("PYTHONDONTWRITEBYTECODE");
}

// PYTHONPYCACHEPREFIX unless -E (sys.pycache_prefix), as an absolute path; empty if unset.
std::string pycachePrefix(const SysConfig* config) {
    if (config && config->ignoreEnvironment) return "";
    const char* p = platform::getEnv("PYTHONPYCACHEPREFIX");
    if (!p || !*p) return "";
    return platform::absolutePath(p);
}

Object* makeFlags(const SysConfig* config) {
    auto i = [](int64_t v) { return intFromInt64(v); };
    int ignoreEnv = config && config->ignoreEnvironment ? 1 : 0;
    return structSeqMake(&FlagsType,
                         {i(0), i(0), i(config && config->interactive ? 1 : 0), i(0),
                          i(dontWriteBytecode(config) ? 1 : 0), i(0), i(0),
                          i(ignoreEnv), i(0), i(0), i(0), i(hashRandomizationEnabled() ? 1 : 0),
                          i(0), newBool(false), i(0), i(0), newBool(false), i(-1)});
}

Object* makeFloatInfo() {
    auto i = [](int64_t v) { return intFromInt64(v); };
    return structSeqMake(&FloatInfoType,
                         {floatFromDouble(DBL_MAX), i(DBL_MAX_EXP), i(DBL_MAX_10_EXP),
                          floatFromDouble(DBL_MIN), i(DBL_MIN_EXP), i(DBL_MIN_10_EXP),
                          i(DBL_DIG), i(DBL_MANT_DIG), floatFromDouble(DBL_EPSILON),
                          i(FLT_RADIX), i(1)});
}

Object* makeHashInfo() {
    auto i = [](int64_t v) { return intFromInt64(v); };
    return structSeqMake(&HashInfoType, {i(64), i((int64_t(1) << 61) - 1), i(314159), i(0),
                                         i(1000003), strFromAscii("siphash13"), i(64), i(128),
                                         i(0)});
}

Object* makeImplementation() {
    if (!typeReady(&SysNamespaceType)) return nullptr;
    Ref<> ns = Ref<>::steal(namespaceNew(&SysNamespaceType, nullptr, nullptr));
    if (!ns) return nullptr;
    Object* d = reinterpret_cast<NamespaceObject*>(ns.get())->dict;
    Ref<> name = Ref<>::steal(strFromAscii("krait"));
    Ref<> vi = Ref<>::steal(versionInfo());
    Ref<> hexv = Ref<>::steal(intFromInt64(kHexVersion));
#if defined(__EMSCRIPTEN__)
    Ref<> multiarch = Ref<>::steal(strFromAscii("wasm32-emscripten"));
#elif defined(__aarch64__)
    Ref<> multiarch = Ref<>::steal(strFromAscii("aarch64-linux-gnu"));
#elif defined(__x86_64__)
    Ref<> multiarch = Ref<>::steal(strFromAscii("x86_64-linux-gnu"));
#else
    Ref<> multiarch = Ref<>::steal(strFromAscii("unknown"));
#endif
    if (!name || !vi || !hexv || !multiarch) return nullptr;
    if (dictSetItemStr(d, "name", name.get()) < 0 || dictSetItemStr(d, "cache_tag", none()) < 0 ||
        dictSetItemStr(d, "version", vi.get()) < 0 ||
        dictSetItemStr(d, "hexversion", hexv.get()) < 0 ||
        dictSetItemStr(d, "_multiarch", multiarch.get()) < 0) {
        return nullptr;
    }
    return ns.release();
}

Object* builtinModuleNames() {
    std::vector<const char*> names = nativeModuleNames();
    Ref<> l = Ref<>::steal(listNew(0));
    if (!l) return nullptr;
    for (const char* n : names) {
        Ref<> s = Ref<>::steal(strFromUtf8(n));
        if (!s || listAppend(l.get(), s.get()) < 0) return nullptr;
    }
    if (listSort(l.get(), nullptr, false) < 0) return nullptr;
    return listAsTuple(l.get());
}

Object* makeWarnOptions(const SysConfig* config) {
    Ref<> l = Ref<>::steal(listNew(0));
    if (!l || !config) return l.release();
    for (const std::string& opt : config->warnOptions) {
        Ref<> s = Ref<>::steal(strFromUtf8(opt));
        if (!s || listAppend(l.get(), s.get()) < 0) return nullptr;
    }
    return l.release();
}

Object* makeXOptions(const SysConfig* config) {
    Ref<> d = Ref<>::steal(dictNew());
    if (!d || !config) return d.release();
    for (const std::string& opt : config->xoptions) {
        size_t eq = opt.find('=');
        Ref<> key = Ref<>::steal(strFromUtf8(eq == std::string::npos ? opt : opt.substr(0, eq)));
        Ref<> value = Ref<>::steal(eq == std::string::npos ? newBool(true)
                                                            : strFromUtf8(opt.substr(eq + 1)));
        if (!key || !value || dictSetItem(d.get(), key.get(), value.get()) < 0) return nullptr;
    }
    return d.release();
}

// The installation prefix: the directory two levels above the stdlib ('/usr' for
// '/usr/lib/python3.11').
std::string prefixFor(const SysConfig* config) {
    if (!config || config->path.empty()) return "/usr";
    std::string lib = config->path.back();
    while (lib.size() > 1 && lib.back() == '/') lib.pop_back();
    for (int i = 0; i < 2; i++) {
        size_t slash = lib.rfind('/');
        if (slash == std::string::npos) return "/usr";
        lib.erase(slash);
    }
    return lib.empty() ? "/" : lib;
}

bool setStr(Object* m, const char* name, const std::string& value) {
    return moduleAddObject(m, name, strFromUtf8(value));
}

bool addStreams(Object* m, const SysConfig* config) {
    bool unbuffered = (config && config->unbufferedOutput) || envFlag("PYTHONUNBUFFERED");
    StreamBuffering outMode = unbuffered                     ? StreamBuffering::Unbuffered
                              : platform::isInteractive(1) ? StreamBuffering::Line
                                                           : StreamBuffering::Full;
    StreamBuffering errMode = unbuffered ? StreamBuffering::Unbuffered : StreamBuffering::Line;
    Ref<> in = Ref<>::steal(stdStreamNew(0, "<stdin>", false, "strict", StreamBuffering::Line));
    Ref<> out = Ref<>::steal(stdStreamNew(1, "<stdout>", true, "strict", outMode));
    Ref<> err = Ref<>::steal(stdStreamNew(2, "<stderr>", true, "backslashreplace", errMode));
    if (!in || !out || !err) return false;
    Object* d = moduleDict(m);
    return dictSetItemStr(d, "stdin", in.get()) == 0 &&
           dictSetItemStr(d, "stdout", out.get()) == 0 &&
           dictSetItemStr(d, "stderr", err.get()) == 0 &&
           dictSetItemStr(d, "__stdin__", in.get()) == 0 &&
           dictSetItemStr(d, "__stdout__", out.get()) == 0 &&
           dictSetItemStr(d, "__stderr__", err.get()) == 0;
}

// Gives modules created before sys (builtins) a built-in spec.
void fixEarlySpecs(InterpState* interp) {
    if (!interp->modules) return;
    ssize pos = 0;
    Object *k, *v;
    while (dictNext(interp->modules, &pos, &k, &v)) {
        if (!isModule(v) || !isStr(k)) continue;
        Object* spec = dictGetItem(moduleDict(v), KRAIT_STR(__spec__));
        if (spec && !isNone(spec)) continue;
        if (!findNativeModule(strView(k))) continue;
        Object* s = builtinModuleSpec(k);
        if (!s) {
            clearError();
            continue;
        }
        dictSetItem(moduleDict(v), KRAIT_STR(__spec__), s);
        decref(s);
    }
}

}  // namespace

Object* createSysModule(InterpState* interp) {
    const SysConfig* config = sysConfig(interp);
    Ref<> m = Ref<>::steal(moduleNew("sys"));
    if (!m) return nullptr;
    ModuleObject* mo = asModule(m.get());
    mo->state = new SysState();
    mo->freeState = freeSysState;
    Object* d = moduleDict(m.get());
    if (!moduleAddFunctions(m.get(), kSysMethods)) return nullptr;
    Ref<> doc = Ref<>::steal(strFromAscii(
        "This module provides access to some objects used or maintained by the\ninterpreter and "
        "to functions that interact strongly with the interpreter."));
    if (!doc || dictSetItemStr(d, "__doc__", doc.get()) < 0) return nullptr;

    // Hooks and their originals.
    static const char* const kHooks[][2] = {{"displayhook", "__displayhook__"},
                                            {"excepthook", "__excepthook__"},
                                            {"unraisablehook", "__unraisablehook__"},
                                            {"breakpointhook", "__breakpointhook__"}};
    for (const auto& h : kHooks) {
        Object* f = dictGetItemStr(d, h[0]);
        if (!f || dictSetItemStr(d, h[1], f) < 0) return nullptr;
    }

    if (!interp->modules) {
        interp->modules = dictNew();
        if (!interp->modules) return nullptr;
    }
    if (dictSetItemStr(d, "modules", interp->modules) < 0) return nullptr;
    std::vector<std::string> argv = config ? config->argv : std::vector<std::string>{""};
    if (argv.empty()) argv.push_back("");
    std::string executable = config ? config->executable : std::string();
    if (!executable.empty() && executable.find('/') != std::string::npos) {
        executable = platform::absolutePath(executable);
    }
    std::vector<std::string> origArgv = argv;
    origArgv.insert(origArgv.begin(), executable.empty() ? "krait" : executable);
    std::string prefix = prefixFor(config);
    bool ok = moduleAddObject(m.get(), "argv", strList(argv)) &&
              moduleAddObject(m.get(), "orig_argv", strList(origArgv)) &&
              moduleAddObject(m.get(), "path", strList(config ? config->path
                                                              : std::vector<std::string>{})) &&
              moduleAddObject(m.get(), "meta_path", nativeMetaPath()) &&
              moduleAddObject(m.get(), "path_hooks", listNew(0)) &&
              moduleAddObject(m.get(), "path_importer_cache", dictNew()) &&
              moduleAddObject(m.get(), "warnoptions", makeWarnOptions(config)) &&
              moduleAddObject(m.get(), "_xoptions", makeXOptions(config)) &&
              setStr(m.get(), "version", kVersion) &&
              moduleAddObject(m.get(), "version_info", versionInfo()) &&
              moduleAddInt(m.get(), "hexversion", kHexVersion) &&
              moduleAddInt(m.get(), "api_version", 1013) &&
              moduleAddObject(m.get(), "implementation", makeImplementation()) &&
              moduleAddInt(m.get(), "maxsize", INT64_MAX) &&
              moduleAddInt(m.get(), "maxunicode", 0x10FFFF) &&
              setStr(m.get(), "byteorder",
                     __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big") &&
              setStr(m.get(), "platform", platform::platformName()) &&
              setStr(m.get(), "executable", executable) &&
              setStr(m.get(), "_base_executable", executable) &&
              setStr(m.get(), "prefix", prefix) && setStr(m.get(), "base_prefix", prefix) &&
              setStr(m.get(), "exec_prefix", prefix) &&
              setStr(m.get(), "base_exec_prefix", prefix) &&
              setStr(m.get(), "platlibdir", "lib") && setStr(m.get(), "abiflags", "") &&
              moduleAddObject(m.get(), "pycache_prefix",
                              pycachePrefix(config).empty()
                                  ? newNone()
                                  : strFromUtf8(pycachePrefix(config))) &&
              moduleAddObject(m.get(), "flags", makeFlags(config)) &&
              moduleAddObject(m.get(), "float_info", makeFloatInfo()) &&
              moduleAddObject(m.get(), "int_info",
                              structSeqMake(&IntInfoType, {intFromInt64(30), intFromInt64(4),
                                                           intFromInt64(4300),
                                                           intFromInt64(640)})) &&
              moduleAddObject(m.get(), "hash_info", makeHashInfo()) &&
              moduleAddObject(m.get(), "thread_info",
                              structSeqMake(&ThreadInfoType, {strFromAscii("pthread"),
                                                              strFromAscii("semaphore"),
                                                              newNone()})) &&
              setStr(m.get(), "float_repr_style", "short") &&
              moduleAddObject(m.get(), "dont_write_bytecode",
                              newBool(dontWriteBytecode(config))) &&
              moduleAddObject(m.get(), "builtin_module_names", builtinModuleNames()) &&
              setStr(m.get(), "copyright",
                     "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights "
                     "Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
                     "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n"
                     "All Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch "
                     "Centrum, Amsterdam.\nAll Rights Reserved.") &&
              addStreams(m.get(), config);
    if (!ok) return nullptr;
    if (config && config->interactive) {
        if (!setStr(m.get(), "ps1", ">>> ") || !setStr(m.get(), "ps2", "... ")) return nullptr;
    }
    Ref<> name = Ref<>::steal(strFromAscii("sys"));
    if (!name) return nullptr;
    if (!moduleAddObject(m.get(), "__spec__", builtinModuleSpec(name.get()))) return nullptr;
    fixEarlySpecs(interp);
    return m.release();
}

// For core/errors.cpp's writeUnraisable: the UnraisableHookArgs struct sequence (steals
// nothing; null on error) and whether `hook` is the default sys.unraisablehook.
Object* sysUnraisableHookArgs(Object* exc, Object* errMsg, Object* obj) {
    Object* tb = nullptr;
    if (isBaseException(exc)) tb = asExc(exc)->traceback;
    return structSeqMake(&UnraisableHookArgsType,
                         {newRef(asObject(exc->type)), newRef(exc), newRef(tb ? tb : none()),
                          newRef(errMsg ? errMsg : none()), newRef(obj ? obj : none())});
}

bool sysIsDefaultUnraisableHook(Object* hook) {
    return isBuiltinFunction(hook) &&
           reinterpret_cast<BuiltinFunctionObject*>(hook)->def->fn == sysUnraisableHook;
}

// The strong definition of the int <-> str digit limit (int_core.cpp has a weak default):
// sys.set_int_max_str_digits() changes it for this interpreter.
int64_t intMaxStrDigits() {
    SysState* s = sysState();
    return s ? s->intMaxStrDigits : 4300;
}

}  // namespace krait
