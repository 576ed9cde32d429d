// The marshal module: CPython's serialization format (version 4, Python/marshal.c) for the
// value types: None, bool, StopIteration, Ellipsis, int, float, complex, str, bytes (and
// other buffers, loaded as bytes), tuple, list, dict, set and frozenset, with the object
// references (FLAG_REF / TYPE_REF) of versions 3 and up. Data written by CPython loads here
// and the other way round. Code objects are Krait's own and are not marshalled: dumps()
// refuses them ("unmarshallable object") and loads() rejects CPython's ('c'). Only the
// import system's on-disk code cache (vm/interp/code_cache.cpp) writes and reads Krait code
// objects, in its own variant of type 'c' (marshalCodeDumps / marshalCodeLoads below).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "modules/modules.h"
#include "bytecode/code.h"
#include "modules/marshal.h"
#include "objects/bigint.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace krait {

namespace {

using Args = Object* const*;

constexpr int kVersion = 4;
constexpr int kMaxDepth = 2000;   // MAX_MARSHAL_STACK_DEPTH
constexpr int64_t kSize32Max = 0x7FFFFFFF;

// Type codes (marshal.c).
constexpr char kNull = '0';
constexpr char kNone = 'N';
constexpr char kFalse = 'F';
constexpr char kTrue = 'T';
constexpr char kStopIter = 'S';
constexpr char kEllipsis = '.';
constexpr char kInt = 'i';
constexpr char kInt64 = 'I';   // read only (old data)
constexpr char kFloat = 'f';
constexpr char kBinaryFloat = 'g';
constexpr char kComplex = 'x';
constexpr char kBinaryComplex = 'y';
constexpr char kLong = 'l';
constexpr char kString = 's';
constexpr char kInterned = 't';
constexpr char kRef = 'r';
constexpr char kTuple = '(';
constexpr char kList = '[';
constexpr char kDict = '{';
constexpr char kCode = 'c';
constexpr char kUnicode = 'u';
constexpr char kSet = '<';
constexpr char kFrozenSet = '>';
constexpr char kAscii = 'a';
constexpr char kAsciiInterned = 'A';
constexpr char kSmallTuple = ')';
constexpr char kShortAscii = 'z';
constexpr char kShortAsciiInterned = 'Z';
constexpr unsigned char kFlagRef = 0x80;

// Longs are written in base 2**15 digits, as CPython's PyLong_MARSHAL_SHIFT.
constexpr int kLongShift = 15;
constexpr uint32_t kLongBase = 1u << kLongShift;

// ---- Writing ----

enum class WriteError { None, Unmarshallable, TooDeep, Failed };

struct Writer {
    std::string out;
    int version = kVersion;
    int depth = 0;
    WriteError error = WriteError::None;
    bool codeObjects = false;   // Krait code objects allowed (the code cache's format)
    // Objects written with FLAG_REF, by identity -> their reference index. The objects are
    // held (as CPython's hashtable does) so an address cannot be reused while writing.
    std::unordered_map<Object*, int32_t> refs;
    std::vector<Ref<>> held;

