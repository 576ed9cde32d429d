// io.IncrementalNewlineDecoder: wraps an optional incremental decoder and applies universal
// newlines to its output (a trailing '\r' is held back until the next call, since it may be
// the first half of "\r\n"), recording which newline kinds were seen (`newlines`). Same
// state encoding (getstate/setstate: the wrapped decoder's flag shifted left, bit 0 = pending
// '\r') and messages as CPython's _io module.
#include <cstdint>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/args_kw.h"
#include "core/errors.h"
#include "core/types.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

extern Type IncrementalNewlineDecoderType;

namespace {

enum : uint8_t { kSeenLf = 1, kSeenCr = 2, kSeenCrLf = 4 };

struct NewlineDecoderObject {
    Object ob;
    Object* dict;
    Object* decoder;   // the wrapped decoder or None; null before __init__
    Object* errors;
    bool translate;
    bool pendingCr;
    uint8_t seen;
};

NewlineDecoderObject* asNd(Object* o) { return reinterpret_cast<NewlineDecoderObject*>(o); }

bool checkInitialized(NewlineDecoderObject* d) {
    if (d->decoder) return true;
    setError(&ExcValueError, "IncrementalNewlineDecoder.__init__() not called");
    return false;
}

Object* ndNew(Type* t, Object*, Object*) { return allocObject(t); }

int ndInit(Object* self, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"decoder", "translate", "errors"};
    ssize n = tupleSize(args);
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return -1;
    Object* a[3] = {};
    if (!parseArgs("IncrementalNewlineDecoder", flat.data(), static_cast<size_t>(n),
                   kwnames.get(), kNames, 3, 2, a)) {
        return -1;
    }
    int translate = isTrue(a[1]);
    if (translate < 0) return -1;
    NewlineDecoderObject* d = asNd(self);
    setRef(d->decoder, newRef(a[0]));
    Object* errors = a[2] ? a[2] : nullptr;
    if (!errors) {
        errors = strFromAscii("strict");
        if (!errors) return -1;
    } else {
        incref(errors);
    }
    setRef(d->errors, errors);
    d->translate = translate;
    d->pendingCr = false;
    d->seen = 0;
    return 0;
}

void ndDealloc(Object* self) {
    NewlineDecoderObject* d = asNd(self);
    clearRef(d->dict);
    clearRef(d->decoder);
    clearRef(d->errors);
    freeObject(self);
}

void ndTraverse(Object* self, VisitFn visit, void* arg) {
    NewlineDecoderObject* d = asNd(self);
    if (d->dict) visit(d->dict, arg);
    if (d->decoder) visit(d->decoder, arg);
    if (d->errors) visit(d->errors, arg);
}

void ndClear(Object* self) {
    NewlineDecoderObject* d = asNd(self);
    clearRef(d->dict);
    clearRef(d->decoder);
    clearRef(d->errors);
}

Object* ndDecode(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"input", "final"};
    Object* a[2] = {};
    if (!parseArgs("decode", args, nargs, kwnames, kNames, 2, 1, a)) return nullptr;
    NewlineDecoderObject* d = asNd(self);
    if (!checkInitialized(d)) return nullptr;
    bool final = false;
    if (a[1]) {
        int v = isTrue(a[1]);
        if (v < 0) return nullptr;
        final = v;
    }
    Ref<> output;
    if (isNone(d->decoder)) {
        output = Ref<>::borrow(a[0]);
    } else {
        Ref<> finalObj = Ref<>::borrow(final ? trueObj() : falseObj());
        Object* cargs[2] = {a[0], finalObj.get()};
        output = Ref<>::steal(callMethod(d->decoder, "decode", cargs, 2));
        if (!output) return nullptr;
    }
    if (!isStr(output.get())) {
        return setError(&ExcTypeError, "decoder should return a string result, not '%s'",
                        typeName(output.get()->type));
    }
    ssize n = strLength(output.get());
    std::vector<uint32_t> out;
    out.reserve(static_cast<size_t>(n) + 1);
    if (d->pendingCr && (n > 0 || final)) {
        out.push_back('\r');
        d->pendingCr = false;
    }
    for (ssize i = 0; i < n; i++) out.push_back(strCharAt(output.get(), i));
    // Keep a last '\r' back: the next chunk may start with '\n'.
    if (!out.empty() && out.back() == '\r' && !final) {
        out.pop_back();
        d->pendingCr = true;
    }
    std::vector<uint32_t> result;
    result.reserve(out.size());
    for (size_t i = 0; i < out.size(); i++) {
        uint32_t c = out[i];
        if (c == '\r') {
            if (i + 1 < out.size() && out[i + 1] == '\n') {
                d->seen |= kSeenCrLf;
                if (d->translate) {
                    result.push_back('\n');
                } else {
                    result.push_back('\r');
                    result.push_back('\n');
                }
                i++;
                continue;
            }
            d->seen |= kSeenCr;
            result.push_back(d->translate ? '\n' : '\r');
            continue;
        }
        if (c == '\n') d->seen |= kSeenLf;
        result.push_back(c);
    }
    return strFromCodePoints(result.data(), static_cast<ssize>(result.size()));
}

