// The _codecs module: the codec registry (register/lookup/lookup_error/register_error, kept per
// interpreter in vm/objects/codecs.cpp) and the builtin encoders/decoders that Lib/encodings/*
// wrap. Each codec function returns (result, consumed length); decoders of the stateful
// codecs take a `final` flag and leave an incomplete sequence at the end for the next call.
// Argument checking and messages follow CPython's Argument Clinic signatures.
#include <string>
#include <string_view>

#include "core/abstract.h"
#include "core/args.h"
#include "core/args_kw.h"
#include "core/errors.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

namespace {

using Args = Object* const*;

// Positional-only argument count check + no keywords.
bool posArgs(const char* fname, size_t nargs, Object* kwnames, size_t min, size_t max) {
    if (kwCount(kwnames)) {
        setError(&ExcTypeError, "%s() takes no keyword arguments", fname);
        return false;
    }
    return checkArgCount(fname, nargs, min, max);
}

// The `errors` argument (str or None; absent or None -> "strict").
bool errorsArg(const char* fname, Args args, size_t nargs, size_t index, std::string& out) {
    out = "strict";
    if (nargs <= index || isNone(args[index])) return true;
    if (!isStr(args[index])) {
        setError(&ExcTypeError, "%s() argument %zu must be str or None, not %T", fname, index + 1,
                 args[index]);
        return false;
    }
    out = strToStd(args[index]);
    return true;
}

// An int argument (byteorder).
bool intArg(Args args, size_t nargs, size_t index, int deflt, int& out) {
    out = deflt;
    if (nargs <= index) return true;
    Ref<> v = Ref<>::steal(numberIndex(args[index]));
    if (!v) {
        if (errMatches(&ExcTypeError)) {
            clearError();
            setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                     typeOf(args[index])->name);
        }
        return false;
    }
    ssize x = intAsSsize(v.get());
    if (x == -1 && errOccurred()) return false;
    out = x < -1 ? -1 : x > 1 ? 1 : static_cast<int>(x);
    if (x != out) out = x < 0 ? -1 : 1;
    return true;
}

// A `final` argument (an int, bool accepted).
bool finalArg(Args args, size_t nargs, size_t index, bool deflt, bool& out) {
    out = deflt;
    if (nargs <= index) return true;
    if (!isInt(args[index])) {
        setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                 typeOf(args[index])->name);
        return false;
    }
    int t = isTrue(args[index]);
    if (t < 0) return false;
    out = t != 0;
    return true;
}

// Buffer arguments: "y*" (bytes-like) and "s*" (str as UTF-8, or bytes-like).
bool bufferArg(Object* o, bool allowStr, std::string& storage, std::string_view& view) {
    if (allowStr && isStr(o)) {
        storage = strToStd(o);
        view = storage;
        return true;
    }
    return getBytesView(o, &view);
}

Object* pairResult(Object* value, ssize n) {
    if (!value) return nullptr;
    Ref<> v = Ref<>::steal(value);
    Ref<> c = Ref<>::steal(intFromSsize(n));
    if (!c) return nullptr;
    return tuplePack({v.get(), c.get()});
}

// ---- Registry functions ----

Object* cRegister(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!posArgs("register", nargs, kwnames, 1, 1)) return nullptr;
    if (!codecRegister(args[0])) return nullptr;
    return newNone();
}

Object* cUnregister(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!posArgs("unregister", nargs, kwnames, 1, 1)) return nullptr;
    if (!codecUnregister(args[0])) return nullptr;
    return newNone();
}

Object* cLookup(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!posArgs("lookup", nargs, kwnames, 1, 1)) return nullptr;
    if (!isStr(args[0]))
        return setError(&ExcTypeError, "lookup() argument must be str, not %T", args[0]);
    return codecLookup(args[0]);
}