    void byte(char c) { out += c; }
    void u32(uint32_t v) {
        for (int i = 0; i < 4; i++) out += static_cast<char>((v >> (8 * i)) & 0xFF);
    }
    void i32(int32_t v) { u32(static_cast<uint32_t>(v)); }
    void u16(uint32_t v) {
        out += static_cast<char>(v & 0xFF);
        out += static_cast<char>((v >> 8) & 0xFF);
    }
    void f64(double d) {
        uint64_t bits;
        std::memcpy(&bits, &d, sizeof bits);
        for (int i = 0; i < 8; i++) out += static_cast<char>((bits >> (8 * i)) & 0xFF);
    }
    // The text form of versions 0 and 1: a length byte and "%.17g" (CPython's
    // PyOS_double_to_string(d, 'g', 17, 0)).
    void textDouble(double d) {
        char buf[40];
        if (std::isnan(d)) {
            std::snprintf(buf, sizeof buf, "nan");
        } else if (std::isinf(d)) {
            std::snprintf(buf, sizeof buf, d < 0 ? "-inf" : "inf");
        } else {
            std::snprintf(buf, sizeof buf, "%.17g", d);
        }
        size_t n = std::strlen(buf);
        out += static_cast<char>(n);
        out.append(buf, n);
    }
    // A size-prefixed byte string (w_pstring); sizes above 2**31-1 cannot be written.
    bool pstring(std::string_view s) {
        if (s.size() > static_cast<size_t>(kSize32Max)) {
            error = WriteError::Unmarshallable;
            return false;
        }
        i32(static_cast<int32_t>(s.size()));
        out.append(s);
        return true;
    }
};

// w_ref: an object seen before is written as a reference; a shared one (more than one
// reference) is remembered with FLAG_REF on its type code. Returns true if a reference was
// written; sets *flag otherwise when the object gets an index.
bool writeRef(Writer& w, Object* v, unsigned char* flag) {
    if (w.version < 3) return false;
    bool interned = isStrExact(v) && asStr(v)->interned;
    if (v->refcnt == 1 && !interned) return false;
    auto it = w.refs.find(v);
    if (it != w.refs.end()) {
        w.byte(kRef);
        w.i32(it->second);
        return true;
    }
    if (w.refs.size() >= static_cast<size_t>(kSize32Max)) {
        w.error = WriteError::Unmarshallable;
        return true;
    }
    int32_t index = static_cast<int32_t>(w.refs.size());
    w.refs.emplace(v, index);
    w.held.push_back(Ref<>::borrow(v));
    *flag |= kFlagRef;
    return false;
}

void writeObject(Writer& w, Object* v);

void writeType(Writer& w, char code, unsigned char flag) {
    w.byte(static_cast<char>(static_cast<unsigned char>(code) | flag));
}

void writeLong(Writer& w, Object* v, unsigned char flag) {
    int64_t small;
    if (intAsInt64(v, &small) && small >= INT32_MIN && small <= INT32_MAX) {
        writeType(w, kInt, flag);
        w.i32(static_cast<int32_t>(small));
        return;
    }
    clearError();
    BigInt b = intToBigInt(v);
    // |v| as 15-bit digits, least significant first.
    std::vector<uint32_t> digits;
    const std::vector<uint32_t>& limbs = b.limbs();
    size_t totalBits = limbs.size() * 32;
    for (size_t bit = 0; bit < totalBits; bit += kLongShift) {
        uint32_t d = 0;
        for (int k = 0; k < kLongShift && bit + k < totalBits; k++) {
            size_t pos = bit + k;
            if ((limbs[pos / 32] >> (pos % 32)) & 1u) d |= 1u << k;
        }
        digits.push_back(d);
    }
    while (!digits.empty() && digits.back() == 0) digits.pop_back();
    if (digits.size() > static_cast<size_t>(kSize32Max)) {
        w.error = WriteError::Unmarshallable;
        return;
    }
    writeType(w, kLong, flag);
    int32_t n = static_cast<int32_t>(digits.size());
    w.i32(b.isNegative() ? -n : n);
    for (uint32_t d : digits) w.u16(d);
}

void writeStr(Writer& w, Object* v, unsigned char flag) {
    StrObject* s = asStr(v);
    bool interned = w.version >= 3 && s->interned;
    if (w.version >= 4 && s->ascii) {
        std::string_view text = strView(v);
        if (text.size() < 256) {
            writeType(w, interned ? kShortAsciiInterned : kShortAscii, flag);
            w.byte(static_cast<char>(text.size()));
            w.out.append(text);
        } else {
            writeType(w, interned ? kAsciiInterned : kAscii, flag);
            w.pstring(text);
        }
        return;
    }
    std::string utf8;
    if (!codecsEncodeToStd(v, "utf-8", "surrogatepass", utf8)) {
        w.error = WriteError::Failed;
        return;
    }
    writeType(w, interned ? kInterned : kUnicode, flag);
    w.pstring(utf8);
}

void writeItems(Writer& w, Object* seq) {
    ssize n = isTuple(seq) ? tupleSize(seq) : listSize(seq);
    for (ssize i = 0; i < n && w.error == WriteError::None; i++) {
        if (!isTuple(seq) && i >= listSize(seq)) break;
        writeObject(w, isTuple(seq) ? tupleItem(seq, i) : listItem(seq, i));
    }
}

// A vector's elements as raw bytes (the code cache is per build and architecture, so the
// host's layout is the format).
template <typename T>
void writeRaw(Writer& w, const std::vector<T>& items) {
    w.pstring(std::string_view(reinterpret_cast<const char*>(items.data()), items.size() * sizeof(T)));
}

// A Krait code object (code-cache format only): the scalar fields, the instruction units as
// compiled (the adaptive counters are rewritten when it is loaded), the exception table, the
// positions and the object fields.
void writeCode(Writer& w, Object* v, unsigned char flag) {
    CodeObject* co = asCode(v);
    writeType(w, kCode, flag);
    w.i32(co->argCount);
    w.i32(co->posOnlyArgCount);
    w.i32(co->kwOnlyArgCount);
    w.u32(co->flags);
    w.i32(co->stackSize);
    w.i32(co->firstLineNo);
    writeRaw(w, *co->code);
    w.i32(static_cast<int32_t>(co->exceptionTable->size()));
    for (const ExceptionEntry& e : *co->exceptionTable) {
        w.u32(e.start);
        w.u32(e.end);
        w.u32(e.target);
        w.u32(e.depth);
        w.byte(e.lasti ? 1 : 0);
    }
    writeRaw(w, *co->positions);
    for (Object* o : {co->consts, co->names, co->localsPlusNames, co->localsPlusKinds,
                      co->filename, co->name, co->qualname}) {
        writeObject(w, o);
    }
}

void writeComplexObject(Writer& w, Object* v, unsigned char flag) {
    if (v->type == &IntType) {
        writeLong(w, v, flag);
    } else if (v->type == &FloatType) {
        if (w.version > 1) {
            writeType(w, kBinaryFloat, flag);
            w.f64(floatValue(v));
        } else {
            writeType(w, kFloat, flag);
            w.textDouble(floatValue(v));
        }
    } else if (v->type == &ComplexType) {
        ComplexObject* c = reinterpret_cast<ComplexObject*>(v);
        if (w.version > 1) {
            writeType(w, kBinaryComplex, flag);
            w.f64(c->real);
            w.f64(c->imag);
        } else {
            writeType(w, kComplex, flag);
            w.textDouble(c->real);
            w.textDouble(c->imag);
        }
    } else if (v->type == &BytesType) {
        writeType(w, kString, flag);
        w.pstring(bytesView(v));
    } else if (v->type == &StrType) {
        writeStr(w, v, flag);
    } else if (v->type == &TupleType) {
        ssize n = tupleSize(v);
        if (w.version >= 4 && n < 256) {
            writeType(w, kSmallTuple, flag);
            w.byte(static_cast<char>(n));
        } else {
            if (n > kSize32Max) {
                w.error = WriteError::Unmarshallable;
                return;
            }
            writeType(w, kTuple, flag);
            w.i32(static_cast<int32_t>(n));
        }
        writeItems(w, v);
    } else if (v->type == &ListType) {
        ssize n = listSize(v);
        if (n > kSize32Max) {
            w.error = WriteError::Unmarshallable;
            return;
        }
        writeType(w, kList, flag);
        w.i32(static_cast<int32_t>(n));
        writeItems(w, v);
    } else if (v->type == &DictType) {
        writeType(w, kDict, flag);
        ssize pos = 0;
        Object *k, *val;
        while (w.error == WriteError::None && dictNext(v, &pos, &k, &val)) {
            Ref<> kr = Ref<>::borrow(k), vr = Ref<>::borrow(val);
            writeObject(w, kr.get());
            writeObject(w, vr.get());
        }
        w.byte(kNull);
    } else if (v->type == &SetType || v->type == &FrozenSetType) {
        ssize n = setSize(v);
        if (n > kSize32Max) {
            w.error = WriteError::Unmarshallable;
            return;
        }
        writeType(w, v->type == &SetType ? kSet : kFrozenSet, flag);
        w.i32(static_cast<int32_t>(n));
        // Iterate over a snapshot: writing runs no Python code, but stay safe.
        Ref<> items = Ref<>::steal(sequenceList(v));
        if (!items) {
            w.error = WriteError::Failed;
            return;
        }
        writeItems(w, items.get());
    } else if (w.codeObjects && v->type == &CodeType) {
        writeCode(w, v, flag);
    } else {
        // Other bytes-like objects (bytearray, memoryview, array.array) are written as bytes.
        bool buffer = isByteArray(v) || v->type == &MemoryViewType;
        if (!buffer) {
            if (Object* storage = bufferExporterStorage(v)) {
                decref(storage);
                buffer = true;
            }
        }
        if (buffer) {
            std::string_view view;
            if (!getBytesView(v, &view)) {
                w.error = WriteError::Failed;
                return;
            }
            writeType(w, kString, flag);
            w.pstring(view);
            return;
        }
        if (errOccurred()) {
            w.error = WriteError::Failed;
            return;
        }
        w.byte('?');
        w.error = WriteError::Unmarshallable;
    }
}

void writeObject(Writer& w, Object* v) {
    if (w.error != WriteError::None) return;
    if (++w.depth > kMaxDepth) {
        w.error = WriteError::TooDeep;
    } else if (v == none()) {
        w.byte(kNone);
    } else if (v == asObject(&ExcStopIteration)) {
        w.byte(kStopIter);
    } else if (v == ellipsis()) {
        w.byte(kEllipsis);
    } else if (v == falseObj()) {
        w.byte(kFalse);
    } else if (v == trueObj()) {
        w.byte(kTrue);
    } else {
        unsigned char flag = 0;
        if (!writeRef(w, v, &flag)) writeComplexObject(w, v, flag);
    }
    w.depth--;
}

// The marshalled bytes of v (new reference) or null with the error set.
Object* marshalDumps(Object* v, int version) {
    Writer w;
    w.version = version;
    writeObject(w, v);
    switch (w.error) {
    case WriteError::None: return bytesFromStd(w.out);
    case WriteError::Unmarshallable:
        if (!errOccurred()) setError(&ExcValueError, "unmarshallable object");
        return nullptr;
    case WriteError::TooDeep:
        return setError(&ExcValueError, "object too deeply nested to marshal");
    case WriteError::Failed: break;
    }
    if (!errOccurred()) setError(&ExcValueError, "unmarshallable object");
    return nullptr;
}

// ---- Reading ----

struct Reader {
    // Either a memory buffer or a file object read with file.read(n).
    std::string_view data;
    size_t pos = 0;
    Object* file = nullptr;
    std::string chunk;   // the last piece read from the file
    int depth = 0;
    std::vector<Ref<>> refs;   // null entries: reserved, not yet filled
    bool codeObjects = false;   // Krait code objects allowed (the code cache's format)