Object* ndGetState(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkArgCount("getstate", nargs, 0, 0) || !checkNoKwargs("getstate", kwnames))
        return nullptr;
    NewlineDecoderObject* d = asNd(self);
    if (!checkInitialized(d)) return nullptr;
    Ref<> buffer;
    uint64_t flag = 0;
    if (!isNone(d->decoder)) {
        Ref<> state = Ref<>::steal(callMethod(d->decoder, "getstate", nullptr, 0));
        if (!state) return nullptr;
        if (!isTuple(state.get())) return setError(&ExcTypeError, "illegal decoder state");
        if (tupleSize(state.get()) != 2) {
            return setError(&ExcTypeError, "illegal decoder state");
        }
        buffer = Ref<>::borrow(tupleItem(state.get(), 0));
        Object* f = tupleItem(state.get(), 1);
        int64_t v;
        if (!isInt(f) || !intAsInt64(f, &v)) {
            if (!errOccurred()) setError(&ExcTypeError, "illegal decoder state");
            return nullptr;
        }
        flag = static_cast<uint64_t>(v);
    } else {
        buffer = Ref<>::steal(bytesFromStd(""));
        if (!buffer) return nullptr;
    }
    flag <<= 1;
    if (d->pendingCr) flag |= 1;
    Ref<> flagObj = Ref<>::steal(intFromInt64(static_cast<int64_t>(flag)));
    if (!flagObj) return nullptr;
    return tuplePack({buffer.get(), flagObj.get()});
}

Object* ndSetState(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("setstate", nargs, 1, 1) || !checkNoKwargs("setstate", kwnames))
        return nullptr;
    NewlineDecoderObject* d = asNd(self);
    if (!checkInitialized(d)) return nullptr;
    Object* state = args[0];
    if (!isTuple(state)) return setError(&ExcTypeError, "state argument must be a tuple");
    if (tupleSize(state) != 2) {
        return setError(&ExcTypeError, "setstate() argument must be a 2-item tuple");
    }
    Object* buffer = tupleItem(state, 0);
    int64_t flag;
    if (!isInt(tupleItem(state, 1))) {
        return setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                        typeName(tupleItem(state, 1)->type));
    }
    if (!intAsInt64(tupleItem(state, 1), &flag)) return nullptr;
    d->pendingCr = flag & 1;
    if (!isNone(d->decoder)) {
        Ref<> flagObj = Ref<>::steal(intFromInt64(flag >> 1));
        if (!flagObj) return nullptr;
        Ref<> inner = Ref<>::steal(tuplePack({buffer, flagObj.get()}));
        if (!inner) return nullptr;
        Object* cargs[1] = {inner.get()};
        Ref<> r = Ref<>::steal(callMethod(d->decoder, "setstate", cargs, 1));
        if (!r) return nullptr;
    }
    return newNone();
}

Object* ndReset(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkArgCount("reset", nargs, 0, 0) || !checkNoKwargs("reset", kwnames))
        return nullptr;
    NewlineDecoderObject* d = asNd(self);
    if (!checkInitialized(d)) return nullptr;
    d->seen = 0;
    d->pendingCr = false;
    if (!isNone(d->decoder)) {
        Ref<> r = Ref<>::steal(callMethod(d->decoder, "reset", nullptr, 0));
        if (!r) return nullptr;
    }
    return newNone();
}

Object* ndGetNewlines(Object* self, void*) {
    NewlineDecoderObject* d = asNd(self);
    if (!checkInitialized(d)) return nullptr;
    auto s = [](const char* t) { return strFromAscii(t); };
    switch (d->seen) {
        case kSeenLf: return s("\n");
        case kSeenCr: return s("\r");
        case kSeenCrLf: return s("\r\n");
        default: break;
    }
    if (d->seen == 0) return newNone();
    Ref<> cr = Ref<>::steal(s("\r"));
    Ref<> lf = Ref<>::steal(s("\n"));
    Ref<> crlf = Ref<>::steal(s("\r\n"));
    if (!cr || !lf || !crlf) return nullptr;
    switch (d->seen) {
        case kSeenCr | kSeenLf: return tuplePack({cr.get(), lf.get()});
        case kSeenLf | kSeenCrLf: return tuplePack({lf.get(), crlf.get()});
        case kSeenCr | kSeenCrLf: return tuplePack({cr.get(), crlf.get()});
        default: return tuplePack({cr.get(), lf.get(), crlf.get()});
    }
}

const MethodDef kNdMethods[] = {
    {"decode", ndDecode, 0, nullptr},
    {"getstate", ndGetState, 0, nullptr},
    {"setstate", ndSetState, 0, nullptr},
    {"reset", ndReset, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kNdGetSets[] = {
    {"newlines", ndGetNewlines, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Type IncrementalNewlineDecoderType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_io.IncrementalNewlineDecoder",
    .basicSize = sizeof(NewlineDecoderObject),
    .flags = kTypeBaseType | kTypeHaveGC,
    .doc = "Codec used when reading a file in universal newlines mode.\n\n"
           "It wraps another incremental decoder, translating \\r\\n and \\r into \\n.\n"
           "It also records the types of newlines encountered.  When used with\n"
           "translate=False, it ensures that the newline sequence is returned in\n"
           "one piece. When used with decoder=None, it expects unicode strings as\n"
           "decode input and translates newlines without first invoking an external\n"
           "decoder.",
    .dictOffset = offsetof(NewlineDecoderObject, dict),
    .methods = kNdMethods,
    .getsets = kNdGetSets,
    .dealloc = ndDealloc,
    .traverse = ndTraverse,
    .clear = ndClear,
    .getAttr = genericGetAttr,
    .setAttr = genericSetAttr,
    .new_ = ndNew,
    .init = ndInit,
};

}  // namespace krait