Object* cForgetCodec(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!posArgs("_forget_codec", nargs, kwnames, 1, 1)) return nullptr;
    if (!isStr(args[0]))
        return setError(&ExcTypeError, "_forget_codec() argument must be str, not %T", args[0]);
    if (!codecForget(args[0])) return nullptr;
    return newNone();
}

Object* cRegisterError(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!posArgs("register_error", nargs, kwnames, 2, 2)) return nullptr;
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "register_error() argument 1 must be str, not %T",
                        args[0]);
    }
    if (!codecRegisterError(args[0], args[1])) return nullptr;
    return newNone();
}

Object* cLookupError(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!posArgs("lookup_error", nargs, kwnames, 1, 1)) return nullptr;
    if (!isStr(args[0]))
        return setError(&ExcTypeError, "lookup_error() argument must be str, not %T", args[0]);
    return codecLookupError(strToStd(args[0]));
}

// encode(obj, encoding='utf-8', errors='strict') / decode(...): any codec of the registry.
Object* encodeOrDecode(bool decode, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"obj", "encoding", "errors"};
    const char* fname = decode ? "decode" : "encode";
    Object* a[3] = {};
    if (!parseArgs(fname, args, nargs, kwnames, kNames, 3, 1, a)) return nullptr;
    for (int i = 1; i < 3; i++) {
        if (a[i] && !isStr(a[i])) {
            return setError(&ExcTypeError, "%s() argument '%s' must be str, not %T", fname,
                            kNames[i], a[i]);
        }
    }
    Ref<> enc = Ref<>::steal(a[1] ? newRef(a[1]) : strFromAscii("utf-8"));
    Ref<> errs = Ref<>::steal(a[2] ? newRef(a[2]) : strFromAscii("strict"));
    if (!enc || !errs) return nullptr;
    Ref<> info = Ref<>::steal(codecLookup(enc.get()));
    if (!info) return nullptr;
    Object* fn = tupleItem(info.get(), decode ? 1 : 0);
    Object* callArgs[2] = {a[0], errs.get()};
    Ref<> r = Ref<>::steal(call(fn, callArgs, 2));
    if (!r) {
        codecsWrapError(decode ? "decoding" : "encoding", enc.get());
        return nullptr;
    }
    if (!isTuple(r.get()) || tupleSize(r.get()) != 2) {
        return setError(&ExcTypeError, decode ? "decoder must return a tuple (object,integer)"
                                              : "encoder must return a tuple (object, integer)");
    }
    return newRef(tupleItem(r.get(), 0));
}

Object* cEncode(Object*, Args args, size_t nargs, Object* kwnames) {
    return encodeOrDecode(false, args, nargs, kwnames);
}
Object* cDecode(Object*, Args args, size_t nargs, Object* kwnames) {
    return encodeOrDecode(true, args, nargs, kwnames);
}

// ---- Codec functions ----

// fn(str, errors=None[, byteorder=0]) for the encoders; hasOrder adds the byteorder parameter.
Object* encodeWith(const char* fname, const char* codec, bool hasOrder, int fixedOrder, Args args,
                   size_t nargs, Object* kwnames) {
    if (!posArgs(fname, nargs, kwnames, 1, hasOrder ? 3 : 2)) return nullptr;
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "%s() argument 1 must be str, not %T", fname, args[0]);
    }
    std::string errors;
    if (!errorsArg(fname, args, nargs, 1, errors)) return nullptr;
    int order = fixedOrder;
    if (hasOrder && !intArg(args, nargs, 2, 0, order)) return nullptr;
    return pairResult(codecsEncodeStateful(args[0], codec, errors, order), strLength(args[0]));
}