    // n bytes, or null with EOFError ("marshal data too short").
    const char* take(size_t n) {
        if (!file) {
            if (data.size() - pos < n) {
                setError(&ExcEOFError, "marshal data too short");
                return nullptr;
            }
            const char* p = data.data() + pos;
            pos += n;
            return p;
        }
        Ref<> count = Ref<>::steal(intFromUint64(n));
        if (!count) return nullptr;
        Object* a = count.get();
        Ref<> got = Ref<>::steal(callMethod(file, "read", &a, 1));
        if (!got) return nullptr;
        std::string_view view;
        if (!isBytes(got.get()) && !isByteArray(got.get())) {
            setError(&ExcTypeError, "file.read() returned not bytes but %T", got.get());
            return nullptr;
        }
        if (!getBytesView(got.get(), &view)) return nullptr;
        if (view.size() != n) {
            if (view.size() > n) {
                setError(&ExcValueError, "read() returned too much data: %zu bytes requested, "
                         "%zu returned", n, view.size());
            } else {
                setError(&ExcEOFError, "marshal data too short");
            }
            return nullptr;
        }
        chunk.assign(view);
        return chunk.data();
    }
    bool byte(int* out) {
        const char* p = take(1);
        if (!p) return false;
        *out = static_cast<unsigned char>(*p);
        return true;
    }
    bool i32(int32_t* out) {
        const char* p = take(4);
        if (!p) return false;
        uint32_t v = 0;
        for (int i = 0; i < 4; i++) v |= static_cast<uint32_t>(static_cast<unsigned char>(p[i])) << (8 * i);
        *out = static_cast<int32_t>(v);
        return true;
    }
    bool f64(double* out) {
        const char* p = take(8);
        if (!p) return false;
        uint64_t bits = 0;
        for (int i = 0; i < 8; i++) bits |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
        std::memcpy(out, &bits, sizeof bits);
        return true;
    }
};

Object* badData(const char* what) {
    return setError(&ExcValueError, "bad marshal data (%s)", what);
}

// A text float (TYPE_FLOAT / TYPE_COMPLEX parts): one length byte and the digits.
bool readTextDouble(Reader& r, double* out) {
    int n;
    if (!r.byte(&n)) return false;
    const char* p = r.take(static_cast<size_t>(n));
    if (!p) return false;
    Ref<> text = Ref<>::steal(strFromLatin1(std::string_view(p, static_cast<size_t>(n))));
    if (!text) return false;
    Object* t = text.get();
    Ref<> f = Ref<>::steal(call(asObject(&FloatType), &t, 1));
    if (!f) return false;
    *out = floatValue(f.get());
    return true;
}

// A size (r_long) checked to be in 0 .. 2**31-1; false + ValueError("bad marshal data (what)").
bool readSize(Reader& r, ssize* n, const char* what) {
    int32_t v;
    if (!r.i32(&v)) return false;
    if (v < 0) {
        badData(what);
        return false;
    }
    *n = v;
    return true;
}

Object* readObject(Reader& r);

// Reads an item of a container; a NULL item is an error for all but dicts.
Object* readItem(Reader& r, const char* container) {
    Object* o = readObject(r);
    if (!o && !errOccurred()) {
        setError(&ExcTypeError, "NULL object in marshal data for %s", container);
    }
    return o;
}

Object* readLong(Reader& r) {
    int32_t n;
    if (!r.i32(&n)) return nullptr;
    if (n == INT32_MIN) return badData("long size out of range");
    bool negative = n < 0;
    size_t count = static_cast<size_t>(negative ? -static_cast<int64_t>(n) : n);
    if (count == 0) return intFromInt64(0);
    // Little-endian bytes of |value|, assembled from the 15-bit digits.
    std::string bytes((count * kLongShift + 7) / 8 + 1, '\0');
    size_t bit = 0;
    for (size_t i = 0; i < count; i++) {
        const char* p = r.take(2);
        if (!p) return nullptr;
        uint32_t d = static_cast<unsigned char>(p[0]) | (static_cast<uint32_t>(static_cast<unsigned char>(p[1])) << 8);
        if (d >= kLongBase) return badData("digit out of range in long");
        if (i == count - 1 && d == 0) return badData("unnormalized long data");
        for (int k = 0; k < kLongShift; k++, bit++) {
            if ((d >> k) & 1u) bytes[bit / 8] = static_cast<char>(bytes[bit / 8] | (1 << (bit % 8)));
        }
    }
    BigInt b = BigInt::fromBytes(bytes, true, false);
    if (negative) b = b.neg();
    return intFromBigInt(b);
}

Object* readStr(Reader& r, int type) {
    ssize n;
    if (type == kShortAscii || type == kShortAsciiInterned) {
        int c;
        if (!r.byte(&c)) return nullptr;
        n = c;
    } else if (!readSize(r, &n, "string size out of range")) {
        return nullptr;
    }
    const char* p = r.take(static_cast<size_t>(n));
    if (!p) return nullptr;
    std::string_view bytes(p, static_cast<size_t>(n));
    Object* s;
    if (type == kUnicode || type == kInterned) {
        s = codecsDecode(bytes, "utf-8", "surrogatepass");
    } else {
        s = strFromLatin1(bytes);
    }
    if (s && (type == kInterned || type == kAsciiInterned || type == kShortAsciiInterned)) {
        strInternInPlace(&s);
    }
    return s;
}

// Stores o (borrowed) as reference `index` (a slot reserved before its items were read).
void fillRef(Reader& r, ssize index, Object* o) {
    if (index >= 0) r.refs[static_cast<size_t>(index)] = Ref<>::borrow(o);
}

ssize reserveRef(Reader& r, bool flag) {
    if (!flag) return -1;
    r.refs.emplace_back();
    return static_cast<ssize>(r.refs.size() - 1);
}

template <typename T>
bool readRaw(Reader& r, std::vector<T>* out) {
    ssize n;
    if (!readSize(r, &n, "code size out of range")) return false;
    if (size_t(n) % sizeof(T) != 0) {
        badData("code size");
        return false;
    }
    const char* p = r.take(size_t(n));
    if (!p) return false;
    out->resize(size_t(n) / sizeof(T));
    if (n) std::memcpy(out->data(), p, size_t(n));
    return true;
}

// The counterpart of writeCode: a new code object, checked only for the consistency the
// interpreter relies on (the data comes from this build's own cache files).
Object* readCode(Reader& r) {
    int32_t argCount, posOnly, kwOnly, flags, stackSize, firstLine, nEntries;
    if (!r.i32(&argCount) || !r.i32(&posOnly) || !r.i32(&kwOnly) || !r.i32(&flags) ||
        !r.i32(&stackSize) || !r.i32(&firstLine)) {
        return nullptr;
    }
    auto code = std::make_unique<std::vector<CodeUnit>>();
    auto table = std::make_unique<std::vector<ExceptionEntry>>();
    auto positions = std::make_unique<std::vector<Position>>();
    if (!readRaw(r, code.get()) || !r.i32(&nEntries)) return nullptr;
    if (nEntries < 0) return badData("exception table size");
    for (int32_t i = 0; i < nEntries; i++) {
        int32_t start, end, target, depth;
        int lasti;
        if (!r.i32(&start) || !r.i32(&end) || !r.i32(&target) || !r.i32(&depth) ||
            !r.byte(&lasti)) {
            return nullptr;
        }
        table->push_back({uint32_t(start), uint32_t(end), uint32_t(target), uint32_t(depth),
                          lasti != 0});
    }
    if (!readRaw(r, positions.get())) return nullptr;
    Ref<> fields[7];
    for (Ref<>& f : fields) {
        f.reset(readItem(r, "code"));
        if (!f) return nullptr;
    }
    if (code->empty() || !isTuple(fields[0].get()) || !isTuple(fields[1].get()) ||
        !isTuple(fields[2].get()) || !isBytes(fields[3].get()) ||
        tupleSize(fields[2].get()) != ssize(bytesView(fields[3].get()).size())) {
        return badData("code object");
    }
    return codeNew(argCount, posOnly, kwOnly, uint32_t(flags), stackSize, firstLine,
                   code.release(), fields[0].get(), fields[1].get(), fields[2].get(),
                   fields[3].get(), fields[4].get(), fields[5].get(), fields[6].get(),
                   table.release(), positions.release());
}

Object* readObjectInner(Reader& r, int type, bool flag) {
    switch (type) {
    case kNull: return nullptr;
    case kNone: return newNone();
    case kStopIter: return newRef(asObject(&ExcStopIteration));
    case kEllipsis: return newRef(ellipsis());
    case kFalse: return newRef(falseObj());
    case kTrue: return newRef(trueObj());
    default: break;
    }
    Object* v = nullptr;
    ssize idx = -1;
    switch (type) {
    case kInt: {
        int32_t x;
        if (!r.i32(&x)) return nullptr;
        v = intFromInt64(x);
        break;
    }
    case kInt64: {
        const char* p = r.take(8);
        if (!p) return nullptr;
        uint64_t u = 0;
        for (int i = 0; i < 8; i++) u |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
        v = intFromInt64(static_cast<int64_t>(u));
        break;
    }
    case kLong: v = readLong(r); break;
    case kFloat: {
        double d;
        if (!readTextDouble(r, &d)) return nullptr;
        v = floatFromDouble(d);
        break;
    }
    case kBinaryFloat: {
        double d;
        if (!r.f64(&d)) return nullptr;
        v = floatFromDouble(d);
        break;
    }
    case kComplex: {
        double re, im;
        if (!readTextDouble(r, &re) || !readTextDouble(r, &im)) return nullptr;
        v = complexFromDoubles(re, im);
        break;
    }
    case kBinaryComplex: {
        double re, im;
        if (!r.f64(&re) || !r.f64(&im)) return nullptr;
        v = complexFromDoubles(re, im);
        break;
    }
    case kString: {
        ssize n;
        if (!readSize(r, &n, "bytes object size out of range")) return nullptr;
        const char* p = r.take(static_cast<size_t>(n));
        if (!p) return nullptr;
        v = bytesFromStd(std::string_view(p, static_cast<size_t>(n)));
        break;
    }
    case kUnicode:
    case kInterned:
    case kAscii:
    case kAsciiInterned:
    case kShortAscii:
    case kShortAsciiInterned: v = readStr(r, type); break;
    case kSmallTuple:
    case kTuple: {
        ssize n;
        if (type == kSmallTuple) {
            int c;
            if (!r.byte(&c)) return nullptr;
            n = c;
        } else if (!readSize(r, &n, "tuple size out of range")) {
            return nullptr;
        }
        idx = reserveRef(r, flag);
        std::vector<Ref<>> items;
        for (ssize i = 0; i < n; i++) {
            Object* item = readItem(r, "tuple");
            if (!item) return nullptr;
            items.push_back(Ref<>::steal(item));
        }
        v = tupleNew(n);
        if (!v) return nullptr;
        for (ssize i = 0; i < n; i++) tupleSetItemSteal(v, i, items[size_t(i)].release());
        fillRef(r, idx, v);
        return v;
    }
    case kList: {
        ssize n;
        if (!readSize(r, &n, "list size out of range")) return nullptr;
        Ref<> list = Ref<>::steal(listNew(0));
        if (!list) return nullptr;
        idx = reserveRef(r, flag);
        fillRef(r, idx, list.get());
        for (ssize i = 0; i < n; i++) {
            Ref<> item = Ref<>::steal(readItem(r, "list"));
            if (!item || listAppend(list.get(), item.get()) < 0) return nullptr;
        }
        return list.release();
    }
    case kDict: {
        Ref<> dict = Ref<>::steal(dictNew());
        if (!dict) return nullptr;
        idx = reserveRef(r, flag);
        fillRef(r, idx, dict.get());
        for (;;) {
            Ref<> key = Ref<>::steal(readObject(r));
            if (!key) break;
            Ref<> val = Ref<>::steal(readObject(r));
            if (!val) break;
            if (dictSetItem(dict.get(), key.get(), val.get()) < 0) return nullptr;
        }
        if (errOccurred()) return nullptr;
        return dict.release();
    }
    case kSet:
    case kFrozenSet: {
        ssize n;
        if (!readSize(r, &n, "set size out of range")) return nullptr;
        idx = reserveRef(r, flag);
        Ref<> set = Ref<>::steal(setNew(nullptr));
        if (!set) return nullptr;
        if (type == kSet) fillRef(r, idx, set.get());
        for (ssize i = 0; i < n; i++) {
            Ref<> item = Ref<>::steal(readItem(r, "set"));
            if (!item || setAdd(set.get(), item.get()) < 0) return nullptr;
        }
        if (type == kSet) return set.release();
        v = frozenSetNew(set.get());
        if (v) fillRef(r, idx, v);
        return v;
    }
    case kRef: {
        int32_t n;
        if (!r.i32(&n)) return nullptr;
        if (n < 0 || static_cast<size_t>(n) >= r.refs.size() || !r.refs[size_t(n)]) {
            return badData("invalid reference");
        }
        return newRef(r.refs[size_t(n)].get());
    }
    case kCode:
        if (r.codeObjects) {
            idx = reserveRef(r, flag);
            v = readCode(r);
            if (v) fillRef(r, idx, v);
            return v;
        }
        return setError(&ExcValueError,
                        "bad marshal data (code objects are not supported by Krait's marshal)");
    default: return badData("unknown type code");
    }
    if (v && flag) {
        r.refs.push_back(Ref<>::borrow(v));
    }
    return v;
}

Object* readObject(Reader& r) {
    if (++r.depth > kMaxDepth) {
        r.depth--;
        return setError(&ExcValueError, "recursion limit exceeded");
    }
    int code;
    Object* v = nullptr;
    if (r.byte(&code)) {
        v = readObjectInner(r, code & ~kFlagRef, (code & kFlagRef) != 0);
    } else if (errMatches(&ExcEOFError)) {
        clearError();
        setError(&ExcEOFError, "EOF read where object expected");
    }
    r.depth--;
    return v;
}

Object* marshalLoadsFrom(Reader& r) {
    Object* v = readObject(r);
    if (!v && !errOccurred()) {
        setError(&ExcTypeError, "NULL object in marshal data for object");
    }
    return v;
}

bool parseVersion(Args args, size_t nargs, size_t index, int* version) {
    *version = kVersion;
    if (nargs <= index) return true;
    int64_t v;
    if (isFloat(args[index])) {
        setError(&ExcTypeError, "'float' object cannot be interpreted as an integer");
        return false;
    }
    Ref<> i = Ref<>::steal(numberIndex(args[index]));
    if (!i) return false;
    if (!intAsInt64(i.get(), &v) || v < INT32_MIN || v > INT32_MAX) {
        clearError();
        setError(&ExcOverflowError, "Python int too large to convert to C int");
        return false;
    }
    *version = static_cast<int>(v);
    return true;
}

}  // namespace