// fn(data, errors=None[, final=False]) for the decoders.
Object* decodeWith(const char* fname, const char* codec, bool hasFinal, bool finalDefault,
                   bool allowStr, Args args, size_t nargs, Object* kwnames) {
    if (!posArgs(fname, nargs, kwnames, 1, hasFinal ? 3 : 2)) return nullptr;
    std::string storage;
    std::string_view data;
    if (!bufferArg(args[0], allowStr, storage, data)) return nullptr;
    std::string errors;
    if (!errorsArg(fname, args, nargs, 1, errors)) return nullptr;
    bool final = true;
    if (hasFinal && !finalArg(args, nargs, 2, finalDefault, final)) return nullptr;
    ssize consumed = 0;
    Object* source = isBytes(args[0]) ? args[0] : nullptr;
    Object* r = codecsDecodeStateful(codec, data, errors, source, final, &consumed);
    return pairResult(r, consumed);
}

// utf_16_ex_decode / utf_32_ex_decode(data, errors=None, byteorder=0, final=False).
Object* exDecode(const char* fname, const char* codec, Args args, size_t nargs,
                 Object* kwnames) {
    if (!posArgs(fname, nargs, kwnames, 1, 4)) return nullptr;
    std::string storage;
    std::string_view data;
    if (!bufferArg(args[0], false, storage, data)) return nullptr;
    std::string errors;
    if (!errorsArg(fname, args, nargs, 1, errors)) return nullptr;
    int order;
    bool final;
    if (!intArg(args, nargs, 2, 0, order) || !finalArg(args, nargs, 3, false, final))
        return nullptr;
    ssize consumed = 0;
    Object* source = isBytes(args[0]) ? args[0] : nullptr;
    Ref<> r = Ref<>::steal(
        codecsDecodeStateful(codec, data, errors, source, final, &consumed, &order));
    if (!r) return nullptr;
    Ref<> c = Ref<>::steal(intFromSsize(consumed));
    Ref<> o = Ref<>::steal(intFromInt64(order));
    if (!c || !o) return nullptr;
    return tuplePack({r.get(), c.get(), o.get()});
}

#define KRAIT_ENCODER(fn, codec, hasOrder, order)                                  \
    Object* fn(Object*, Args args, size_t nargs, Object* kwnames) {                \
        return encodeWith(#fn, codec, hasOrder, order, args, nargs, kwnames);     \
    }
#define KRAIT_DECODER(fn, codec, hasFinal, finalDefault, allowStr)                      \
    Object* fn(Object*, Args args, size_t nargs, Object* kwnames) {                     \
        return decodeWith(#fn, codec, hasFinal, finalDefault, allowStr, args, nargs,     \
                          kwnames);                                                     \
    }

KRAIT_ENCODER(utf_7_encode, "utf-7", false, 0)
KRAIT_ENCODER(utf_8_encode, "utf-8", false, 0)
KRAIT_ENCODER(utf_16_encode, "utf-16", true, 0)
KRAIT_ENCODER(utf_16_le_encode, "utf-16", false, -1)
KRAIT_ENCODER(utf_16_be_encode, "utf-16", false, 1)
KRAIT_ENCODER(utf_32_encode, "utf-32", true, 0)
KRAIT_ENCODER(utf_32_le_encode, "utf-32", false, -1)
KRAIT_ENCODER(utf_32_be_encode, "utf-32", false, 1)
KRAIT_ENCODER(latin_1_encode, "latin-1", false, 0)
KRAIT_ENCODER(ascii_encode, "ascii", false, 0)
KRAIT_ENCODER(unicode_escape_encode, "unicode-escape", false, 0)
KRAIT_ENCODER(raw_unicode_escape_encode, "raw-unicode-escape", false, 0)

KRAIT_DECODER(utf_7_decode, "utf-7", true, false, false)
KRAIT_DECODER(utf_8_decode, "utf-8", true, false, false)
KRAIT_DECODER(utf_16_decode, "utf-16", true, false, false)
KRAIT_DECODER(utf_16_le_decode, "utf-16-le", true, false, false)
KRAIT_DECODER(utf_16_be_decode, "utf-16-be", true, false, false)
KRAIT_DECODER(utf_32_decode, "utf-32", true, false, false)
KRAIT_DECODER(utf_32_le_decode, "utf-32-le", true, false, false)
KRAIT_DECODER(utf_32_be_decode, "utf-32-be", true, false, false)
KRAIT_DECODER(latin_1_decode, "latin-1", false, true, false)
KRAIT_DECODER(ascii_decode, "ascii", false, true, false)
KRAIT_DECODER(unicode_escape_decode, "unicode-escape", true, true, true)
KRAIT_DECODER(raw_unicode_escape_decode, "raw-unicode-escape", true, true, true)

#undef KRAIT_ENCODER
#undef KRAIT_DECODER

Object* utf_16_ex_decode(Object*, Args args, size_t nargs, Object* kwnames) {
    return exDecode("utf_16_ex_decode", "utf-16", args, nargs, kwnames);
}
Object* utf_32_ex_decode(Object*, Args args, size_t nargs, Object* kwnames) {
    return exDecode("utf_32_ex_decode", "utf-32", args, nargs, kwnames);
}

Object* charmap_decode(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!posArgs("charmap_decode", nargs, kwnames, 1, 3)) return nullptr;
    std::string storage;
    std::string_view data;
    if (!bufferArg(args[0], false, storage, data)) return nullptr;
    std::string errors;
    if (!errorsArg("charmap_decode", args, nargs, 1, errors)) return nullptr;
    Object* mapping = nargs > 2 ? args[2] : &NoneObject;
    Object* source = isBytes(args[0]) ? args[0] : nullptr;
    return pairResult(codecsCharmapDecode(data, errors, mapping, source),
                      static_cast<ssize>(data.size()));
}