bool marshalCodeDumps(Object* code, std::string* out) {
    Writer w;
    w.codeObjects = true;
    writeObject(w, code);
    if (w.error != WriteError::None) {
        clearError();
        return false;
    }
    *out = std::move(w.out);
    return true;
}

Object* marshalCodeLoads(std::string_view data) {
    Reader r;
    r.data = data;
    r.codeObjects = true;
    return marshalLoadsFrom(r);
}

namespace {

Object* mDumps(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("dumps", nargs, 1, 2)) return nullptr;
    int version;
    if (!parseVersion(args, nargs, 1, &version)) return nullptr;
    return marshalDumps(args[0], version);
}

Object* mDump(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("dump", nargs, 2, 3)) return nullptr;
    int version;
    if (!parseVersion(args, nargs, 2, &version)) return nullptr;
    Ref<> data = Ref<>::steal(marshalDumps(args[0], version));
    if (!data) return nullptr;
    Object* d = data.get();
    Ref<> r = Ref<>::steal(callMethod(args[1], "write", &d, 1));
    if (!r) return nullptr;
    return newNone();
}

Object* mLoads(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("loads", nargs, 1, 1)) return nullptr;
    std::string_view view;
    if (isStr(args[0])) {
        return setError(&ExcTypeError, "a bytes-like object is required, not 'str'");
    }
    if (!getBytesView(args[0], &view)) return nullptr;
    // Keep the buffer alive (and its bytes) while reading: copy it.
    std::string copy(view);
    Reader r;
    r.data = copy;
    return marshalLoadsFrom(r);
}

Object* mLoad(Object*, Args args, size_t nargs, Object*) {
    if (!checkArgCount("load", nargs, 1, 1)) return nullptr;
    Reader r;
    r.file = args[0];
    return marshalLoadsFrom(r);
}

const MethodDef kMarshalMethods[] = {
    {"dump", mDump, kMethNoKw,
     "dump($module, value, file, version=version, /)\n--\n\nWrite the value on the open file."},
    {"load", mLoad, kMethNoKw,
     "load($module, file, /)\n--\n\nRead one value from the open file and return it."},
    {"dumps", mDumps, kMethNoKw,
     "dumps($module, value, version=version, /)\n--\n\nReturn the bytes object that would be "
     "written to a file by dump(value, file)."},
    {"loads", mLoads, kMethNoKw,
     "loads($module, bytes, /)\n--\n\nConvert the bytes-like object to a value.\n\nIf no valid "
     "value is found, raise EOFError, ValueError or TypeError.  Extra bytes in the input are "
     "ignored."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createMarshalModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("marshal"));
    if (!m || !moduleAddFunctions(m.get(), kMarshalMethods)) return nullptr;
    if (!moduleAddInt(m.get(), "version", kVersion)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__",
                         "This module contains functions that can read and write Python values "
                         "in\na binary format. The format is specific to Python, but independent "
                         "of\nmachine architecture issues.\n")) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