Object* charmap_encode(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!posArgs("charmap_encode", nargs, kwnames, 1, 3)) return nullptr;
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "charmap_encode() argument 1 must be str, not %T",
                        args[0]);
    }
    std::string errors;
    if (!errorsArg("charmap_encode", args, nargs, 1, errors)) return nullptr;
    Object* mapping = nargs > 2 ? args[2] : &NoneObject;
    return pairResult(codecsCharmapEncode(args[0], errors, mapping), strLength(args[0]));
}

Object* charmap_build(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!posArgs("charmap_build", nargs, kwnames, 1, 1)) return nullptr;
    if (!isStr(args[0]))
        return setError(&ExcTypeError, "charmap_build() argument must be str, not %T", args[0]);
    return codecsCharmapBuild(args[0]);
}

Object* escape_decode(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!posArgs("escape_decode", nargs, kwnames, 1, 2)) return nullptr;
    std::string storage;
    std::string_view data;
    if (!bufferArg(args[0], true, storage, data)) return nullptr;
    std::string errors;
    if (!errorsArg("escape_decode", args, nargs, 1, errors)) return nullptr;
    return pairResult(codecsEscapeDecode(data, errors), static_cast<ssize>(data.size()));
}

Object* escape_encode(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!posArgs("escape_encode", nargs, kwnames, 1, 2)) return nullptr;
    if (!isBytes(args[0])) {
        return setError(&ExcTypeError, "escape_encode() argument 1 must be bytes, not %T",
                        args[0]);
    }
    std::string errors;
    if (!errorsArg("escape_encode", args, nargs, 1, errors)) return nullptr;
    return pairResult(codecsEscapeEncode(bytesView(args[0])), bytesSize(args[0]));
}

Object* readbuffer_encode(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!posArgs("readbuffer_encode", nargs, kwnames, 1, 2)) return nullptr;
    std::string storage;
    std::string_view data;
    if (!bufferArg(args[0], true, storage, data)) return nullptr;
    std::string errors;
    if (!errorsArg("readbuffer_encode", args, nargs, 1, errors)) return nullptr;
    return pairResult(bytesFromStd(data), static_cast<ssize>(data.size()));
}

const MethodDef kCodecsMethods[] = {
    {"register", cRegister, 0,
     "Register a codec search function.\n\nSearch functions are expected to take one argument, "
     "the encoding name in\nall lower case letters, and either return None, or a tuple of "
     "functions\n(encoder, decoder, stream_reader, stream_writer) (or a CodecInfo object)."},
    {"unregister", cUnregister, 0,
     "Unregister a codec search function and clear the registry's cache.\n\nIf the search "
     "function is not registered, do nothing."},
    {"lookup", cLookup, 0, "Looks up a codec tuple in the Python codec registry and returns a "
                           "CodecInfo object."},
    {"_forget_codec", cForgetCodec, 0, "Purge the named codec from the internal codec lookup cache"},
    {"encode", cEncode, 0, "Encodes obj using the codec registered for encoding."},
    {"decode", cDecode, 0, "Decodes obj using the codec registered for encoding."},
    {"register_error", cRegisterError, 0, "Register the specified error handler under the name "
                                          "errors."},
    {"lookup_error", cLookupError, 0, "lookup_error(errors) -> handler\n\nReturn the error "
                                      "handler for the specified error handling name or raise a\n"
                                      "LookupError, if no handler exists under this name."},
    {"utf_7_encode", utf_7_encode, 0, nullptr},
    {"utf_7_decode", utf_7_decode, 0, nullptr},
    {"utf_8_encode", utf_8_encode, 0, nullptr},
    {"utf_8_decode", utf_8_decode, 0, nullptr},
    {"utf_16_encode", utf_16_encode, 0, nullptr},
    {"utf_16_le_encode", utf_16_le_encode, 0, nullptr},
    {"utf_16_be_encode", utf_16_be_encode, 0, nullptr},
    {"utf_16_decode", utf_16_decode, 0, nullptr},
    {"utf_16_le_decode", utf_16_le_decode, 0, nullptr},
    {"utf_16_be_decode", utf_16_be_decode, 0, nullptr},
    {"utf_16_ex_decode", utf_16_ex_decode, 0, nullptr},
    {"utf_32_encode", utf_32_encode, 0, nullptr},
    {"utf_32_le_encode", utf_32_le_encode, 0, nullptr},
    {"utf_32_be_encode", utf_32_be_encode, 0, nullptr},
    {"utf_32_decode", utf_32_decode, 0, nullptr},
    {"utf_32_le_decode", utf_32_le_decode, 0, nullptr},
    {"utf_32_be_decode", utf_32_be_decode, 0, nullptr},
    {"utf_32_ex_decode", utf_32_ex_decode, 0, nullptr},
    {"latin_1_encode", latin_1_encode, 0, nullptr},
    {"latin_1_decode", latin_1_decode, 0, nullptr},
    {"ascii_encode", ascii_encode, 0, nullptr},
    {"ascii_decode", ascii_decode, 0, nullptr},
    {"unicode_escape_encode", unicode_escape_encode, 0, nullptr},
    {"unicode_escape_decode", unicode_escape_decode, 0, nullptr},
    {"raw_unicode_escape_encode", raw_unicode_escape_encode, 0, nullptr},
    {"raw_unicode_escape_decode", raw_unicode_escape_decode, 0, nullptr},
    {"charmap_encode", charmap_encode, 0, nullptr},
    {"charmap_decode", charmap_decode, 0, nullptr},
    {"charmap_build", charmap_build, 0, nullptr},
    {"escape_encode", escape_encode, 0, nullptr},
    {"escape_decode", escape_decode, 0, nullptr},
    {"readbuffer_encode", readbuffer_encode, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createCodecsModule(InterpState*) {
    if (!typeReady(&EncodingMapType)) return nullptr;
    Ref<> m = Ref<>::steal(moduleNew("_codecs"));
    if (!m || !moduleAddFunctions(m.get(), kCodecsMethods)) return nullptr;
    return m.release();
}

}  // namespace krait
