// builtins.open() and the native file objects. One object layout (FileObject) serves every
// class: the binary layers (_io.FileIO unbuffered, _io.BufferedReader/Writer/Random) own the
// file descriptor, a read-ahead buffer and a write buffer; _io.TextIOWrapper holds a binary
// layer (its `buffer`) and decodes/encodes (utf-8, latin-1, ascii with CPython's error
// handlers) and translates newlines as io.TextIOWrapper does. Error messages follow CPython.
#include "modules/builtins_file.h"

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/args_kw.h"
#include "core/errors.h"
#include "core/gil.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/import.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "platform/platform.h"

namespace krait {

extern Type IOBaseType;
extern Type RawIOBaseType;
extern Type BufferedIOBaseType;
extern Type TextIOBaseType;
extern Type FileIOType;
extern Type BufferedReaderType;
extern Type BufferedWriterType;
extern Type BufferedRandomType;
extern Type BufferedRWPairType;
extern Type TextIOWrapperType;
extern Type StringIOType;
extern Type BytesIOType;
extern Type IncrementalNewlineDecoderType;

namespace {

using Args = Object* const*;

constexpr size_t kChunk = 8192;

enum class IoKind : uint8_t { Raw, Reader, Writer, Random, Text, StringIO, BytesIO };
// Other: any codec of the registry, through its incremental decoder/encoder objects.
enum class Codec : uint8_t { Utf8, Latin1, Ascii, Other };
enum class Newline : uint8_t { Universal, Untranslated, Lf, Cr, CrLf };
enum : uint8_t { kSeenCr = 1, kSeenLf = 2, kSeenCrLf = 4 };

struct FileObject;
struct FileRegistry {
    FileObject* head = nullptr;
};

struct FileObject {
    Object ob;
    Object* dict;
    Object* weaklist;
    Object* name;          // binary layers: the `file` argument of open()
    Object* mode;          // binary layers: str (the text layer keeps `mode` in its __dict__)
    FileObject* buffer;    // text layer: the binary layer (owned)
    Object* encoding;      // text layer: str as given to open()
    Object* errors;        // text layer: str
    std::string* rbuf;     // binary layers: bytes read ahead (unread part starts at rpos)
    std::string* wbuf;     // binary layers: bytes not yet written; BytesIO: the contents
    std::u32string* text;  // StringIO: the contents; text layer of Codec::Other: decoded
                           // characters not yet read (from rpos on)
    size_t rpos;
    Object* decoder;       // text layer of Codec::Other: incremental decoder (if readable)
    Object* encoder;       // ... and encoder (if writable)
    int fd;
    IoKind kind;
    Codec codec;
    Newline newline;
    uint8_t seenNewlines;
    bool readable, writable, appending, closefd, closed, seekable;
    bool lineBuffering, writeThrough;
    bool sigPending;  // utf-8-sig: BOM not yet handled
    // Binary layers made by BufferedReader(raw) & co. do their I/O through the Python object
    // rawObj (readinto/write/seek/tell/close; fd is -1); BufferedRWPair writes through
    // rawWriter. A TextIOWrapper over any other buffered object holds an `adapter`: a binary
    // layer reading the object with read1()/read() (its `buffer` attribute shows rawObj).
    Object* rawObj;
    Object* rawWriter;
    bool adapter;
    bool hasRead1;
    bool detached;   // detach() was called: every operation raises ValueError
    bool uninit;     // made by BufferedReader.__new__ and not yet by __init__
    // Writable binary layers are linked into their interpreter's list of open files so their
    // output is flushed at exit (see flushOpenFiles).
    FileRegistry* registry;
    FileObject* prevOpen;
    FileObject* nextOpen;
};

FileObject* asFile(Object* o) { return reinterpret_cast<FileObject*>(o); }
FileObject* newFile(Type* t, IoKind kind);
bool isText(FileObject* f) { return f->kind == IoKind::Text; }

void registerOpen(FileObject* f) {
    InterpState* interp = currentInterp();
    if (!interp->builtinsModule) return;
    auto* reg = static_cast<FileRegistry*>(asModule(interp->builtinsModule)->state);
    if (!reg) return;
    f->registry = reg;
    f->prevOpen = nullptr;
    f->nextOpen = reg->head;
    if (reg->head) reg->head->prevOpen = f;
    reg->head = f;
}

void unregisterOpen(FileObject* f) {
    if (!f->registry) return;
    if (f->prevOpen)
        f->prevOpen->nextOpen = f->nextOpen;
    else
        f->registry->head = f->nextOpen;
    if (f->nextOpen) f->nextOpen->prevOpen = f->prevOpen;
    f->registry = nullptr;
    f->prevOpen = f->nextOpen = nullptr;
}
// The binary layer of a file object (itself for binary files).
FileObject* binaryOf(FileObject* f) { return isText(f) ? f->buffer : f; }

const char* const kClosedMsg = "I/O operation on closed file.";
const char* const kClosedMsgRaw = "I/O operation on closed file";

Object* unsupported(const char* msg) { return setError(&UnsupportedOperationType, "%s", msg); }

// An `err` value of the raw* primitives below: a Python exception is already set.
constexpr int kPyError = -1;

bool osError(int err) {
    if (err == kPyError) return false;
    setErrorFromErrno(&ExcOSError, err ? err : EIO);
    return false;
}

// ---------------------------------------------------------------------------------------------
// I/O of a binary layer: its descriptor, or its Python raw object (BufferedReader(raw), ...).

Object* rawTarget(FileObject* b, bool write) {
    return write && b->rawWriter ? b->rawWriter : b->rawObj;
}

// The int a raw object's method returned, or false with an error.
bool intResult(Object* r, int64_t* out) {
    if (isInt(r) && intAsInt64(r, out)) return true;
    if (!errOccurred()) setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", r);
    return false;
}

// The count a raw readinto()/write() returned, checked against the n bytes it was given.
bool lengthResult(Object* r, const char* method, size_t n, int64_t* out) {
    if (!intResult(r, out)) return false;
    if (*out < 0 || *out > static_cast<int64_t>(n)) {
        setError(&ExcOSError, "raw %s() returned invalid length %lld (should have been between 0 and %zu)",
                 method, static_cast<long long>(*out), n);
        return false;
    }
    return true;
}

// Appends up to n bytes read from b's source to *out; returns the count (0 at end of input)
// or -1 with *err set.
int64_t rawRead(FileObject* b, std::string* out, size_t n, int* err) {
    size_t old = out->size();
    if (!b->rawObj) {
        out->resize(old + n);
        int64_t r = platform::readFd(b->fd, out->data() + old, n, err);
        out->resize(old + static_cast<size_t>(r > 0 ? r : 0));
        return r;
    }
    *err = kPyError;
    Ref<> size = Ref<>::steal(intFromInt64(static_cast<int64_t>(n)));
    if (!size) return -1;
    if (b->adapter) {
        // As TextIOWrapper: the buffer's read1() (or read()) returns the bytes.
        Object* a = size.get();
        Ref<> r = Ref<>::steal(callMethod(b->rawObj, b->hasRead1 ? "read1" : "read", &a, 1));
        if (!r) return -1;
        if (isNone(r.get())) return 0;
        std::string_view v;
        if (!getBytesView(r.get(), &v)) {
            clearError();
            setError(&ExcTypeError, "underlying %s() should have returned a bytes-like object, not '%T'",
                     b->hasRead1 ? "read1" : "read", r.get());
            return -1;
        }
        out->append(v);
        return static_cast<int64_t>(v.size());
    }
    Ref<> buf = Ref<>::steal(byteArrayFromStd(std::string(n, '\0')));
    if (!buf) return -1;
    Object* a = buf.get();
    Ref<> r = Ref<>::steal(callMethod(b->rawObj, "readinto", &a, 1));
    if (!r) return -1;
    if (isNone(r.get())) return 0;   // a non-blocking raw stream without data
    int64_t got;
    if (!lengthResult(r.get(), "readinto", n, &got)) return -1;
    out->append(asByteArray(buf.get())->data, static_cast<size_t>(got));
    return got;
}

// Writes up to n bytes; returns the count written or -1 with *err set.
int64_t rawWrite(FileObject* b, const char* p, size_t n, int* err) {
    if (!b->rawObj) return platform::writeFd(b->fd, p, n, err);
    *err = kPyError;
    Ref<> data = Ref<>::steal(bytesFromStd(std::string_view(p, n)));
    if (!data) return -1;
    Object* a = data.get();
    Ref<> r = Ref<>::steal(callMethod(rawTarget(b, true), "write", &a, 1));
    if (!r) return -1;
    if (b->adapter) return static_cast<int64_t>(n);   // TextIOWrapper ignores the result
    if (isNone(r.get())) {
        setError(&ExcBlockingIOError, "write could not complete without blocking");
        return -1;
    }
    int64_t put;
    if (!lengthResult(r.get(), "write", n, &put)) return -1;
    if (put == 0 && n) {
        setError(&ExcBlockingIOError, "write could not complete without blocking");
        return -1;
    }
    return put;
}

// seek(off, whence) of b's source (tell() for (0, 1) on a raw object); -1 with *err set.
int64_t rawSeek(FileObject* b, int64_t off, int whence, int* err) {
    if (!b->rawObj) return platform::seekFd(b->fd, off, whence, err);
    *err = kPyError;
    Ref<> r;
    if (off == 0 && whence == 1) {
        r = Ref<>::steal(callMethod(b->rawObj, "tell", nullptr, 0));
    } else {
        Ref<> o = Ref<>::steal(intFromInt64(off));
        Ref<> w = Ref<>::steal(intFromInt64(whence));
        if (!o || !w) return -1;
        Object* a[2] = {o.get(), w.get()};
        r = Ref<>::steal(callMethod(b->rawObj, "seek", a, 2));
    }
    if (!r) return -1;
    int64_t pos;
    if (!intResult(r.get(), &pos)) return -1;
    if (pos < 0) {
        setError(&ExcOSError, "Raw stream returned invalid position %lld", static_cast<long long>(pos));
        return -1;
    }
    return pos;
}

// Whether b's raw object reports itself closed (BufferedRWPair: its writer).
bool rawClosed(FileObject* b) {
    Ref<> c = Ref<>::steal(lookupAttr(rawTarget(b, true), KRAIT_STR(closed)));
    if (!c) {
        clearError();
        return false;
    }
    int v = isTrue(c.get());
    if (v < 0) clearError();
    return v > 0;
}

// Whether f's binary layer is closed; a raw view (a buffered file's `raw`, see getRaw) is also
// closed once its buffered file is.
bool isClosed(FileObject* f) {
    FileObject* b = binaryOf(f);
    if (b->rawObj && !b->closed) return rawClosed(b);
    return b->closed || (b->kind == IoKind::Raw && b->buffer && b->buffer->closed);
}

bool checkDetached(FileObject* f) {
    if (f->uninit) {
        setError(&ExcValueError, "I/O operation on uninitialized object");
        return false;
    }
    if (!f->detached) return true;
    setError(&ExcValueError, isText(f) ? "underlying buffer has been detached"
                                       : "raw stream has been detached");
    return false;
}

bool checkClosed(FileObject* f, const char* msg) {
    if (!checkDetached(f)) return false;
    if (isClosed(f)) {
        setError(&ExcValueError, "%s", msg);
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Binary layer primitives.

size_t unread(FileObject* b) { return b->rbuf->size() - b->rpos; }
const char* readPtr(FileObject* b) { return b->rbuf->data() + b->rpos; }

bool flushWrites(FileObject* b) {
    if (currentInterp()->gil && !b->wbuf->empty() && !b->rawObj) {
        // Threads: write a private copy with the GIL released (another thread may append to
        // the buffer meanwhile); what could not be written goes back in front.
        std::string w;
        w.swap(*b->wbuf);
        size_t off = 0;
        int err = 0;
        int fd = b->fd;
        {
            AllowThreads allow;
            while (off < w.size()) {
                int64_t n = platform::writeFd(fd, w.data() + off, w.size() - off, &err);
                if (n < 0) break;
                off += static_cast<size_t>(n);
            }
        }
        if (off < w.size()) {
            b->wbuf->insert(0, w, off, std::string::npos);
            return osError(err);
        }
        return true;
    }
    std::string& w = *b->wbuf;
    size_t off = 0;
    while (off < w.size()) {
        int err = 0;
        int64_t n = rawWrite(b, w.data() + off, w.size() - off, &err);
        if (n < 0) {
            w.erase(0, off);
            return osError(err);
        }
        off += static_cast<size_t>(n);
    }
    w.clear();
    return true;
}

// Forgets the read-ahead; with `rewind` the descriptor moves back to the logical position.
bool dropReadAhead(FileObject* b, bool rewind) {
    size_t n = unread(b);
    b->rbuf->clear();
    b->rpos = 0;
    if (n && rewind && b->seekable) {
        int err = 0;
        if (rawSeek(b, -static_cast<int64_t>(n), 1, &err) < 0) return osError(err);
    }
    return true;
}

// Reads more bytes at the end of the read-ahead buffer. Returns the count (0 at end of file)
// or -1 on error.
int64_t fillRead(FileObject* b, size_t want) {
    if (b->rpos == b->rbuf->size()) {
        b->rbuf->clear();
        b->rpos = 0;
    } else if (b->rpos >= 65536) {
        b->rbuf->erase(0, b->rpos);
        b->rpos = 0;
    }
    size_t n = b->kind == IoKind::Raw ? (want ? want : kChunk) : (want < kChunk ? kChunk : want);
    int err = 0;
    int64_t r;
    if (currentInterp()->gil && !b->rawObj) {
        // Threads: read into a private buffer with the GIL released.
        std::string chunk(n, '\0');
        int fd = b->fd;
        {
            AllowThreads allow;
            r = platform::readFd(fd, chunk.data(), n, &err);
        }
        if (r > 0) b->rbuf->append(chunk.data(), static_cast<size_t>(r));
    } else {
        r = rawRead(b, b->rbuf, n, &err);
    }
    if (r < 0) {
        osError(err);
        return -1;
    }
    return r;
}

// The logical position of the binary layer b.
bool position(FileObject* b, int64_t* out) {
    int err = 0;
    int64_t pos = rawSeek(b, 0, 1, &err);
    if (pos < 0) return osError(err);
    *out = pos - static_cast<int64_t>(unread(b)) + static_cast<int64_t>(b->wbuf->size());
    return true;
}

// Makes at least n unread bytes available unless the file ends first.
bool ensure(FileObject* b, size_t n) {
    while (unread(b) < n) {
        int64_t r = fillRead(b, n - unread(b));
        if (r < 0) return false;
        if (r == 0) break;
    }
    return true;
}

void take(FileObject* b, size_t n, std::string* out) {
    out->append(readPtr(b), n);
    b->rpos += n;
}

bool readAllBytes(FileObject* b, std::string* out) {
    take(b, unread(b), out);
    b->rbuf->clear();
    b->rpos = 0;
    if (b->adapter) {
        // As TextIOWrapper.read(): one buffer.read() call.
        Ref<> r = Ref<>::steal(callMethod(b->rawObj, "read", nullptr, 0));
        if (!r) return false;
        if (isNone(r.get())) return true;
        std::string_view v;
        if (!getBytesView(r.get(), &v)) return false;
        out->append(v);
        return true;
    }
    for (;;) {
        int err = 0;
        int64_t r = rawRead(b, out, 65536, &err);
        if (r < 0) return osError(err);
        if (r == 0) return true;
    }
}

// Length in bytes of the next line of the read-ahead (terminator included), reading more as
// needed; the whole rest at end of file. `mode` selects the terminators as TextIOWrapper's
// newline argument (binary files use Lf).
bool lineLength(FileObject* b, Newline mode, size_t* len) {
    size_t scanned = 0;
    for (;;) {
        const char* p = readPtr(b);
        size_t n = unread(b);
        for (size_t i = scanned; i < n; i++) {
            char c = p[i];
            if (c == '\n' && (mode == Newline::Lf || mode == Newline::Universal ||
                              mode == Newline::Untranslated)) {
                *len = i + 1;
                return true;
            }
            if (c != '\r' || mode == Newline::Lf) continue;
            if (mode == Newline::Cr) {
                *len = i + 1;
                return true;
            }
            // \r: a line end by itself (universal) or only before \n (CrLf); look ahead.
            if (i + 1 == n) {
                if (!ensure(b, n + 1)) return false;
                p = readPtr(b);
                if (unread(b) == n) {  // end of file right after the \r
                    *len = mode == Newline::CrLf ? n : i + 1;
                    return true;
                }
            }
            if (p[i + 1] == '\n') {
                *len = i + 2;
                return true;
            }
            if (mode != Newline::CrLf) {
                *len = i + 1;
                return true;
            }
        }
        scanned = n;
        int64_t r = fillRead(b, 0);
        if (r < 0) return false;
        if (r == 0) {
            *len = unread(b);
            return true;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Codecs.

const char* codecName(Codec c) {
    switch (c) {
        case Codec::Utf8: return "utf-8";
        case Codec::Latin1: return "latin-1";
        default: return "ascii";
    }
}

// Maps an encoding name to a codec as Python's codec registry normalizes it.
bool lookupCodec(Object* name, Codec* codec, bool* sig) {
    std::string n;
    for (char c : strView(name)) {
        unsigned char u = static_cast<unsigned char>(c);
        if (u >= 'A' && u <= 'Z') u = static_cast<unsigned char>(u - 'A' + 'a');
        if (u == '_' || u == ' ') u = '-';
        n += static_cast<char>(u);
    }
    *sig = false;
    if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001" || n == "locale") {
        *codec = Codec::Utf8;
    } else if (n == "utf-8-sig" || n == "utf8-sig") {
        *codec = Codec::Utf8;
        *sig = true;
    } else if (n == "latin-1" || n == "latin1" || n == "latin" || n == "l1" || n == "iso-8859-1" ||
               n == "iso8859-1" || n == "8859" || n == "cp819" || n == "iso-ir-100" ||
               n == "iso-8859-1:1987") {
        *codec = Codec::Latin1;
    } else if (n == "ascii" || n == "us-ascii" || n == "646" || n == "us" ||
               n == "ansi-x3.4-1968" || n == "iso646-us" || n == "cp367") {
        *codec = Codec::Ascii;
    } else {
        setError(&ExcLookupError, "unknown encoding: %U", name);
        return false;
    }
    return true;
}

enum class ErrMode {
    Strict,
    Ignore,
    Replace,
    SurrogateEscape,
    BackslashReplace,
    XmlCharRef,
    SurrogatePass,
    NameReplace,
    Unknown
};

ErrMode errMode(Object* errors) {
    std::string_view e = strView(errors);
    if (e == "strict") return ErrMode::Strict;
    if (e == "ignore") return ErrMode::Ignore;
    if (e == "replace") return ErrMode::Replace;
    if (e == "surrogateescape") return ErrMode::SurrogateEscape;
    if (e == "backslashreplace") return ErrMode::BackslashReplace;
    if (e == "xmlcharrefreplace") return ErrMode::XmlCharRef;
    if (e == "surrogatepass") return ErrMode::SurrogatePass;
    if (e == "namereplace") return ErrMode::NameReplace;
    return ErrMode::Unknown;
}

void raiseUnicodeError(Type* t, Codec c, Object* obj, ssize start, ssize end, const char* reason) {
    Ref<> enc = Ref<>::steal(strFromAscii(codecName(c)));
    Ref<> s = Ref<>::steal(intFromSsize(start));
    Ref<> e = Ref<>::steal(intFromSsize(end));
    Ref<> r = Ref<>::steal(strFromAscii(reason));
    if (!enc || !s || !e || !r) return;
    Ref<> args = Ref<>::steal(tuplePack({enc.get(), obj, s.get(), e.get(), r.get()}));
    if (!args) return;
    Ref<> exc = Ref<>::steal(newException(t, args.get()));
    if (exc) setErrorObject(t, exc.get());
}

void raiseUnknownHandler(Object* errors) {
    setError(&ExcLookupError, "unknown error handler name '%U'", errors);
}

void appendHex(std::u32string* out, const char* prefix, uint32_t v, int digits) {
    static const char kHex[] = "0123456789abcdef";
    for (const char* p = prefix; *p; p++) out->push_back(static_cast<unsigned char>(*p));
    for (int i = digits - 1; i >= 0; i--)
        out->push_back(static_cast<unsigned char>(kHex[(v >> (4 * i)) & 15]));
}

// Decodes one character at p (n bytes available; `final`: no more bytes will follow).
// Returns the bytes consumed (> 0) with *cp set, 0 if more bytes are needed, or -k for an
// invalid sequence of k bytes (*reason set).
int decodeOne(Codec c, const unsigned char* p, size_t n, bool final, bool surrogatePass,
              uint32_t* cp, const char** reason) {
    unsigned char b0 = p[0];
    if (b0 < 0x80) {
        *cp = b0;
        return 1;
    }
    if (c == Codec::Latin1) {
        *cp = b0;
        return 1;
    }
    if (c == Codec::Ascii) {
        *reason = "ordinal not in range(128)";
        return -1;
    }
    int need;
    uint32_t v;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1;
        v = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2;
        v = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED && !surrogatePass) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3;
        v = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        *reason = "invalid start byte";
        return -1;
    }
    for (int i = 1; i <= need; i++) {
        if (static_cast<size_t>(i) >= n) {
            if (!final) return 0;
            *reason = "unexpected end of data";
            return -i;
        }
        unsigned char bi = p[i];
        unsigned char l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
        if (bi < l || bi > h) {
            *reason = "invalid continuation byte";
            return -i;
        }
        v = (v << 6) | (bi & 0x3F);
    }
    *cp = v;
    return need + 1;
}

// Applies the decode error handler to the bad bytes [start, end) of data (a bytes object is
// built for strict errors).
bool decodeError(FileObject* t, ErrMode m, std::string_view data, size_t start, size_t end,
                 const char* reason, std::u32string* out) {
    switch (m) {
        case ErrMode::Ignore: return true;
        case ErrMode::Replace: out->push_back(0xFFFD); return true;
        case ErrMode::SurrogateEscape:
            for (size_t i = start; i < end; i++) {
                unsigned char b = static_cast<unsigned char>(data[i]);
                if (b < 128) break;  // never happens for the supported codecs
                out->push_back(0xDC00 + b);
            }
            return true;
        case ErrMode::BackslashReplace:
            for (size_t i = start; i < end; i++) {
                appendHex(out, "\\x", static_cast<unsigned char>(data[i]), 2);
            }
            return true;
        case ErrMode::Unknown: raiseUnknownHandler(t->errors); return false;
        default: {
            Ref<> bytes = Ref<>::steal(bytesFromStd(data));
            if (!bytes) return false;
            raiseUnicodeError(&ExcUnicodeDecodeError, t->codec, bytes.get(),
                              static_cast<ssize>(start), static_cast<ssize>(end), reason);
            return false;
        }
    }
}

bool decodeAll(FileObject* t, std::string_view data, std::u32string* out) {
    ErrMode m = errMode(t->errors);
    const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
    size_t n = data.size();
    out->reserve(out->size() + n);
    size_t i = 0;
    while (i < n) {
        if (p[i] < 0x80) {
            out->push_back(p[i++]);
            continue;
        }
        uint32_t cp = 0;
        const char* reason = "";
        int k = decodeOne(t->codec, p + i, n - i, true, m == ErrMode::SurrogatePass, &cp, &reason);
        if (k > 0) {
            out->push_back(cp);
            i += static_cast<size_t>(k);
            continue;
        }
        size_t bad = static_cast<size_t>(-k);
        if (!decodeError(t, m, data, i, i + bad, reason, out)) return false;
        i += bad;
    }
    return true;
}

// Encodes str s for the text layer t, translating '\n' per the newline mode.
Object* strFromU32(const std::u32string& s);

bool encodeText(FileObject* t, Object* s, std::string* out) {
    const char* nl = t->newline == Newline::Cr     ? "\r"
                     : t->newline == Newline::CrLf ? "\r\n"
                                                   : nullptr;
    if (t->codec == Codec::Other) {
        Ref<> text = Ref<>::borrow(s);
        if (nl) {
            std::u32string u;
            for (ssize i = 0, n = strLength(s); i < n; i++) {
                uint32_t c = strCharAt(s, i);
                if (c == '\n') {
                    for (const char* q = nl; *q; q++) u.push_back(static_cast<uint32_t>(*q));
                } else {
                    u.push_back(c);
                }
            }
            text = Ref<>::steal(strFromU32(u));
            if (!text) return false;
        }
        Object* arg = text.get();
        Ref<> bytes = Ref<>::steal(callMethod(t->encoder, "encode", &arg, 1));
        if (!bytes) return false;
        std::string_view v;
        if (!isBytes(bytes.get()) || !getBytesView(bytes.get(), &v)) {
            clearError();
            setError(&ExcTypeError, "encoder should return a bytes object, not '%T'",
                     bytes.get());
            return false;
        }
        out->append(v);
        return true;
    }
    ssize n = strLength(s);
    StrObject* so = asStr(s);
    if (so->ascii && !nl) {
        out->append(strView(s));
        return true;
    }
    ErrMode m = errMode(t->errors);
    uint32_t limit = t->codec == Codec::Ascii ? 0x80 : t->codec == Codec::Latin1 ? 0x100 : 0x110000;
    for (ssize i = 0; i < n; i++) {
        uint32_t c = strCharAt(s, i);
        if (c == '\n' && nl) {
            out->append(nl);
            continue;
        }
        bool ok = c < limit && !(t->codec == Codec::Utf8 && c >= 0xD800 && c <= 0xDFFF);
        if (ok) {
            if (t->codec != Codec::Utf8 || c < 0x80) {
                out->push_back(static_cast<char>(c));
            } else if (c < 0x800) {
                out->push_back(static_cast<char>(0xC0 | (c >> 6)));
                out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
            } else if (c < 0x10000) {
                out->push_back(static_cast<char>(0xE0 | (c >> 12)));
                out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
                out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
            } else {
                out->push_back(static_cast<char>(0xF0 | (c >> 18)));
                out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
                out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
                out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
            }
            continue;
        }
        // An unencodable run [i, j).
        ssize j = i + 1;
        auto bad = [&](uint32_t x) {
            return x >= limit || (t->codec == Codec::Utf8 && x >= 0xD800 && x <= 0xDFFF);
        };
        while (j < n && bad(strCharAt(s, j))) j++;
        const char* reason = t->codec == Codec::Utf8     ? "surrogates not allowed"
                             : t->codec == Codec::Latin1 ? "ordinal not in range(256)"
                                                         : "ordinal not in range(128)";
        std::u32string rep;
        bool failed = false;
        for (ssize k = i; k < j && !failed; k++) {
            uint32_t x = strCharAt(s, k);
            switch (m) {
                case ErrMode::Ignore: break;
                case ErrMode::Replace: rep.push_back('?'); break;
                case ErrMode::BackslashReplace:
                case ErrMode::NameReplace:
                    if (x < 0x100)
                        appendHex(&rep, "\\x", x, 2);
                    else if (x < 0x10000)
                        appendHex(&rep, "\\u", x, 4);
                    else
                        appendHex(&rep, "\\U", x, 8);
                    break;
                case ErrMode::XmlCharRef: {
                    std::string d = "&#" + std::to_string(x) + ";";
                    for (char ch : d) rep.push_back(static_cast<unsigned char>(ch));
                    break;
                }
                case ErrMode::SurrogateEscape:
                    if (x >= 0xDC80 && x <= 0xDCFF) {
                        out->push_back(static_cast<char>(x - 0xDC00));
                    } else {
                        failed = true;
                    }
                    break;
                case ErrMode::SurrogatePass:
                    if (t->codec == Codec::Utf8 && x >= 0xD800 && x <= 0xDFFF) {
                        out->push_back(static_cast<char>(0xE0 | (x >> 12)));
                        out->push_back(static_cast<char>(0x80 | ((x >> 6) & 0x3F)));
                        out->push_back(static_cast<char>(0x80 | (x & 0x3F)));
                    } else {
                        failed = true;
                    }
                    break;
                case ErrMode::Unknown: raiseUnknownHandler(t->errors); return false;
                default: failed = true; break;
            }
        }
        if (failed) {
            raiseUnicodeError(&ExcUnicodeEncodeError, t->codec, s, i, j, reason);
            return false;
        }
        for (uint32_t r : rep) out->push_back(static_cast<char>(r));
        i = j - 1;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Text layer reading.

Object* strFromU32(const std::u32string& s) {
    return strFromCodePoints(reinterpret_cast<const uint32_t*>(s.data()),
                             static_cast<ssize>(s.size()));
}

// Translates newlines in place per the text layer's mode and records the kinds seen.
void translateNewlines(FileObject* t, std::u32string* s) {
    if (t->newline != Newline::Universal && t->newline != Newline::Untranslated) return;
    bool translate = t->newline == Newline::Universal;
    size_t w = 0;
    for (size_t r = 0; r < s->size(); r++) {
        char32_t c = (*s)[r];
        if (c == '\r') {
            if (r + 1 < s->size() && (*s)[r + 1] == '\n') {
                t->seenNewlines |= kSeenCrLf;
                if (translate) {
                    (*s)[w++] = '\n';
                    r++;
                    continue;
                }
                (*s)[w++] = '\r';
                (*s)[w++] = '\n';
                r++;
                continue;
            }
            t->seenNewlines |= kSeenCr;
            (*s)[w++] = translate ? U'\n' : U'\r';
            continue;
        }
        if (c == '\n') t->seenNewlines |= kSeenLf;
        (*s)[w++] = c;
    }
    s->resize(w);
}

bool prepareTextRead(FileObject* t) {
    if (!checkClosed(t, kClosedMsg)) return false;
    if (!t->readable) {
        unsupported("not readable");
        return false;
    }
    FileObject* b = t->buffer;
    if (!flushWrites(b)) return false;
    if (t->sigPending) {
        t->sigPending = false;
        int64_t pos;
        if (b->seekable && position(b, &pos) && pos == 0) {
            if (!ensure(b, 3)) return false;
            if (unread(b) >= 3 && std::memcmp(readPtr(b), "\xEF\xBB\xBF", 3) == 0) b->rpos += 3;
        }
        clearError();
    }
    return true;
}

// Codec::Other: decodes more of the binary layer into t->text. *more is false at the end of
// the input (the decoder was called with final=True and produced nothing more).
bool decodeMore(FileObject* t, bool* more) {
    FileObject* b = t->buffer;
    std::u32string* d = t->text;
    if (t->rpos == d->size()) {
        d->clear();
        t->rpos = 0;
    }
    *more = true;
    while (t->rpos == d->size()) {
        if (!ensure(b, 1)) return false;
        size_t n = unread(b);
        Ref<> chunk = Ref<>::steal(bytesFromStd(std::string_view(readPtr(b), n)));
        if (!chunk) return false;
        b->rpos += n;
        Object* args[2] = {chunk.get(), n == 0 ? trueObj() : falseObj()};
        Ref<> text = Ref<>::steal(callMethod(t->decoder, "decode", args, 2));
        if (!text) return false;
        if (!isStr(text.get())) {
            setError(&ExcTypeError, "decoder should return a string result, not '%T'",
                     text.get());
            return false;
        }
        for (ssize i = 0, len = strLength(text.get()); i < len; i++) {
            d->push_back(strCharAt(text.get(), i));
        }
        if (n == 0) {
            *more = t->rpos < d->size();
            return true;
        }
    }
    return true;
}

// The characters a text layer reads: its binary layer's bytes decoded one code point at a
// time (the built-in codecs), or what a registry codec's incremental decoder produced.
struct CharReader {
    FileObject* t;
    FileObject* b;
    ErrMode m;

    // 1: *cp is the next character; 2: a decoding error's replacement went to *out; 0: end of
    // input; -1: error.
    int next(uint32_t* cp, std::u32string* out) {
        if (t->codec == Codec::Other) {
            bool more;
            if (!decodeMore(t, &more)) return -1;
            if (!more) return 0;
            *cp = (*t->text)[t->rpos++];
            return 1;
        }
        if (!ensure(b, 4)) return -1;
        size_t n = unread(b);
        if (n == 0) return 0;
        const unsigned char* p = reinterpret_cast<const unsigned char*>(readPtr(b));
        const char* reason = "";
        int k = decodeOne(t->codec, p, n, true, m == ErrMode::SurrogatePass, cp, &reason);
        if (k < 0) {
            std::string_view bad(readPtr(b), static_cast<size_t>(-k));
            if (!decodeError(t, m, bad, 0, bad.size(), reason, out)) return -1;
            b->rpos += static_cast<size_t>(-k);
            return 2;
        }
        b->rpos += static_cast<size_t>(k);
        return 1;
    }
    // Whether the next character is '\n' (false at the end of input).
    bool peekLf(bool* lf) {
        if (t->codec == Codec::Other) {
            bool more;
            if (!decodeMore(t, &more)) return false;
            *lf = more && (*t->text)[t->rpos] == '\n';
            return true;
        }
        if (!ensure(b, 1)) return false;
        *lf = unread(b) > 0 && *readPtr(b) == '\n';
        return true;
    }
    // Consumes the '\n' that peekLf saw.
    void skipLf() {
        if (t->codec == Codec::Other) t->rpos++;
        else b->rpos++;
    }
};

// Reads up to maxChars characters (all if negative); stops after a line end if `line`.
Object* textReadChars(FileObject* t, int64_t maxChars, bool line) {
    CharReader r{t, t->buffer, errMode(t->errors)};
    std::u32string out;
    while (maxChars < 0 || static_cast<int64_t>(out.size()) < maxChars) {
        uint32_t cp = 0;
        int got = r.next(&cp, &out);
        if (got < 0) return nullptr;
        if (got == 0) break;
        if (got == 2) continue;
        bool stop = false;
        if (cp == '\r') {
            switch (t->newline) {
                case Newline::Universal:
                case Newline::Untranslated:
                case Newline::CrLf: {
                    bool lf = false;
                    if (!r.peekLf(&lf)) return nullptr;
                    if (t->newline == Newline::Universal) {
                        if (lf) r.skipLf();
                        t->seenNewlines |= lf ? kSeenCrLf : kSeenCr;
                        cp = '\n';
                        stop = line;
                    } else if (t->newline == Newline::Untranslated) {
                        t->seenNewlines |= lf ? kSeenCrLf : kSeenCr;
                        if (lf && line &&
                            (maxChars < 0 || static_cast<int64_t>(out.size()) + 2 <= maxChars)) {
                            out.push_back('\r');
                            r.skipLf();
                            cp = '\n';
                        } else if (lf && !line) {
                            // the \n comes next; it must not be counted as a lone \n
                            out.push_back('\r');
                            if (maxChars >= 0 && static_cast<int64_t>(out.size()) >= maxChars) {
                                return strFromU32(out);
                            }
                            r.skipLf();
                            cp = '\n';
                        }
                        stop = line;
                    } else if (lf && line &&
                               (maxChars < 0 || static_cast<int64_t>(out.size()) + 2 <= maxChars)) {
                        out.push_back('\r');
                        r.skipLf();
                        cp = '\n';
                        stop = true;
                    }
                    break;
                }
                case Newline::Cr: stop = line; break;
                case Newline::Lf: break;
            }
        } else if (cp == '\n') {
            if (t->newline == Newline::Universal || t->newline == Newline::Untranslated) {
                t->seenNewlines |= kSeenLf;
            }
            stop = line && t->newline != Newline::Cr && t->newline != Newline::CrLf;
        }
        out.push_back(cp);
        if (stop) break;
    }
    return strFromU32(out);
}

// Decodes bytes read by the text layer and translates newlines. Text without \r that is
// valid for the codec goes straight to a str.
Object* decodeText(FileObject* t, std::string_view bytes) {
    if (t->codec == Codec::Other) {
        Ref<> chunk = Ref<>::steal(bytesFromStd(bytes));
        if (!chunk) return nullptr;
        Object* args[2] = {chunk.get(), trueObj()};
        Ref<> text = Ref<>::steal(callMethod(t->decoder, "decode", args, 2));
        if (!text) return nullptr;
        if (!isStr(text.get())) {
            return setError(&ExcTypeError, "decoder should return a string result, not '%T'",
                            text.get());
        }
        std::u32string s(t->text->begin() + static_cast<ssize>(t->rpos), t->text->end());
        t->text->clear();
        t->rpos = 0;
        for (ssize i = 0, len = strLength(text.get()); i < len; i++) {
            s.push_back(strCharAt(text.get(), i));
        }
        translateNewlines(t, &s);
        return strFromU32(s);
    }
    const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t n = bytes.size();
    bool ascii = true, valid = true, cr = false, lf = false;
    for (size_t i = 0; i < n && valid && !cr;) {
        unsigned char c = p[i];
        if (c < 0x80) {
            cr = c == '\r';
            lf = lf || c == '\n';
            i++;
            continue;
        }
        ascii = false;
        if (t->codec == Codec::Latin1) {
            i++;
            continue;
        }
        if (t->codec == Codec::Ascii) {
            valid = false;
            break;
        }
        uint32_t cp;
        const char* reason;
        int k = decodeOne(Codec::Utf8, p + i, n - i, true, false, &cp, &reason);
        if (k <= 0) valid = false;
        else i += static_cast<size_t>(k);
    }
    if (valid && !cr) {
        if (lf && (t->newline == Newline::Universal || t->newline == Newline::Untranslated)) {
            t->seenNewlines |= kSeenLf;
        }
        if (ascii) return strFromAscii(bytes);
        return t->codec == Codec::Latin1 ? strFromLatin1(bytes) : strFromUtf8(bytes);
    }
    std::u32string s;
    if (!decodeAll(t, bytes, &s)) return nullptr;
    translateNewlines(t, &s);
    return strFromU32(s);
}

Object* textReadAll(FileObject* t) {
    std::string bytes;
    if (!readAllBytes(t->buffer, &bytes)) return nullptr;
    return decodeText(t, bytes);
}

Object* textReadLine(FileObject* t, int64_t limit) {
    if (limit >= 0 || t->codec == Codec::Other) return textReadChars(t, limit, true);
    FileObject* b = t->buffer;
    size_t len = 0;
    if (!lineLength(b, t->newline, &len)) return nullptr;
    Object* r = decodeText(t, std::string_view(readPtr(b), len));
    if (r) b->rpos += len;
    return r;
}

// ---------------------------------------------------------------------------------------------
// Argument helpers.

// size argument of read()/readline(): None or an int; -1 when absent.
bool sizeArg(Object* o, int64_t* out) {
    *out = -1;
    if (!o || isNone(o)) return true;
    if (!isIndex(o)) {
        setError(&ExcTypeError, "argument should be integer or None, not '%T'", o);
        return false;
    }
    Ref<> i = Ref<>::steal(numberIndex(o));
    if (!i) return false;
    return intAsInt64(i.get(), out);
}

bool optSizeArg(const char* fname, Args args, size_t nargs, Object* kwnames, int64_t* out) {
    static const char* const kNames[] = {"size"};
    Object* a[1] = {};
    if (!parseArgs(fname, args, nargs, kwnames, kNames, 1, 0, a, 1)) return false;
    return sizeArg(a[0], out);
}

// ---------------------------------------------------------------------------------------------
// Methods shared by all classes.

// Closes a binary layer over a Python raw object: flush, then raw.close() (BufferedRWPair:
// the writer, then the reader), keeping the first error as CPython.
bool closeRawLayer(FileObject* b) {
    bool ok = flushWrites(b);
    Ref<> pending = Ref<>::steal(ok ? nullptr : fetchError());
    b->closed = true;
    unregisterOpen(b);
    b->rbuf->clear();
    b->rpos = 0;
    b->wbuf->clear();
    Object* targets[2] = {b->rawWriter, b->rawObj};
    for (Object* o : targets) {
        if (!o) continue;
        Ref<> r = Ref<>::steal(callMethod(o, "close", nullptr, 0));
        if (!r && !pending) pending = Ref<>::steal(fetchError());
        clearError();
    }
    if (pending) {
        restoreError(pending.release());
        return false;
    }
    return true;
}

Object* fileClose(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("close", nargs, 0, 0) || !checkNoKwargs("close", kwnames)) return nullptr;
    if (!checkDetached(asFile(self))) return nullptr;
    FileObject* b = binaryOf(asFile(self));
    if (b->rawObj) {
        if (isClosed(b)) return newNone();
        return closeRawLayer(b) ? newNone() : nullptr;
    }
    if (b->closed) return newNone();
    bool ok = flushWrites(b);
    Ref<> pending = Ref<>::steal(ok ? nullptr : fetchError());
    b->closed = true;
    unregisterOpen(b);
    b->rbuf->clear();
    b->rbuf->shrink_to_fit();
    b->rpos = 0;
    b->wbuf->clear();
    if (b->closefd) {
        int err = 0;
        if (!platform::closeFd(b->fd, &err) && ok) {
            osError(err);
            return nullptr;
        }
    }
    if (pending) {
        restoreError(pending.release());
        return nullptr;
    }
    return newNone();
}

Object* fileFlush(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("flush", nargs, 0, 0) || !checkNoKwargs("flush", kwnames)) return nullptr;
    FileObject* f = asFile(self);
    const char* msg = f->kind == IoKind::Writer || f->kind == IoKind::Random
                          ? "flush of closed file"
                          : kClosedMsg;
    if (!checkClosed(f, msg)) return nullptr;
    FileObject* b = binaryOf(f);
    if (!flushWrites(b)) return nullptr;
    if (b->adapter) return callMethod(b->rawObj, "flush", nullptr, 0);   // TextIOWrapper
    return newNone();
}

Object* fileFileno(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("fileno", nargs, 0, 0) || !checkNoKwargs("fileno", kwnames)) return nullptr;
    if (!checkClosed(asFile(self), kClosedMsgRaw)) return nullptr;
    FileObject* b = binaryOf(asFile(self));
    if (b->rawObj) return callMethod(b->rawObj, "fileno", nullptr, 0);
    return intFromInt64(b->fd);
}

Object* fileIsatty(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("isatty", nargs, 0, 0) || !checkNoKwargs("isatty", kwnames)) return nullptr;
    if (!checkClosed(asFile(self), kClosedMsgRaw)) return nullptr;
    FileObject* b = binaryOf(asFile(self));
    if (b->rawObj) return callMethod(rawTarget(b, true), "isatty", nullptr, 0);
    return newBool(platform::isInteractive(b->fd));
}

Object* fileReadable(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("readable", nargs, 0, 0) || !checkNoKwargs("readable", kwnames))
        return nullptr;
    FileObject* b = binaryOf(asFile(self));
    if (b->kind == IoKind::Writer) return newBool(false);
    if (!checkClosed(b, kClosedMsgRaw)) return nullptr;
    return newBool(b->readable);
}

Object* fileWritable(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("writable", nargs, 0, 0) || !checkNoKwargs("writable", kwnames))
        return nullptr;
    FileObject* b = binaryOf(asFile(self));
    if (b->kind == IoKind::Reader) return newBool(false);
    if (!checkClosed(b, kClosedMsgRaw)) return nullptr;
    return newBool(b->writable);
}

Object* fileSeekable(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("seekable", nargs, 0, 0) || !checkNoKwargs("seekable", kwnames))
        return nullptr;
    FileObject* b = binaryOf(asFile(self));
    if (!checkClosed(b, kClosedMsgRaw)) return nullptr;
    return newBool(b->seekable);
}

Object* fileTell(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("tell", nargs, 0, 0) || !checkNoKwargs("tell", kwnames)) return nullptr;
    FileObject* f = asFile(self);
    if (!checkClosed(f, isText(f) ? kClosedMsg : kClosedMsgRaw)) return nullptr;
    int64_t pos;
    if (!position(binaryOf(f), &pos)) return nullptr;
    if (isText(f) && f->codec == Codec::Other && f->decoder) {
        // Back over what was decoded but not read yet: the bytes the decoder still holds and
        // the pending characters encoded again (exact for stateless codecs).
        Ref<> state = Ref<>::steal(callMethod(f->decoder, "getstate", nullptr, 0));
        if (!state) return nullptr;
        std::string_view held;
        if (isTuple(state.get()) && tupleSize(state.get()) > 0 &&
            getBytesView(tupleItem(state.get(), 0), &held)) {
            pos -= static_cast<int64_t>(held.size());
        }
        clearError();
        if (f->rpos < f->text->size()) {
            Ref<> pending = Ref<>::steal(strFromU32(f->text->substr(f->rpos)));
            if (!pending) return nullptr;
            std::string_view enc = strView(f->encoding);
            Ref<> bytes = Ref<>::steal(codecsEncode(pending.get(), enc, strView(f->errors)));
            std::string_view v;
            if (!bytes || !getBytesView(bytes.get(), &v)) return nullptr;
            pos -= static_cast<int64_t>(v.size());
        }
    }
    return intFromInt64(pos);
}

Object* fileSeek(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("seek", kwnames) || !checkArgCount("seek", nargs, 1, 2)) return nullptr;
    FileObject* f = asFile(self);
    FileObject* b = binaryOf(f);
    if (!checkClosed(f, isText(f) ? kClosedMsg : "seek of closed file")) return nullptr;
    if (!isIndex(args[0])) {
        return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    }
    Ref<> offObj = Ref<>::steal(numberIndex(args[0]));
    if (!offObj) return nullptr;
    int64_t off, whence = 0;
    if (!intAsInt64(offObj.get(), &off)) return nullptr;
    if (nargs == 2) {
        if (!isIndex(args[1])) {
            return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer",
                            args[1]);
        }
        Ref<> w = Ref<>::steal(numberIndex(args[1]));
        if (!w || !intAsInt64(w.get(), &whence)) return nullptr;
    }
    if (whence < 0 || whence > 2) {
        return setError(&ExcValueError,
                        isText(f) ? "invalid whence (%lld, should be 0, 1 or 2)"
                                  : "whence value %lld unsupported",
                        static_cast<long long>(whence));
    }
    if (isText(f)) {
        if (!b->seekable) return unsupported("underlying stream is not seekable");
        if (whence == 1 && off != 0) return unsupported("can't do nonzero cur-relative seeks");
        if (whence == 2 && off != 0) return unsupported("can't do nonzero end-relative seeks");
        if (whence == 0 && off < 0) {
            return setError(&ExcValueError, "negative seek position %lld",
                            static_cast<long long>(off));
        }
        f->sigPending = false;
        if (f->codec == Codec::Other) {
            f->text->clear();
            f->rpos = 0;
            if (f->decoder) {
                Ref<> r = Ref<>::steal(callMethod(f->decoder, "reset", nullptr, 0));
                if (!r) return nullptr;
            }
        }
    }
    if (!flushWrites(b)) return nullptr;
    if (whence == 1) off -= static_cast<int64_t>(unread(b));
    dropReadAhead(b, false);
    int err = 0;
    int64_t pos = rawSeek(b, off, static_cast<int>(whence), &err);
    if (pos < 0) {
        osError(err);
        return nullptr;
    }
    return intFromInt64(pos);
}

Object* fileTruncate(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"pos"};
    Object* a[1] = {};
    if (!parseArgs("truncate", args, nargs, kwnames, kNames, 1, 0, a, 1)) return nullptr;
    FileObject* f = asFile(self);
    FileObject* b = binaryOf(f);
    if (!checkClosed(f, isText(f) ? kClosedMsg : "truncate of closed file")) return nullptr;
    if (!b->writable) {
        return unsupported(isText(f)                ? "not writable"
                           : b->kind == IoKind::Raw ? "File not open for writing"
                                                    : "truncate");
    }
    if (!flushWrites(b)) return nullptr;
    int64_t size;
    if (a[0] && !isNone(a[0])) {
        Ref<> i = Ref<>::steal(numberIndex(a[0]));
        if (!i || !intAsInt64(i.get(), &size)) return nullptr;
    } else if (!position(b, &size)) {
        return nullptr;
    }
    if (!dropReadAhead(b, true)) return nullptr;
    if (b->rawObj) {
        Ref<> sz = Ref<>::steal(intFromInt64(size));
        if (!sz) return nullptr;
        Object* a = sz.get();
        return callMethod(b->rawObj, "truncate", &a, 1);
    }
    int err = 0;
    if (!platform::truncateFd(b->fd, size, &err)) {
        osError(err);
        return nullptr;
    }
    return intFromInt64(size);
}

Object* fileEnter(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("__enter__", nargs, 0, 0) || !checkNoKwargs("__enter__", kwnames))
        return nullptr;
    if (!checkClosed(asFile(self), kClosedMsg)) return nullptr;
    return newRef(self);
}

Object* fileExit(Object* self, Args, size_t, Object*) {
    return callMethod(self, "close", nullptr, 0);
}

Object* fileIter(Object* self) {
    if (!checkClosed(asFile(self), kClosedMsg)) return nullptr;
    return newRef(self);
}

Object* fileIterMethod(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("__iter__", nargs, 0, 0) || !checkNoKwargs("__iter__", kwnames))
        return nullptr;
    return fileIter(self);
}

// ---------------------------------------------------------------------------------------------
// Binary layer methods.

bool prepareBinaryRead(FileObject* b, const char* closedMsg) {
    if (!checkDetached(b)) return false;
    if (!b->readable) {
        unsupported(b->kind == IoKind::Raw ? "File not open for reading" : "read");
        return false;
    }
    if (!checkClosed(b, closedMsg)) return false;
    return flushWrites(b);
}

Object* bytesTake(FileObject* b, size_t n) {
    Object* r = bytesFromStd(std::string_view(readPtr(b), n));
    if (r) b->rpos += n;
    return r;
}

Object* binRead(Object* self, Args args, size_t nargs, Object* kwnames) {
    FileObject* b = asFile(self);
    int64_t size;
    if (!optSizeArg("read", args, nargs, kwnames, &size)) return nullptr;
    if (!prepareBinaryRead(b, "read of closed file")) return nullptr;
    if (size < 0) {
        std::string all;
        if (!readAllBytes(b, &all)) return nullptr;
        return bytesFromStd(all);
    }
    if (b->kind == IoKind::Raw) {
        if (unread(b) == 0 && size > 0 && fillRead(b, static_cast<size_t>(size)) < 0)
            return nullptr;
    } else if (!ensure(b, static_cast<size_t>(size))) {
        return nullptr;
    }
    size_t n = unread(b) < static_cast<size_t>(size) ? unread(b) : static_cast<size_t>(size);
    return bytesTake(b, n);
}

Object* binRead1(Object* self, Args args, size_t nargs, Object* kwnames) {
    FileObject* b = asFile(self);
    int64_t size;
    if (!optSizeArg("read1", args, nargs, kwnames, &size)) return nullptr;
    if (!prepareBinaryRead(b, "read of closed file")) return nullptr;
    if (size == 0) return bytesFromStd("");
    if (unread(b) == 0 && fillRead(b, size > 0 ? static_cast<size_t>(size) : 0) < 0) return nullptr;
    size_t n =
        size < 0 || unread(b) < static_cast<size_t>(size) ? unread(b) : static_cast<size_t>(size);
    return bytesTake(b, n);
}

Object* binPeek(Object* self, Args args, size_t nargs, Object* kwnames) {
    FileObject* b = asFile(self);
    int64_t size;
    if (!optSizeArg("peek", args, nargs, kwnames, &size)) return nullptr;
    if (!prepareBinaryRead(b, "peek of closed file")) return nullptr;
    if (unread(b) == 0 && fillRead(b, 0) < 0) return nullptr;
    return bytesFromStd(std::string_view(readPtr(b), unread(b)));
}

Object* binReadinto(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("readinto", kwnames) || !checkArgCount("readinto", nargs, 1, 1))
        return nullptr;
    FileObject* b = asFile(self);
    char* dst;
    size_t want;
    if (!getWritableBuffer(args[0], &dst, &want)) return nullptr;
    if (!prepareBinaryRead(b, "readinto of closed file")) return nullptr;
    if (!ensure(b, want)) return nullptr;
    size_t n = unread(b) < want ? unread(b) : want;
    if (n) std::memcpy(dst, readPtr(b), n);
    b->rpos += n;
    return intFromInt64(static_cast<int64_t>(n));
}

Object* binReadline(Object* self, Args args, size_t nargs, Object* kwnames) {
    FileObject* b = asFile(self);
    int64_t size;
    if (!optSizeArg("readline", args, nargs, kwnames, &size)) return nullptr;
    if (!prepareBinaryRead(b, "readline of closed file")) return nullptr;
    size_t len = 0;
    if (!lineLength(b, Newline::Lf, &len)) return nullptr;
    if (size >= 0 && len > static_cast<size_t>(size)) len = static_cast<size_t>(size);
    return bytesTake(b, len);
}

Object* binWrite(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("write", kwnames) || !checkArgCount("write", nargs, 1, 1)) return nullptr;
    FileObject* b = asFile(self);
    if (!b->writable)
        return unsupported(b->kind == IoKind::Raw ? "File not open for writing" : "write");
    if (!checkClosed(b, "write to closed file")) return nullptr;
    std::string_view data;
    if (!getBytesView(args[0], &data)) return nullptr;
    std::string copy(data);  // the object may be a bytearray changed by a later write
    // (BufferedRWPair reads and writes two separate streams: its read-ahead stays.)
    if (!b->rawWriter && !dropReadAhead(b, true)) return nullptr;
    b->wbuf->append(copy);
    if (b->kind == IoKind::Raw || b->wbuf->size() >= kChunk) {
        if (!flushWrites(b)) return nullptr;
    }
    return intFromInt64(static_cast<int64_t>(copy.size()));
}

// ---------------------------------------------------------------------------------------------
// Text layer methods.

Object* textRead(Object* self, Args args, size_t nargs, Object* kwnames) {
    FileObject* t = asFile(self);
    int64_t size;
    if (!optSizeArg("read", args, nargs, kwnames, &size)) return nullptr;
    if (!prepareTextRead(t)) return nullptr;
    if (size < 0) return textReadAll(t);
    return textReadChars(t, size, false);
}

Object* textReadlineMethod(Object* self, Args args, size_t nargs, Object* kwnames) {
    FileObject* t = asFile(self);
    int64_t size;
    if (!optSizeArg("readline", args, nargs, kwnames, &size)) return nullptr;
    if (!prepareTextRead(t)) return nullptr;
    return textReadLine(t, size);
}

Object* textWrite(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("write", kwnames) || !checkArgCount("write", nargs, 1, 1)) return nullptr;
    FileObject* t = asFile(self);
    if (!checkClosed(t, kClosedMsg)) return nullptr;
    if (!t->writable) return unsupported("not writable");
    Object* s = args[0];
    if (!isStr(s)) return setError(&ExcTypeError, "write() argument must be str, not %T", s);
    FileObject* b = t->buffer;
    // As CPython: text written after reading goes where the read-ahead stopped.
    if (!b->rawWriter) dropReadAhead(b, false);
    if (t->sigPending) {
        t->sigPending = false;
        int64_t pos;
        if (b->seekable && position(b, &pos) && pos == 0) b->wbuf->append("\xEF\xBB\xBF");
        clearError();
    }
    if (!encodeText(t, s, b->wbuf)) return nullptr;
    bool flush = t->writeThrough || b->wbuf->size() >= kChunk;
    if (!flush && t->lineBuffering) {
        ssize n = strLength(s);
        for (ssize i = 0; i < n && !flush; i++) {
            uint32_t c = strCharAt(s, i);
            flush = c == '\n' || c == '\r';
        }
    }
    if (flush && !flushWrites(b)) return nullptr;
    return intFromSsize(strLength(s));
}

Object* fileReadline(Object* self, Args args, size_t nargs, Object* kwnames) {
    return isText(asFile(self)) ? textReadlineMethod(self, args, nargs, kwnames)
                                : binReadline(self, args, nargs, kwnames);
}

// One line or null at the end (no exception) / on error.
Object* nextLine(Object* self) {
    FileObject* f = asFile(self);
    Ref<> line;
    if (isText(f)) {
        if (!prepareTextRead(f)) return nullptr;
        line = Ref<>::steal(textReadLine(f, -1));
    } else {
        if (!prepareBinaryRead(f, "readline of closed file")) return nullptr;
        size_t len = 0;
        if (!lineLength(f, Newline::Lf, &len)) return nullptr;
        line = Ref<>::steal(bytesTake(f, len));
    }
    if (!line) return nullptr;
    if ((isStr(line.get()) && strLength(line.get()) == 0) ||
        (isBytes(line.get()) && bytesSize(line.get()) == 0)) {
        return nullptr;
    }
    return line.release();
}

Object* fileIterNext(Object* self) {
    if (!checkClosed(asFile(self), kClosedMsg)) return nullptr;
    return nextLine(self);
}

Object* fileNextMethod(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("__next__", nargs, 0, 0) || !checkNoKwargs("__next__", kwnames))
        return nullptr;
    Object* r = fileIterNext(self);
    if (!r && !errOccurred()) return setErrorObject(&ExcStopIteration, nullptr);
    return r;
}

Object* fileReadlines(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"hint"};
    Object* a[1] = {};
    if (!parseArgs("readlines", args, nargs, kwnames, kNames, 1, 0, a, 1)) return nullptr;
    int64_t hint;
    if (!sizeArg(a[0], &hint)) return nullptr;
    if (!checkClosed(asFile(self), kClosedMsg)) return nullptr;
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    int64_t total = 0;
    for (;;) {
        Ref<> line = Ref<>::steal(nextLine(self));
        if (!line) {
            if (errOccurred()) return nullptr;
            break;
        }
        if (listAppend(list.get(), line.get()) < 0) return nullptr;
        total += isStr(line.get()) ? strLength(line.get()) : bytesSize(line.get());
        if (hint > 0 && total >= hint) break;
    }
    return list.release();
}

Object* fileWritelines(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("writelines", kwnames) || !checkArgCount("writelines", nargs, 1, 1))
        return nullptr;
    if (!checkClosed(asFile(self), kClosedMsg)) return nullptr;
    Ref<> it = Ref<>::steal(getIter(args[0]));
    if (!it) return nullptr;
    for (;;) {
        Ref<> item = Ref<>::steal(iterNext(it.get()));
        if (!item) {
            if (errOccurred()) return nullptr;
            return newNone();
        }
        Object* arg = item.get();
        Ref<> r = Ref<>::steal(isText(asFile(self)) ? textWrite(self, &arg, 1, nullptr)
                                                    : binWrite(self, &arg, 1, nullptr));
        if (!r) return nullptr;
    }
}

// ---------------------------------------------------------------------------------------------
// Attributes.

Object* getName(Object* self, void*) {
    if (!checkDetached(asFile(self))) return nullptr;
    FileObject* b = binaryOf(asFile(self));
    if (b->rawObj) return getAttr(b->rawObj, KRAIT_STR(name));
    if (b->kind == IoKind::Raw && b->buffer) b = b->buffer;   // a raw view shares its name
    if (!b->name) return setError(&ExcAttributeError, "'%T' object has no attribute 'name'", self);
    return newRef(b->name);
}

Object* getMode(Object* self, void*) {
    FileObject* f = asFile(self);
    if (f->rawObj) return getAttr(f->rawObj, "mode");
    return newRef(f->mode);
}

Object* getDict(Object* self, void*) { return instanceGetDict(self); }

// FileIO.name is writable (CPython keeps it in the instance __dict__); a raw view's name is its
// buffered file's.
int setName(Object* self, Object* value, void*) {
    if (!value) {
        setError(&ExcAttributeError, "name");
        return -1;
    }
    FileObject* f = asFile(self);
    if (f->kind == IoKind::Raw && f->buffer) f = f->buffer;
    setRef(f->name, newRef(value));
    return 0;
}

Object* getClosed(Object* self, void*) {
    if (!checkDetached(asFile(self))) return nullptr;
    return newBool(isClosed(asFile(self)));
}

// A buffered file's `raw`: an _io.FileIO over the same descriptor that does not own it (one
// object here serves both layers, so the view is made on each access). It keeps the buffered
// file alive, shares its name and is closed with it.
Object* getRaw(Object* self, void*) {
    FileObject* b = asFile(self);
    if (b->rawObj) return newRef(b->rawObj);
    if (b->detached) return newNone();
    FileObject* v = newFile(&FileIOType, IoKind::Raw);
    if (!v) return nullptr;
    v->buffer = asFile(newRef(self));
    v->fd = b->fd;
    v->mode = b->mode ? newRef(b->mode) : nullptr;
    v->readable = b->readable;
    v->writable = b->writable;
    v->appending = b->appending;
    v->seekable = b->seekable;
    v->closefd = false;
    v->closed = b->closed;
    return &v->ob;
}
Object* getClosefd(Object* self, void*) {
    FileObject* f = asFile(self);
    if (f->kind == IoKind::Raw && f->buffer) f = f->buffer;   // a raw view: its file's
    return newBool(f->closefd);
}
Object* getEncoding(Object* self, void*) {
    FileObject* f = asFile(self);
    return newRef(f->encoding ? f->encoding : none());   // None before __init__, as CPython
}
Object* getErrors(Object* self, void*) {
    FileObject* f = asFile(self);
    return newRef(f->errors ? f->errors : none());   // None before __init__, as CPython
}
Object* getBuffer(Object* self, void*) {
    FileObject* b = asFile(self)->buffer;
    if (!b || asFile(self)->detached) return newNone();
    return newRef(b->adapter ? b->rawObj : &b->ob);
}
Object* getLineBuffering(Object* self, void*) { return newBool(asFile(self)->lineBuffering); }
Object* getWriteThrough(Object* self, void*) { return newBool(asFile(self)->writeThrough); }

Object* getNewlines(Object* self, void*) {
    uint8_t s = asFile(self)->seenNewlines;
    const char* names[3] = {"\r", "\n", "\r\n"};
    Object* items[3];
    ssize n = 0;
    for (int i = 0; i < 3; i++) {
        if (s & (1 << i)) items[n++] = strFromAscii(names[i]);
    }
    for (ssize i = 0; i < n; i++) {
        if (!items[i]) {
            for (ssize j = 0; j < n; j++) xdecref(items[j]);
            return nullptr;
        }
    }
    if (n == 0) return newNone();
    if (n == 1) return items[0];
    Object* t = tupleNew(n);
    for (ssize i = 0; i < n; i++) {
        if (t)
            tupleSetItemSteal(t, i, items[i]);
        else
            decref(items[i]);
    }
    return t;
}

Object* fileRepr(Object* self) {
    FileObject* f = asFile(self);
    FileObject* b = binaryOf(f);
    const char* tn = typeName(self->type);
    if (isText(f)) {
        if (!checkDetached(f)) return nullptr;
        tn = "_io.TextIOWrapper";   // CPython's name whatever the subclass
    }
    if (f->kind == IoKind::Raw) {
        if (f->closed) return strFormat("<%s [closed]>", tn);
        return strFormat("<%s name=%R mode=%R closefd=%s>", tn, f->name, f->mode,
                         f->closefd ? "True" : "False");
    }
    std::string out = "<";
    out += tn;
    Ref<> rawName;
    if (b->rawObj) {
        // The raw object's name if it has one (an error other than AttributeError or
        // ValueError propagates, as CPython).
        rawName = Ref<>::steal(lookupAttr(b->rawObj, KRAIT_STR(name)));
        if (!rawName && errOccurred()) {
            if (!errMatches(&ExcValueError)) return nullptr;
            clearError();
        }
    }
    if (Object* name = b->rawObj ? rawName.get() : b->name) {
        Ref<> r = Ref<>::steal(repr(name));
        if (!r) return nullptr;
        out += " name=";
        out += strView(r.get());
    }
    if (isText(f)) {
        // As CPython: the mode lives in the instance __dict__ (open() sets it).
        Ref<> mode = Ref<>::steal(lookupAttr(self, KRAIT_STR(mode)));
        if (!mode && errOccurred()) return nullptr;
        if (mode) {
            Ref<> m = Ref<>::steal(repr(mode.get()));
            if (!m) return nullptr;
            out += " mode=";
            out += strView(m.get());
        }
        Ref<> e = Ref<>::steal(repr(f->encoding));
        if (!e) return nullptr;
        out += " encoding=";
        out += strView(e.get());
    }
    out += ">";
    return strFromUtf8(out);
}

void fileDealloc(Object* self) {
    FileObject* f = asFile(self);
    bool mem = f->kind == IoKind::StringIO || f->kind == IoKind::BytesIO;
    if (f->rawObj && !f->closed && !f->detached) {
        // As CPython's finalizer: close() (which flushes and closes the raw object).
        Ref<> saved = Ref<>::steal(fetchError());
        if (!isClosed(f) && !closeRawLayer(f)) clearError();
        f->closed = true;
        restoreError(saved.release());
    } else if (!isText(f) && !mem && !f->closed && !f->rawObj) {
        if (f->wbuf && !f->wbuf->empty()) {
            Ref<> saved = Ref<>::steal(fetchError());
            if (!flushWrites(f)) clearError();
            restoreError(saved.release());
        }
        if (f->closefd) {
            int err = 0;
            platform::closeFd(f->fd, &err);
        }
        f->closed = true;
    }
    unregisterOpen(f);
    if (f->weaklist) clearWeakrefs(self);
    delete f->rbuf;
    delete f->wbuf;
    delete f->text;
    f->rbuf = nullptr;
    f->wbuf = nullptr;
    f->text = nullptr;
    clearRef(f->dict);
    clearRef(f->name);
    clearRef(f->mode);
    clearRef(f->encoding);
    clearRef(f->errors);
    clearRef(f->decoder);
    clearRef(f->encoder);
    clearRef(f->rawObj);
    clearRef(f->rawWriter);
    FileObject* buffer = f->buffer;
    f->buffer = nullptr;
    if (buffer) decref(&buffer->ob);
    freeObject(self);
}

void fileTraverse(Object* self, VisitFn visit, void* arg) {
    FileObject* f = asFile(self);
    if (f->dict) visit(f->dict, arg);
    if (f->name) visit(f->name, arg);
    if (f->buffer) visit(&f->buffer->ob, arg);
    if (f->decoder) visit(f->decoder, arg);
    if (f->encoder) visit(f->encoder, arg);
    if (f->rawObj) visit(f->rawObj, arg);
    if (f->rawWriter) visit(f->rawWriter, arg);
}

void fileClear(Object* self) {
    FileObject* f = asFile(self);
    clearRef(f->dict);
    if (f->rawObj) {
        // Garbage in a cycle: no more I/O.
        f->closed = true;
        clearRef(f->rawObj);
        clearRef(f->rawWriter);
    }
}

// The method tables of the concrete classes: the class-specific ones, then the common ones.
#define KRAIT_COMMON_METHODS                                                            \
    {"close", fileClose, 0, "Flush and close the IO object."},                          \
        {"flush", fileFlush, 0, "Flush write buffers, if applicable."},                 \
        {"fileno", fileFileno, 0, "Returns underlying file descriptor if one exists."}, \
        {"isatty", fileIsatty, 0, "Return whether this is an 'interactive' stream."},   \
        {"readable", fileReadable, 0, "Return whether object was opened for reading."}, \
        {"writable", fileWritable, 0, "Return whether object was opened for writing."}, \
        {"seekable", fileSeekable, 0, "Return whether object supports random access."}, \
        {"tell", fileTell, 0, "Return current stream position."},                       \
        {"seek", fileSeek, 0, "Change stream position."},                               \
        {"truncate", fileTruncate, 0, "Truncate file to size bytes."},                  \
        {"readline", fileReadline, 0, "Read until newline or EOF."},                    \
        {"readlines", fileReadlines, 0, "Return a list of lines from the stream."},     \
        {"writelines", fileWritelines, 0, "Write a list of lines to stream."},          \
        {"__enter__", fileEnter, 0, nullptr}, {"__exit__", fileExit, 0, nullptr},       \
        {"__iter__", fileIterMethod, 0, nullptr}, {                                     \
        "__next__", fileNextMethod, 0, nullptr                                          \
    }

#define KRAIT_BINARY_METHODS                                                                     \
    {"read", binRead, 0, "Read and return up to n bytes."},                                      \
        {"read1", binRead1, 0, "Read and return up to n bytes, with at most one read() call."},  \
        {"peek", binPeek, 0, "Return buffered bytes without advancing the position."},           \
        {"readinto", binReadinto, 0,                                                             \
         "Read bytes into a pre-allocated, writable bytes-like object."},                        \
        {"write", binWrite, 0, "Write the given buffer to the IO stream."}, KRAIT_COMMON_METHODS

Object* fileDetach(Object* self, Args, size_t nargs, Object* kwnames);

const MethodDef kBinaryMethods[] = {
    KRAIT_BINARY_METHODS,
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kBufferedMethods[] = {
    {"detach", fileDetach, 0, "Disconnect this buffer from its underlying raw stream and return it."},
    KRAIT_BINARY_METHODS,
    {nullptr, nullptr, 0, nullptr},
};

#undef KRAIT_BINARY_METHODS

const MethodDef kTextMethods[] = {
    {"read", textRead, 0, "Read at most size characters from stream."},
    {"write", textWrite, 0, "Write string to stream."},
    {"detach", fileDetach, 0, "Separate the underlying buffer from the TextIOBase and return it."},
    KRAIT_COMMON_METHODS,
    {nullptr, nullptr, 0, nullptr},
};

#undef KRAIT_COMMON_METHODS

const GetSetDef kBinaryGetSets[] = {
    {"name", getName, nullptr, nullptr, nullptr},
    {"raw", getRaw, nullptr, nullptr, nullptr},
    {"mode", getMode, nullptr, nullptr, nullptr},
    {"closed", getClosed, nullptr, nullptr, nullptr},
    {"__dict__", getDict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const GetSetDef kRWPairGetSets[] = {
    {"closed", getClosed, nullptr, nullptr, nullptr},
    {"__dict__", getDict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const GetSetDef kRawGetSets[] = {
    {"name", getName, setName, nullptr, nullptr},
    {"mode", getMode, nullptr, nullptr, nullptr},
    {"closed", getClosed, nullptr, nullptr, nullptr},
    {"__dict__", getDict, nullptr, nullptr, nullptr},
    {"closefd", getClosefd, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const GetSetDef kTextGetSets[] = {
    {"name", getName, nullptr, nullptr, nullptr},
    {"closed", getClosed, nullptr, nullptr, nullptr},
    {"__dict__", getDict, nullptr, nullptr, nullptr},
    {"encoding", getEncoding, nullptr, nullptr, nullptr},
    {"errors", getErrors, nullptr, nullptr, nullptr},
    {"newlines", getNewlines, nullptr, nullptr, nullptr},
    {"buffer", getBuffer, nullptr, nullptr, nullptr},
    {"line_buffering", getLineBuffering, nullptr, nullptr, nullptr},
    {"write_through", getWriteThrough, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// In-memory streams: _io.StringIO (code points in `text`) and _io.BytesIO (bytes in `wbuf`);
// `rpos` is the position. Both can be subclassed.

bool memCheck(FileObject* f) {
    if (f->closed || (f->kind == IoKind::StringIO ? !f->text : !f->wbuf)) {
        setError(&ExcValueError, f->kind == IoKind::StringIO ? kClosedMsgRaw : kClosedMsg);
        return false;
    }
    return true;
}

size_t memSize(FileObject* f) {
    return f->kind == IoKind::StringIO ? f->text->size() : f->wbuf->size();
}

// Appends s to a StringIO at its position (padding with NULs past the end), translating
// newlines as the newline argument asks.
void stringIoWrite(FileObject* f, std::u32string s) {
    if (f->newline == Newline::Universal || f->newline == Newline::Untranslated) {
        for (size_t i = 0; i < s.size(); i++) {
            if (s[i] == '\r')
                f->seenNewlines |= i + 1 < s.size() && s[i + 1] == '\n' ? kSeenCrLf : kSeenCr;
            else if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r'))
                f->seenNewlines |= kSeenLf;
        }
    }
    if (f->newline == Newline::Universal) {
        std::u32string t;
        for (size_t i = 0; i < s.size(); i++) {
            if (s[i] == '\r') {
                t.push_back('\n');
                if (i + 1 < s.size() && s[i + 1] == '\n') i++;
            } else {
                t.push_back(s[i]);
            }
        }
        s.swap(t);
    } else if (f->newline == Newline::Cr || f->newline == Newline::CrLf) {
        std::u32string t;
        for (char32_t c : s) {
            if (c == '\n') {
                t.push_back('\r');
                if (f->newline == Newline::CrLf) t.push_back('\n');
            } else {
                t.push_back(c);
            }
        }
        s.swap(t);
    }
    std::u32string& buf = *f->text;
    if (f->rpos > buf.size()) buf.resize(f->rpos, U'\0');
    size_t overlap = buf.size() - f->rpos < s.size() ? buf.size() - f->rpos : s.size();
    buf.replace(f->rpos, overlap, s);
    f->rpos += s.size();
}

std::u32string strToU32(Object* s) {
    ssize n = strLength(s);
    std::u32string out(static_cast<size_t>(n), U'\0');
    for (ssize i = 0; i < n; i++) out[static_cast<size_t>(i)] = strCharAt(s, i);
    return out;
}

// Length of the next line of a StringIO from its position (terminator included).
size_t stringIoLineLength(FileObject* f) {
    const std::u32string& b = *f->text;
    size_t start = f->rpos;
    for (size_t i = start; i < b.size(); i++) {
        char32_t c = b[i];
        switch (f->newline) {
            case Newline::Universal:
            case Newline::Lf:
                if (c == '\n') return i + 1 - start;
                break;
            case Newline::Cr:
                if (c == '\r') return i + 1 - start;
                break;
            case Newline::CrLf:
                if (c == '\r' && i + 1 < b.size() && b[i + 1] == '\n') return i + 2 - start;
                break;
            case Newline::Untranslated:
                if (c == '\n') return i + 1 - start;
                if (c == '\r')
                    return (i + 1 < b.size() && b[i + 1] == '\n' ? i + 2 : i + 1) - start;
                break;
        }
    }
    return b.size() > start ? b.size() - start : 0;
}

size_t bytesIoLineLength(FileObject* f) {
    const std::string& b = *f->wbuf;
    if (f->rpos >= b.size()) return 0;
    size_t nl = b.find('\n', f->rpos);
    return (nl == std::string::npos ? b.size() : nl + 1) - f->rpos;
}

// The next line (limited to `limit` units if >= 0) as a new str/bytes; empty at the end.
Object* memLine(FileObject* f, int64_t limit) {
    bool text = f->kind == IoKind::StringIO;
    size_t len = text ? stringIoLineLength(f) : bytesIoLineLength(f);
    if (limit >= 0 && len > static_cast<size_t>(limit)) len = static_cast<size_t>(limit);
    Object* r;
    if (text) {
        r = strFromCodePoints(reinterpret_cast<const uint32_t*>(f->text->data() + f->rpos),
                              static_cast<ssize>(len));
    } else {
        r = bytesFromStd(std::string_view(f->wbuf->data() + (len ? f->rpos : 0), len));
    }
    if (r) f->rpos += len;
    return r;
}

Object* memTake(FileObject* f, int64_t size) {
    size_t total = memSize(f);
    size_t avail = f->rpos < total ? total - f->rpos : 0;
    size_t n = size < 0 || static_cast<size_t>(size) > avail ? avail : static_cast<size_t>(size);
    Object* r;
    if (f->kind == IoKind::StringIO) {
        r = strFromCodePoints(
            reinterpret_cast<const uint32_t*>(f->text->data() + (n ? f->rpos : 0)),
            static_cast<ssize>(n));
    } else {
        r = bytesFromStd(std::string_view(f->wbuf->data() + (n ? f->rpos : 0), n));
    }
    if (r) f->rpos += n;
    return r;
}

Object* memRead(Object* self, Args args, size_t nargs, Object* kwnames) {
    int64_t size;
    if (!optSizeArg("read", args, nargs, kwnames, &size) || !memCheck(asFile(self))) return nullptr;
    return memTake(asFile(self), size);
}

Object* memReadline(Object* self, Args args, size_t nargs, Object* kwnames) {
    int64_t size;
    if (!optSizeArg("readline", args, nargs, kwnames, &size) || !memCheck(asFile(self)))
        return nullptr;
    return memLine(asFile(self), size);
}

Object* memIterNext(Object* self) {
    if (!memCheck(asFile(self))) return nullptr;
    Object* line = memLine(asFile(self), -1);
    if (!line) return nullptr;
    if ((isStr(line) && strLength(line) == 0) || (isBytes(line) && bytesSize(line) == 0)) {
        decref(line);
        return nullptr;
    }
    return line;
}

Object* memIter(Object* self) {
    if (!memCheck(asFile(self))) return nullptr;
    return newRef(self);
}

Object* memNextMethod(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("__next__", nargs, 0, 0) || !checkNoKwargs("__next__", kwnames))
        return nullptr;
    Object* r = memIterNext(self);
    if (!r && !errOccurred()) return setErrorObject(&ExcStopIteration, nullptr);
    return r;
}

Object* memIterMethod(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("__iter__", nargs, 0, 0) || !checkNoKwargs("__iter__", kwnames))
        return nullptr;
    return memIter(self);
}

Object* memReadlines(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"hint"};
    Object* a[1] = {};
    if (!parseArgs("readlines", args, nargs, kwnames, kNames, 1, 0, a, 1)) return nullptr;
    int64_t hint;
    if (!sizeArg(a[0], &hint) || !memCheck(asFile(self))) return nullptr;
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    int64_t total = 0;
    for (;;) {
        Ref<> line = Ref<>::steal(memIterNext(self));
        if (!line) {
            if (errOccurred()) return nullptr;
            break;
        }
        if (listAppend(list.get(), line.get()) < 0) return nullptr;
        total += isStr(line.get()) ? strLength(line.get()) : bytesSize(line.get());
        if (hint > 0 && total >= hint) break;
    }
    return list.release();
}

Object* memWrite(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("write", kwnames) || !checkArgCount("write", nargs, 1, 1)) return nullptr;
    FileObject* f = asFile(self);
    if (!memCheck(f)) return nullptr;
    Object* v = args[0];
    if (f->kind == IoKind::StringIO) {
        if (!isStr(v)) return setError(&ExcTypeError, "string argument expected, got '%T'", v);
        stringIoWrite(f, strToU32(v));
        return intFromSsize(strLength(v));
    }
    std::string_view data;
    if (!getBytesView(v, &data)) return nullptr;
    std::string copy(data);
    std::string& buf = *f->wbuf;
    if (f->rpos > buf.size()) buf.resize(f->rpos, '\0');
    size_t overlap = buf.size() - f->rpos < copy.size() ? buf.size() - f->rpos : copy.size();
    buf.replace(f->rpos, overlap, copy);
    f->rpos += copy.size();
    return intFromInt64(static_cast<int64_t>(copy.size()));
}

Object* memWritelines(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("writelines", kwnames) || !checkArgCount("writelines", nargs, 1, 1))
        return nullptr;
    if (!memCheck(asFile(self))) return nullptr;
    Ref<> it = Ref<>::steal(getIter(args[0]));
    if (!it) return nullptr;
    for (;;) {
        Ref<> item = Ref<>::steal(iterNext(it.get()));
        if (!item) {
            if (errOccurred()) return nullptr;
            return newNone();
        }
        Object* arg = item.get();
        Ref<> r = Ref<>::steal(memWrite(self, &arg, 1, nullptr));
        if (!r) return nullptr;
    }
}

Object* memGetvalue(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("getvalue", nargs, 0, 0) || !checkNoKwargs("getvalue", kwnames))
        return nullptr;
    FileObject* f = asFile(self);
    if (!memCheck(f)) return nullptr;
    if (f->kind == IoKind::StringIO) {
        return strFromCodePoints(reinterpret_cast<const uint32_t*>(f->text->data()),
                                 static_cast<ssize>(f->text->size()));
    }
    return bytesFromStd(*f->wbuf);
}

// BytesIO.getbuffer(): a writable view of a copy of the contents (CPython's views the buffer
// itself: reading through it behaves the same, changes made through it are not seen by the
// BytesIO).
Object* memGetbuffer(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("getbuffer", nargs, 0, 0) || !checkNoKwargs("getbuffer", kwnames))
        return nullptr;
    FileObject* f = asFile(self);
    if (!memCheck(f)) return nullptr;
    Ref<> copy = Ref<>::steal(byteArrayFromStd(*f->wbuf));
    if (!copy) return nullptr;
    Object* arg = copy.get();
    return call(asObject(&MemoryViewType), &arg, 1);
}

Object* memTell(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("tell", nargs, 0, 0) || !checkNoKwargs("tell", kwnames)) return nullptr;
    if (!memCheck(asFile(self))) return nullptr;
    return intFromInt64(static_cast<int64_t>(asFile(self)->rpos));
}

Object* memSeek(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("seek", kwnames) || !checkArgCount("seek", nargs, 1, 2)) return nullptr;
    FileObject* f = asFile(self);
    int64_t pos, whence = 0;
    for (size_t i = 0; i < nargs; i++) {
        if (!isIndex(args[i])) {
            return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer",
                            args[i]);
        }
    }
    Ref<> p = Ref<>::steal(numberIndex(args[0]));
    if (!p || !intAsInt64(p.get(), &pos)) return nullptr;
    if (nargs == 2) {
        Ref<> w = Ref<>::steal(numberIndex(args[1]));
        if (!w || !intAsInt64(w.get(), &whence)) return nullptr;
    }
    bool text = f->kind == IoKind::StringIO;
    if (whence < 0 || whence > 2) {
        return setError(&ExcValueError,
                        text ? "Invalid whence (%lld, should be 0, 1 or 2)"
                             : "invalid whence (%lld, should be 0, 1 or 2)",
                        static_cast<long long>(whence));
    }
    if (!memCheck(f)) return nullptr;
    if (text) {
        if (pos < 0 && whence == 0) {
            return setError(&ExcValueError, "Negative seek position %lld",
                            static_cast<long long>(pos));
        }
        if (whence != 0 && pos != 0)
            return setError(&ExcOSError, "Can't do nonzero cur-relative seeks");
        if (whence == 1)
            pos = static_cast<int64_t>(f->rpos);
        else if (whence == 2)
            pos = static_cast<int64_t>(memSize(f));
    } else {
        if (whence == 1)
            pos += static_cast<int64_t>(f->rpos);
        else if (whence == 2)
            pos += static_cast<int64_t>(memSize(f));
        if (pos < 0) {
            if (whence == 0) {
                return setError(&ExcValueError, "negative seek value %lld",
                                static_cast<long long>(pos));
            }
            pos = 0;
        }
    }
    f->rpos = static_cast<size_t>(pos);
    return intFromInt64(pos);
}

Object* memTruncate(Object* self, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"pos"};
    Object* a[1] = {};
    if (!parseArgs("truncate", args, nargs, kwnames, kNames, 1, 0, a, 1)) return nullptr;
    FileObject* f = asFile(self);
    if (!memCheck(f)) return nullptr;
    int64_t size = static_cast<int64_t>(f->rpos);
    if (a[0] && !isNone(a[0])) {
        if (!isIndex(a[0])) {
            return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", a[0]);
        }
        Ref<> i = Ref<>::steal(numberIndex(a[0]));
        if (!i || !intAsInt64(i.get(), &size)) return nullptr;
    }
    if (size < 0) {
        return setError(
            &ExcValueError,
            f->kind == IoKind::StringIO ? "Negative size value %lld" : "negative size value %lld",
            static_cast<long long>(size));
    }
    if (static_cast<size_t>(size) < memSize(f)) {
        if (f->kind == IoKind::StringIO)
            f->text->resize(static_cast<size_t>(size));
        else
            f->wbuf->resize(static_cast<size_t>(size));
    }
    return intFromInt64(size);
}

Object* memClose(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("close", nargs, 0, 0) || !checkNoKwargs("close", kwnames)) return nullptr;
    FileObject* f = asFile(self);
    f->closed = true;
    delete f->text;
    f->text = nullptr;
    delete f->wbuf;
    f->wbuf = nullptr;
    return newNone();
}

// flush / readable / writable / seekable: True (after the closed check); isatty: False.
Object* memTrueIfOpen(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("readable", nargs, 0, 0) || !checkNoKwargs("readable", kwnames))
        return nullptr;
    if (!memCheck(asFile(self))) return nullptr;
    return newBool(true);
}

Object* memFlush(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("flush", nargs, 0, 0) || !checkNoKwargs("flush", kwnames)) return nullptr;
    if (!memCheck(asFile(self))) return nullptr;
    return newNone();
}

Object* memIsatty(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("isatty", nargs, 0, 0) || !checkNoKwargs("isatty", kwnames)) return nullptr;
    if (!memCheck(asFile(self))) return nullptr;
    return newBool(false);
}

Object* memFileno(Object*, Args, size_t, Object*) { return unsupported("fileno"); }

Object* memEnter(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("__enter__", nargs, 0, 0) || !checkNoKwargs("__enter__", kwnames))
        return nullptr;
    if (asFile(self)->closed) return setError(&ExcValueError, "%s", kClosedMsg);
    return newRef(self);
}

Object* memReadinto(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("readinto", kwnames) || !checkArgCount("readinto", nargs, 1, 1))
        return nullptr;
    FileObject* f = asFile(self);
    char* dst;
    size_t want;
    if (!getWritableBuffer(args[0], &dst, &want)) return nullptr;
    if (!memCheck(f)) return nullptr;
    size_t avail = f->rpos < f->wbuf->size() ? f->wbuf->size() - f->rpos : 0;
    size_t n = want < avail ? want : avail;
    if (n) std::memcpy(dst, f->wbuf->data() + f->rpos, n);
    f->rpos += n;
    return intFromInt64(static_cast<int64_t>(n));
}

Object* memGetClosed(Object* self, void*) { return newBool(asFile(self)->closed); }
Object* memGetNone(Object*, void*) { return newNone(); }
Object* memGetFalse(Object*, void*) { return newBool(false); }
Object* memGetNewlines(Object* self, void* c) {
    if (!memCheck(asFile(self))) return nullptr;
    return getNewlines(self, c);
}

// StringIO(initial_value='', newline='\n') / BytesIO(initial_bytes=b'').
Object* memNew(Type* t, Object*, Object*) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    FileObject* f = asFile(o);
    f->fd = -1;
    bool text = isSubtype(t, &StringIOType);
    f->kind = text ? IoKind::StringIO : IoKind::BytesIO;
    if (text)
        f->text = new std::u32string();
    else
        f->wbuf = new std::string();
    f->newline = Newline::Lf;
    return o;
}

int memInit(Object* self, Object* args, Object* kwargs) {
    FileObject* f = asFile(self);
    bool text = f->kind == IoKind::StringIO;
    static const char* const kTextNames[] = {"initial_value", "newline"};
    static const char* const kBytesNames[] = {"initial_bytes"};
    ssize n = tupleSize(args);
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return -1;
    Object* a[2] = {};
    if (!parseArgs(text ? "StringIO" : "BytesIO", flat.data(), static_cast<size_t>(n),
                   kwnames.get(), text ? kTextNames : kBytesNames, text ? 2 : 1, 0, a)) {
        return -1;
    }
    f->closed = false;
    f->rpos = 0;
    f->seenNewlines = 0;
    if (!text) {
        if (!f->wbuf) f->wbuf = new std::string();
        f->wbuf->clear();
        if (a[0] && !isNone(a[0])) {
            std::string_view v;
            if (!getBytesView(a[0], &v)) return -1;
            f->wbuf->assign(v);
        }
        return 0;
    }
    if (!f->text) f->text = new std::u32string();
    f->text->clear();
    Newline nl = Newline::Lf;
    if (a[1] && !isNone(a[1])) {
        if (!isStr(a[1])) {
            setError(&ExcTypeError, "newline must be str or None, not %T", a[1]);
            return -1;
        }
        std::string_view v = strView(a[1]);
        if (v.empty())
            nl = Newline::Untranslated;
        else if (v == "\n")
            nl = Newline::Lf;
        else if (v == "\r")
            nl = Newline::Cr;
        else if (v == "\r\n")
            nl = Newline::CrLf;
        else {
            setError(&ExcValueError, "illegal newline value: %R", a[1]);
            return -1;
        }
    } else if (a[1]) {
        nl = Newline::Universal;
    }
    f->newline = nl;
    if (a[0] && !isNone(a[0])) {
        if (!isStr(a[0])) {
            setError(&ExcTypeError, "initial_value must be str or None, not %T", a[0]);
            return -1;
        }
        stringIoWrite(f, strToU32(a[0]));
        f->rpos = 0;
    }
    return 0;
}

const MethodDef kStringIOMethods[] = {
    {"read", memRead, 0, "Read at most size characters, returned as a string."},
    {"readline", memReadline, 0, "Read until newline or EOF."},
    {"readlines", memReadlines, 0, "Return a list of lines from the stream."},
    {"write", memWrite, 0, "Write string to file."},
    {"writelines", memWritelines, 0, "Write a list of lines to stream."},
    {"getvalue", memGetvalue, 0, "Retrieve the entire contents of the object."},
    {"seek", memSeek, 0, "Change stream position."},
    {"tell", memTell, 0, "Tell the current file position."},
    {"truncate", memTruncate, 0, "Truncate size to pos."},
    {"close", memClose, 0, "Close the IO object."},
    {"flush", memFlush, 0, "Does nothing."},
    {"readable", memTrueIfOpen, 0, "Returns True if the IO object can be read."},
    {"writable", memTrueIfOpen, 0, "Returns True if the IO object can be written."},
    {"seekable", memTrueIfOpen, 0, "Returns True if the IO object can be seeked."},
    {"isatty", memIsatty, 0, "Always False."},
    {"fileno", memFileno, 0, "Returns underlying file descriptor if one exists."},
    {"__enter__", memEnter, 0, nullptr},
    {"__exit__", fileExit, 0, nullptr},
    {"__iter__", memIterMethod, 0, nullptr},
    {"__next__", memNextMethod, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kBytesIOMethods[] = {
    {"read", memRead, 0, "Read at most size bytes, returned as a bytes object."},
    {"read1", memRead, 0, "Read at most size bytes, returned as a bytes object."},
    {"readinto", memReadinto, 0, "Read bytes into buffer."},
    {"readline", memReadline, 0, "Next line from the file, as a bytes object."},
    {"readlines", memReadlines, 0, "List of bytes objects, each a line from the file."},
    {"write", memWrite, 0, "Write bytes to file."},
    {"writelines", memWritelines, 0, "Write lines to the file."},
    {"getvalue", memGetvalue, 0, "Retrieve the entire contents of the BytesIO object."},
    {"getbuffer", memGetbuffer, 0, "Get a read-write view over the contents of the BytesIO object."},
    {"seek", memSeek, 0, "Change stream position."},
    {"tell", memTell, 0, "Current file position, an integer."},
    {"truncate", memTruncate, 0, "Truncate the file to at most size bytes."},
    {"close", memClose, 0, "Disable all I/O operations."},
    {"flush", memFlush, 0, "Does nothing."},
    {"readable", memTrueIfOpen, 0, "Returns True if the IO object can be read."},
    {"writable", memTrueIfOpen, 0, "Returns True if the IO object can be written."},
    {"seekable", memTrueIfOpen, 0, "Returns True if the IO object can be seeked."},
    {"isatty", memIsatty, 0, "Always False."},
    {"fileno", memFileno, 0, "Returns underlying file descriptor if one exists."},
    {"__enter__", memEnter, 0, nullptr},
    {"__exit__", fileExit, 0, nullptr},
    {"__iter__", memIterMethod, 0, nullptr},
    {"__next__", memNextMethod, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kStringIOGetSets[] = {
    {"closed", memGetClosed, nullptr, nullptr, nullptr},
    {"newlines", memGetNewlines, nullptr, nullptr, nullptr},
    {"line_buffering", memGetFalse, nullptr, nullptr, nullptr},
    {"encoding", memGetNone, nullptr, nullptr, nullptr},
    {"errors", memGetNone, nullptr, nullptr, nullptr},
    {"__dict__", getDict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const GetSetDef kBytesIOGetSets[] = {
    {"closed", memGetClosed, nullptr, nullptr, nullptr},
    {"__dict__", getDict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---------------------------------------------------------------------------------------------
// open()

struct ModeInfo {
    bool creating = false, reading = false, writing = false, appending = false, updating = false;
    bool text = false, binary = false;
};

bool parseMode(Object* mode, ModeInfo* m) {
    std::string_view s = strView(mode);
    bool seen[256] = {};
    bool bad = false;
    for (char c : s) {
        unsigned char u = static_cast<unsigned char>(c);
        if (seen[u]) bad = true;
        seen[u] = true;
        switch (c) {
            case 'x': m->creating = true; break;
            case 'r': m->reading = true; break;
            case 'w': m->writing = true; break;
            case 'a': m->appending = true; break;
            case '+': m->updating = true; break;
            case 't': m->text = true; break;
            case 'b': m->binary = true; break;
            default: bad = true; break;
        }
    }
    if (bad) {
        setError(&ExcValueError, "invalid mode: %R", mode);
        return false;
    }
    if (m->text && m->binary) {
        setError(&ExcValueError, "can't have text and binary mode at once");
        return false;
    }
    int kinds = int(m->creating) + int(m->reading) + int(m->writing) + int(m->appending);
    if (kinds > 1) {
        setError(&ExcValueError, "must have exactly one of create/read/write/append mode");
        return false;
    }
    if (kinds == 0) {  // reported by FileIO in CPython
        setError(&ExcValueError,
                 "Must have exactly one of create/read/write/append mode and at most one plus");
        return false;
    }
    return true;
}

bool optStrArg(const char* what, Object* o, Object** out) {
    *out = nullptr;
    if (!o || isNone(o)) return true;
    if (!isStr(o)) {
        setError(&ExcTypeError, "open() argument '%s' must be str or None, not %T", what, o);
        return false;
    }
    *out = o;
    return true;
}

FileObject* newFile(Type* t, IoKind kind) {
    Object* o = allocObject(t);
    if (!o) return nullptr;
    FileObject* f = asFile(o);
    f->kind = kind;
    f->fd = -1;
    if (kind != IoKind::Text) {
        f->rbuf = new std::string();
        f->wbuf = new std::string();
    }
    return f;
}

// The text layer over the binary layer `buffer` (reference stolen): open()'s and
// TextIOWrapper()'s common part. encoding/errors/newline may be null (defaults); `mode` (may
// be null) is stored as the `mode` attribute. Returns a new reference or null with an error.
Object* makeTextLayer(FileObject* buffer, Object* encoding, Object* errors, Object* newline,
                      Object* mode, bool lineBuffering, bool writeThrough,
                      FileObject* into = nullptr) {
    Ref<> bref = Ref<>::steal(&buffer->ob);
    Codec codec = Codec::Utf8;
    bool sig = false;
    Ref<> codecInfo;
    if (encoding && !lookupCodec(encoding, &codec, &sig)) {
        // Any other text encoding of the codec registry (cp1252, utf-16, koi8-r, ...).
        if (!errMatches(&ExcLookupError)) return nullptr;
        clearError();
        Ref<> codecs = Ref<>::steal(importModule("_codecs"));
        if (!codecs) return nullptr;
        Object* arg = encoding;
        codecInfo = Ref<>::steal(callMethod(codecs.get(), "lookup", &arg, 1));
        if (!codecInfo) return nullptr;
        Ref<> isText = Ref<>::steal(getAttr(codecInfo.get(), "_is_text_encoding"));
        if (!isText) {
            clearError();
        } else if (!isTrue(isText.get())) {
            return setError(&ExcLookupError,
                            "%R is not a text encoding; use codecs.open() to handle arbitrary "
                            "codecs", encoding);
        }
        codec = Codec::Other;
    }
    Newline nl = Newline::Universal;
    if (newline) {
        std::string_view v = strView(newline);
        if (v.empty())
            nl = Newline::Untranslated;
        else if (v == "\n")
            nl = Newline::Lf;
        else if (v == "\r")
            nl = Newline::Cr;
        else if (v == "\r\n")
            nl = Newline::CrLf;
        else
            return setError(&ExcValueError, "illegal newline value: %U", newline);
    }
    // `into`: an uninitialized TextIOWrapper (or subclass) instance from __new__.
    FileObject* t = into ? asFile(newRef(&into->ob)) : newFile(&TextIOWrapperType, IoKind::Text);
    if (!t) return nullptr;
    Ref<> tref = Ref<>::steal(&t->ob);
    t->buffer = asFile(bref.release());
    if (!t->dict) t->dict = dictNew();
    if (!t->dict || (mode && dictSetItemStr(t->dict, "mode", mode) < 0)) return nullptr;
    t->uninit = false;
    t->encoding = encoding ? newRef(encoding) : strFromAscii("utf-8");
    t->errors = errors ? newRef(errors) : strFromAscii("strict");
    if (!t->encoding || !t->errors) return nullptr;
    t->codec = codec;
    if (codec == Codec::Other) {
        t->text = new std::u32string();
        Object* arg = t->errors;
        if (t->buffer->readable) {
            Ref<> make = Ref<>::steal(getAttr(codecInfo.get(), "incrementaldecoder"));
            if (!make || !(t->decoder = call(make.get(), &arg, 1))) return nullptr;
        }
        if (t->buffer->writable) {
            Ref<> make = Ref<>::steal(getAttr(codecInfo.get(), "incrementalencoder"));
            if (!make || !(t->encoder = call(make.get(), &arg, 1))) return nullptr;
            // Not at the start of the file (append mode): no second BOM, as CPython.
            int64_t pos = 0;
            if (t->buffer->seekable && position(t->buffer, &pos) && pos != 0) {
                Ref<> zero = Ref<>::steal(intFromInt64(0));
                Object* z = zero.get();
                Ref<> r = Ref<>::steal(callMethod(t->encoder, "setstate", &z, 1));
            }
            clearError();
        }
    }
    t->newline = nl;
    t->sigPending = sig;
    t->readable = t->buffer->readable;
    t->writable = t->buffer->writable;
    t->lineBuffering = lineBuffering;
    t->writeThrough = writeThrough;
    return tref.release();
}

// Whether raw.<method>() is true, else UnsupportedOperation("File or stream is not <what>.").
bool checkRawAbility(Object* raw, const char* method, const char* what) {
    Ref<> r = Ref<>::steal(callMethod(raw, method, nullptr, 0));
    if (!r) return false;
    if (r.get() != trueObj()) {
        setError(&UnsupportedOperationType, "File or stream is not %s.", what);
        return false;
    }
    return true;
}

bool bufferSizeArg(Object* o) {
    if (!o) return true;
    int64_t n;
    Ref<> i = Ref<>::steal(numberIndex(o));
    if (!i || !intAsInt64(i.get(), &n)) return false;
    if (n <= 0) {
        setError(&ExcValueError, "buffer size must be strictly positive");
        return false;
    }
    return true;
}

IoKind bufferedKind(Type* t) {
    return isSubtype(t, &BufferedRandomType)   ? IoKind::Random
           : isSubtype(t, &BufferedWriterType) ? IoKind::Writer
                                               : IoKind::Reader;
}

// BufferedReader/Writer/Random.__new__: an uninitialized layer (as CPython, the work is in
// __init__, so that subclasses such as tarfile's ExFileObject can call it).
Object* bufferedNew(Type* t, Object*, Object*) {
    FileObject* b = newFile(t, bufferedKind(t));
    if (!b) return nullptr;
    b->uninit = true;
    return &b->ob;
}

// BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE), BufferedWriter(...),
// BufferedRandom(...): a buffered layer over any raw stream object.
int bufferedInit(Object* self, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"raw", "buffer_size"};
    IoKind kind = bufferedKind(self->type);
    const char* fname = kind == IoKind::Random   ? "BufferedRandom"
                        : kind == IoKind::Writer ? "BufferedWriter"
                                                 : "BufferedReader";
    ssize n = tupleSize(args);
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return -1;
    Object* a[2] = {};
    if (!parseArgs(fname, flat.data(), static_cast<size_t>(n), kwnames.get(), kNames, 2, 1, a))
        return -1;
    Object* raw = a[0];
    if (kind == IoKind::Random && !checkRawAbility(raw, "seekable", "seekable")) return -1;
    if (kind != IoKind::Writer && !checkRawAbility(raw, "readable", "readable")) return -1;
    if (kind != IoKind::Reader && !checkRawAbility(raw, "writable", "writable")) return -1;
    if (!bufferSizeArg(a[1])) return -1;
    Ref<> seekable = Ref<>::steal(callMethod(raw, "seekable", nullptr, 0));
    if (!seekable) return -1;
    int v = isTrue(seekable.get());
    if (v < 0) return -1;
    FileObject* b = asFile(self);
    if (!b->uninit) return 0;   // a file made by open(): its layer stays as it is
    b->rawObj = newRef(raw);
    b->uninit = false;
    b->readable = kind != IoKind::Writer;
    b->writable = kind != IoKind::Reader;
    b->seekable = v;
    if (b->writable) registerOpen(b);
    return 0;
}

// BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE): reads from one raw
// stream, writes to another; not seekable.
Object* rwPairNew(Type* t, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"reader", "writer", "buffer_size"};
    ssize n = tupleSize(args);
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return nullptr;
    Object* a[3] = {};
    if (!parseArgs("BufferedRWPair", flat.data(), static_cast<size_t>(n), kwnames.get(), kNames,
                   3, 2, a)) {
        return nullptr;
    }
    if (!checkRawAbility(a[0], "readable", "readable") ||
        !checkRawAbility(a[1], "writable", "writable") || !bufferSizeArg(a[2])) {
        return nullptr;
    }
    FileObject* b = newFile(t, IoKind::Random);
    if (!b) return nullptr;
    Ref<> bref = Ref<>::steal(&b->ob);
    b->rawObj = newRef(a[0]);
    b->rawWriter = newRef(a[1]);
    b->readable = b->writable = true;
    b->seekable = false;
    registerOpen(b);
    return bref.release();
}

// detach(): the buffered layer's raw stream (a FileIO that now owns the descriptor for files
// from open()) or the text layer's buffer; the layer is unusable afterwards.
Object* fileDetach(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkArgCount("detach", nargs, 0, 0) || !checkNoKwargs("detach", kwnames)) return nullptr;
    FileObject* f = asFile(self);
    if (!checkDetached(f)) return nullptr;
    if (isText(f)) {
        Ref<> r = Ref<>::steal(callMethod(self, "flush", nullptr, 0));
        if (!r) return nullptr;
        FileObject* b = f->buffer;
        f->detached = true;
        if (b->adapter) {
            b->detached = true;
            return newRef(b->rawObj);
        }
        return newRef(&b->ob);
    }
    if (!isClosed(f) && !flushWrites(f)) return nullptr;
    f->detached = true;
    unregisterOpen(f);
    if (f->rawObj) {
        Object* raw = f->rawObj;
        f->rawObj = nullptr;
        clearRef(f->rawWriter);
        f->closed = true;
        return raw;
    }
    // A file from open(): the descriptor moves to a new FileIO.
    if (!dropReadAhead(f, true)) return nullptr;
    FileObject* v = newFile(&FileIOType, IoKind::Raw);
    if (!v) return nullptr;
    v->fd = f->fd;
    v->name = f->name ? newRef(f->name) : nullptr;
    v->mode = f->mode ? newRef(f->mode) : nullptr;
    v->readable = f->readable;
    v->writable = f->writable;
    v->appending = f->appending;
    v->seekable = f->seekable;
    v->closefd = f->closefd;
    v->closed = f->closed;
    f->closefd = false;
    f->closed = true;
    return &v->ob;
}

// TextIOWrapper.__new__: an uninitialized text layer (__init__ does the work, so that
// subclasses can call it).
Object* textWrapperNew(Type* t, Object*, Object*) {
    FileObject* f = newFile(t, IoKind::Text);
    if (!f) return nullptr;
    f->uninit = true;
    return &f->ob;
}

Object* textWrapperMake(FileObject* into, Object* args, Object* kwargs);

int textWrapperInit(Object* self, Object* args, Object* kwargs) {
    FileObject* f = asFile(self);
    if (!f->uninit) return 0;   // already a working layer: kept as it is
    Ref<> r = Ref<>::steal(textWrapperMake(f, args, kwargs));
    return r ? 0 : -1;
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
// write_through=False) over a native binary file from open() or any buffered object.
Object* textWrapperMake(FileObject* into, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"buffer",         "encoding",     "errors", "newline",
                                         "line_buffering", "write_through"};
    ssize n = tupleSize(args);
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return nullptr;
    Object* a[6] = {};
    if (!parseArgs("TextIOWrapper", flat.data(), static_cast<size_t>(n), kwnames.get(), kNames,
                   6, 1, a)) {
        return nullptr;
    }
    Object* encoding = nullptr;
    Object* errors = nullptr;
    Object* newline = nullptr;
    if (a[1] && !isNone(a[1]) && !isStr(a[1]))
        return setError(&ExcTypeError, "TextIOWrapper() argument 'encoding' must be str or None, not %T", a[1]);
    if (a[2] && !isNone(a[2]) && !isStr(a[2]))
        return setError(&ExcTypeError, "TextIOWrapper() argument 'errors' must be str or None, not %T", a[2]);
    if (a[3] && !isNone(a[3]) && !isStr(a[3]))
        return setError(&ExcTypeError, "TextIOWrapper() argument 'newline' must be str or None, not %T", a[3]);
    if (a[1] && !isNone(a[1]) && !strEqualsAscii(a[1], "locale")) encoding = a[1];
    if (a[2] && !isNone(a[2])) errors = a[2];
    if (a[3] && !isNone(a[3])) newline = a[3];
    bool lineBuffering = false, writeThrough = false;
    if (a[4]) {
        int v = isTrue(a[4]);
        if (v < 0) return nullptr;
        lineBuffering = v;
    }
    if (a[5]) {
        int v = isTrue(a[5]);
        if (v < 0) return nullptr;
        writeThrough = v;
    }
    Object* b = a[0];
    Type* bt = b->type;
    if (bt == &FileIOType || bt == &BufferedReaderType || bt == &BufferedWriterType ||
        bt == &BufferedRandomType) {
        if (asFile(b)->detached) return setError(&ExcValueError, "raw stream has been detached");
        if (isClosed(asFile(b))) return setError(&ExcValueError, "%s", kClosedMsgRaw);
        return makeTextLayer(asFile(newRef(b)), encoding, errors, newline, nullptr,
                             lineBuffering, writeThrough, into);
    }
    // Any other buffered object (BytesIO, BufferedRWPair, a Python class): read with
    // read1()/read(), write with write(), as CPython's TextIOWrapper.
    FileObject* ad = newFile(&BufferedRandomType, IoKind::Random);
    if (!ad) return nullptr;
    Ref<> adRef = Ref<>::steal(&ad->ob);
    ad->rawObj = newRef(b);
    ad->adapter = true;
    bool* flags[3] = {&ad->readable, &ad->writable, &ad->seekable};
    const char* names[3] = {"readable", "writable", "seekable"};
    for (int i = 0; i < 3; i++) {
        Ref<> r = Ref<>::steal(callMethod(b, names[i], nullptr, 0));
        if (!r) return nullptr;
        int v = isTrue(r.get());
        if (v < 0) return nullptr;
        *flags[i] = v;
    }
    Ref<> read1 = Ref<>::steal(lookupAttr(b, KRAIT_STR(read1)));
    if (!read1 && errOccurred()) return nullptr;
    ad->hasRead1 = read1.get() != nullptr;
    return makeTextLayer(asFile(adRef.release()), encoding, errors, newline, nullptr,
                         lineBuffering, writeThrough, into);
}

}  // namespace

Object* builtinOpen(Object*, Args args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"file",   "mode",    "buffering", "encoding",
                                         "errors", "newline", "closefd",   "opener"};
    Object* a[8] = {};
    if (!parseArgs("open", args, nargs, kwnames, kNames, 8, 1, a)) return nullptr;
    if (!readyFileTypes()) return nullptr;
    Object* file = a[0];
    Ref<> modeObj = a[1] ? Ref<>::borrow(a[1]) : Ref<>::steal(strFromAscii("r"));
    if (!modeObj) return nullptr;
    if (!isStr(modeObj.get())) {
        return setError(&ExcTypeError, "open() argument 'mode' must be str, not %T", modeObj.get());
    }
    int64_t buffering = -1;
    if (a[2]) {
        if (!isInt(a[2])) {
            return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", a[2]);
        }
        if (!intAsInt64(a[2], &buffering)) return nullptr;
    }
    Object *encoding, *errors, *newline;
    if (!optStrArg("encoding", a[3], &encoding) || !optStrArg("errors", a[4], &errors) ||
        !optStrArg("newline", a[5], &newline)) {
        return nullptr;
    }
    bool closefd = true;
    if (a[6]) {
        int t = isTrue(a[6]);
        if (t < 0) return nullptr;
        closefd = t;
    }
    Object* opener = a[7] && !isNone(a[7]) ? a[7] : nullptr;
    ModeInfo m;
    if (!parseMode(modeObj.get(), &m)) return nullptr;
    if (m.binary && encoding)
        return setError(&ExcValueError, "binary mode doesn't take an encoding argument");
    if (m.binary && errors)
        return setError(&ExcValueError, "binary mode doesn't take an errors argument");
    if (m.binary && newline)
        return setError(&ExcValueError, "binary mode doesn't take a newline argument");
    if (!m.binary && buffering == 0)
        return setError(&ExcValueError, "can't have unbuffered text I/O");

    // The file: a path (str, bytes, os.PathLike) or a descriptor.
    Ref<> path;
    int fd = -1;
    if (isInt(file) && !isBool(file)) {
        int64_t v;
        if (!intAsInt64(file, &v)) return nullptr;
        if (v < 0) return setError(&ExcValueError, "negative file descriptor");
        fd = static_cast<int>(v);
    } else {
        if (isInt(file)) {
            fd = file == trueObj() ? 1 : 0;
        } else if (isStr(file) || isBytes(file)) {
            path = Ref<>::borrow(file);
        } else {
            bool missing = false;
            path = Ref<>::steal(callSpecial(file, KRAIT_STR(__fspath__), nullptr, 0, &missing));
            if (!path) {
                if (missing && !errOccurred()) {
                    return setError(&ExcTypeError,
                                    "expected str, bytes or os.PathLike object, not %T", file);
                }
                return nullptr;
            }
            if (!isStr(path.get()) && !isBytes(path.get())) {
                return setError(&ExcTypeError,
                                "expected %T.__fspath__() to return str or bytes, not %T", file,
                                path.get());
            }
        }
    }
    if (!closefd && path)
        return setError(&ExcValueError, "Cannot use closefd=False with file name");
    if (path) {
        std::string p =
            isStr(path.get()) ? strToStd(path.get()) : std::string(bytesView(path.get()));
        if (p.find('\0') != std::string::npos)
            return setError(&ExcValueError, "embedded null byte");
        platform::OpenFlags fl;
        fl.read = m.reading || m.updating;
        fl.write = m.writing || m.appending || m.creating || m.updating;
        fl.create = m.writing || m.appending || m.creating;
        fl.exclusive = m.creating;
        fl.truncate = m.writing;
        fl.append = m.appending;
        int err = 0;
        if (opener) {
            // The Linux O_* values, as os.open expects them.
            int64_t flags = fl.read && fl.write ? 2 : fl.write ? 1 : 0;
            if (fl.create) flags |= 0100;
            if (fl.exclusive) flags |= 0200;
            if (fl.truncate) flags |= 01000;
            if (fl.append) flags |= 02000;
            flags |= 02000000;
            Ref<> flagsObj = Ref<>::steal(intFromInt64(flags));
            if (!flagsObj) return nullptr;
            Object* callArgs[2] = {file, flagsObj.get()};
            Ref<> r = Ref<>::steal(call(opener, callArgs, 2));
            if (!r) return nullptr;
            if (!isInt(r.get())) return setError(&ExcTypeError, "expected integer from opener");
            int64_t v;
            if (!intAsInt64(r.get(), &v)) return nullptr;
            if (v < 0)
                return setError(&ExcValueError, "opener returned %lld", static_cast<long long>(v));
            fd = static_cast<int>(v);
        } else {
            fd = platform::openFile(p, fl, &err);
            if (fd < 0) return setErrorFromErrno(&ExcOSError, err, file);
        }
        if (platform::fdIsDirectory(fd)) {
            platform::closeFd(fd, &err);
            return setErrorFromErrno(&ExcOSError, EISDIR, file);
        }
    } else if (platform::fdIsDirectory(fd)) {
        return setErrorFromErrno(&ExcOSError, EISDIR, file);
    }

    // The binary layer.
    IoKind kind = buffering == 0 ? IoKind::Raw
                  : m.updating   ? IoKind::Random
                  : m.reading    ? IoKind::Reader
                                 : IoKind::Writer;
    Type* btype = kind == IoKind::Raw      ? &FileIOType
                  : kind == IoKind::Random ? &BufferedRandomType
                  : kind == IoKind::Reader ? &BufferedReaderType
                                           : &BufferedWriterType;
    std::string rawMode = m.creating ? "xb" : m.appending ? "ab" : m.reading ? "rb" : "wb";
    if (m.updating) rawMode = (m.creating ? "xb" : m.appending ? "ab" : "rb") + std::string("+");
    FileObject* b = newFile(btype, kind);
    if (!b) {
        int err = 0;
        if (closefd) platform::closeFd(fd, &err);
        return nullptr;
    }
    Ref<> bref = Ref<>::steal(&b->ob);
    b->fd = fd;
    b->closefd = closefd;
    b->readable = m.reading || m.updating;
    b->writable = m.writing || m.appending || m.creating || m.updating;
    b->appending = m.appending;
    b->name = newRef(file);
    if (b->writable) registerOpen(b);
    b->mode = strFromAscii(rawMode);
    if (!b->mode) return nullptr;
    {
        int err = 0;
        int64_t pos = platform::seekFd(fd, 0, m.appending ? 2 : 1, &err);
        b->seekable = pos >= 0;
        if (pos < 0 && err == EBADF) {
            b->closefd = false;
            return setErrorFromErrno(&ExcOSError, EBADF);
        }
    }
    if (m.binary) return bref.release();

    // The text layer.
    return makeTextLayer(asFile(bref.release()), encoding, errors, newline, modeObj.get(),
                         buffering == 1 || (buffering < 0 && platform::isInteractive(fd)),
                         false);
}

// FileIO(file, mode='r', closefd=True, opener=None): open()'s unbuffered binary layer. The mode
// is 'r', 'w', 'x' or 'a' with an optional '+' (and 'b', which is implied).
Object* fileIONew(Type* t, Object* args, Object* kwargs) {
    static const char* const kNames[] = {"file", "mode", "closefd", "opener"};
    ssize n = tupleSize(args);
    std::vector<Object*> flat;
    Ref<> kwnames;
    if (!flattenCallArgs(args, kwargs, flat, kwnames)) return nullptr;
    Object* a[4] = {};
    if (!parseArgs("FileIO", flat.data(), static_cast<size_t>(n), kwnames.get(), kNames, 4, 1,
                   a)) {
        return nullptr;
    }
    if (t != &FileIOType) {
        return setError(&ExcTypeError, "subclasses of FileIO are not supported yet");
    }
    std::string mode = "r";
    if (a[1]) {
        if (!isStr(a[1])) {
            return setError(&ExcTypeError, "FileIO() argument 'mode' must be str, not %T", a[1]);
        }
        mode = strToStd(a[1]);
    }
    int rwax = 0, plus = 0;
    for (char c : mode) {
        if (c == 'r' || c == 'w' || c == 'x' || c == 'a') rwax++;
        else if (c == '+') plus++;
        else if (c != 'b') return setError(&ExcValueError, "invalid mode: %s", mode.c_str());
    }
    if (rwax != 1 || plus > 1) {
        return setError(&ExcValueError,
                        "Must have exactly one of create/read/write/append mode and at most one "
                        "plus");
    }
    mode.erase(std::remove(mode.begin(), mode.end(), 'b'), mode.end());
    mode += 'b';
    Ref<> modeObj = Ref<>::steal(strFromAscii(mode));
    Ref<> zero = Ref<>::steal(intFromInt64(0));
    if (!modeObj || !zero) return nullptr;
    Object* openArgs[8] = {a[0],   modeObj.get(), zero.get(),           none(),
                           none(), none(),        a[2] ? a[2] : trueObj(), a[3] ? a[3] : none()};
    return builtinOpen(nullptr, openArgs, 8, nullptr);
}

// ---------------------------------------------------------------------------------------------
// The types.

Type UnsupportedOperationType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "io.UnsupportedOperation",
    .basicSize = sizeof(OSErrorObject),
    .flags = kTypeBaseType | kTypeHaveGC | kTypeBaseExcSubclass,
    .base = &ExcOSError,
    .dictOffset = offsetof(BaseExceptionObject, dict),
};

namespace {

// ---------------------------------------------------------------------------------------------
// The abstract base classes' default methods (CPython's iobase.c, bufferedio.c, textio.c):
// what a Python subclass of io.IOBase, RawIOBase, BufferedIOBase or TextIOBase inherits. They
// work through the subclass's own methods (read, readinto, write, readline, seek, ...); the
// closed state of IOBase.close() is the instance attribute __IOBase_closed, as CPython's.

// __IOBase_closed is set: 1, not: 0, error: -1.
int iobaseIsClosed(Object* self) {
    Ref<> v = Ref<>::steal(lookupAttr(self, KRAIT_STR(__IOBase_closed)));
    if (v) return 1;
    return errOccurred() ? -1 : 0;
}

// ValueError if self.closed (the derived property) is true.
bool iobaseCheckClosed(Object* self) {
    Ref<> c = Ref<>::steal(lookupAttr(self, KRAIT_STR(closed)));
    if (!c) return !errOccurred();
    int t = isTrue(c.get());
    if (t < 0) return false;
    if (t) {
        setError(&ExcValueError, "%s", kClosedMsg);
        return false;
    }
    return true;
}

Object* iobaseSeek(Object*, Args, size_t, Object*) { return unsupported("seek"); }
Object* iobaseTruncate(Object*, Args, size_t, Object*) { return unsupported("truncate"); }
Object* iobaseFileno(Object*, Args, size_t, Object*) { return unsupported("fileno"); }

Object* iobaseTell(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("tell", kwnames) || !checkArgCount("tell", nargs, 0, 0)) return nullptr;
    Ref<> zero = Ref<>::steal(intFromInt64(0));
    Ref<> one = Ref<>::steal(intFromInt64(1));
    if (!zero || !one) return nullptr;
    Object* a[2] = {zero.get(), one.get()};
    return callMethod(self, "seek", a, 2);
}

Object* iobaseFlush(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("flush", kwnames) || !checkArgCount("flush", nargs, 0, 0)) return nullptr;
    int closed = iobaseIsClosed(self);
    if (closed < 0) return nullptr;
    if (closed) return setError(&ExcValueError, "%s", kClosedMsg);
    return newNone();
}

// close(): flush(), then __IOBase_closed = True even if flush() failed (its error wins).
Object* iobaseClose(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("close", kwnames) || !checkArgCount("close", nargs, 0, 0)) return nullptr;
    int closed = iobaseIsClosed(self);
    if (closed < 0) return nullptr;
    if (closed) return newNone();
    Ref<> r = Ref<>::steal(callMethod(self, "flush", nullptr, 0));
    Ref<> pending = Ref<>::steal(r ? nullptr : fetchError());
    int rc = setAttr(self, KRAIT_STR(__IOBase_closed), trueObj());
    if (pending) {
        if (rc < 0) clearError();
        restoreError(pending.release());
        return nullptr;
    }
    if (rc < 0) return nullptr;
    return newNone();
}

Object* iobaseClosedGet(Object* self, void*) {
    int closed = iobaseIsClosed(self);
    if (closed < 0) return nullptr;
    return newBool(closed != 0);
}

Object* iobaseFalse(const char* name, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs(name, kwnames) || !checkArgCount(name, nargs, 0, 0)) return nullptr;
    return newBool(false);
}
Object* iobaseReadable(Object*, Args, size_t n, Object* kw) { return iobaseFalse("readable", n, kw); }
Object* iobaseWritable(Object*, Args, size_t n, Object* kw) { return iobaseFalse("writable", n, kw); }
Object* iobaseSeekable(Object*, Args, size_t n, Object* kw) { return iobaseFalse("seekable", n, kw); }

Object* iobaseIsatty(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("isatty", kwnames) || !checkArgCount("isatty", nargs, 0, 0)) return nullptr;
    if (!iobaseCheckClosed(self)) return nullptr;
    return newBool(false);
}

// _checkClosed/_checkReadable/_checkWritable/_checkSeekable(*args)
Object* iobaseCheckClosedMethod(Object* self, Args, size_t, Object*) {
    if (!iobaseCheckClosed(self)) return nullptr;
    return newNone();
}
Object* iobaseCheckAbility(Object* self, const char* method, const char* msg) {
    Ref<> r = Ref<>::steal(callMethod(self, method, nullptr, 0));
    if (!r) return nullptr;
    if (r.get() != trueObj()) return setError(&UnsupportedOperationType, "%s", msg);
    return r.release();
}
Object* iobaseCheckReadable(Object* self, Args, size_t, Object*) {
    return iobaseCheckAbility(self, "readable", "File or stream is not readable.");
}
Object* iobaseCheckWritable(Object* self, Args, size_t, Object*) {
    return iobaseCheckAbility(self, "writable", "File or stream is not writable.");
}
Object* iobaseCheckSeekable(Object* self, Args, size_t, Object*) {
    return iobaseCheckAbility(self, "seekable", "File or stream is not seekable.");
}

Object* iobaseEnter(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("__enter__", kwnames) || !checkArgCount("__enter__", nargs, 0, 0))
        return nullptr;
    if (!iobaseCheckClosed(self)) return nullptr;
    return newRef(self);
}

Object* iobaseExit(Object* self, Args, size_t, Object*) {
    return callMethod(self, "close", nullptr, 0);
}

Object* iobaseIterMethod(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("__iter__", kwnames) || !checkArgCount("__iter__", nargs, 0, 0))
        return nullptr;
    if (!iobaseCheckClosed(self)) return nullptr;
    return newRef(self);
}

// __next__: readline(); an empty line ends the iteration.
Object* iobaseNextMethod(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("__next__", kwnames) || !checkArgCount("__next__", nargs, 0, 0))
        return nullptr;
    Ref<> line = Ref<>::steal(callMethod(self, "readline", nullptr, 0));
    if (!line) return nullptr;
    ssize n = length(line.get());
    if (n < 0) return nullptr;
    if (n == 0) return setErrorObject(&ExcStopIteration, nullptr);
    return line.release();
}

// readline(size=-1, /): byte by byte through read(), guided by peek() when there is one.
Object* iobaseReadline(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("readline", kwnames) || !checkArgCount("readline", nargs, 0, 1))
        return nullptr;
    int64_t limit;
    if (!sizeArg(nargs ? args[0] : nullptr, &limit)) return nullptr;
    Ref<> peek = Ref<>::steal(lookupAttr(self, KRAIT_STR(peek)));
    if (!peek && errOccurred()) return nullptr;
    std::string buf;
    while (limit < 0 || static_cast<int64_t>(buf.size()) < limit) {
        int64_t ahead = 1;
        if (peek) {
            Ref<> one = Ref<>::steal(intFromInt64(1));
            if (!one) return nullptr;
            Object* a = one.get();
            Ref<> got = Ref<>::steal(call(peek.get(), &a, 1));
            if (!got) return nullptr;
            if (!isBytes(got.get())) {
                return setError(&ExcTypeError,
                                "peek() should have returned a bytes object, not '%T'",
                                got.get());
            }
            std::string_view v = bytesView(got.get());
            if (!v.empty()) {
                size_t n = 0;
                while (n < v.size() && (limit < 0 || static_cast<int64_t>(n) < limit)) {
                    if (v[n++] == '\n') break;
                }
                ahead = static_cast<int64_t>(n);
            }
        }
        Ref<> count = Ref<>::steal(intFromInt64(ahead));
        if (!count) return nullptr;
        Object* a = count.get();
        Ref<> b = Ref<>::steal(callMethod(self, "read", &a, 1));
        if (!b) return nullptr;
        if (!isBytes(b.get())) {
            return setError(&ExcTypeError, "read() should have returned a bytes object, not '%T'",
                            b.get());
        }
        std::string_view v = bytesView(b.get());
        if (v.empty()) break;
        buf.append(v);
        if (buf.back() == '\n') break;
    }
    return bytesFromStd(buf);
}

// readlines(hint=-1, /): all lines, or lines until their total length exceeds hint.
Object* iobaseReadlines(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("readlines", kwnames) || !checkArgCount("readlines", nargs, 0, 1))
        return nullptr;
    int64_t hint;
    if (!sizeArg(nargs ? args[0] : nullptr, &hint)) return nullptr;
    Ref<> result = Ref<>::steal(listNew(0));
    if (!result) return nullptr;
    Ref<> it = Ref<>::steal(getIter(self));
    if (!it) return nullptr;
    int64_t total = 0;
    while (Ref<> line = Ref<>::steal(iterNext(it.get()))) {
        if (listAppend(result.get(), line.get()) < 0) return nullptr;
        if (hint > 0) {
            ssize n = length(line.get());
            if (n < 0) return nullptr;
            total += n;
            if (total > hint) break;
        }
    }
    if (errOccurred()) return nullptr;
    return result.release();
}

Object* iobaseWritelines(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("writelines", kwnames) || !checkArgCount("writelines", nargs, 1, 1))
        return nullptr;
    if (!iobaseCheckClosed(self)) return nullptr;
    Ref<> it = Ref<>::steal(getIter(args[0]));
    if (!it) return nullptr;
    while (Ref<> line = Ref<>::steal(iterNext(it.get()))) {
        Object* a = line.get();
        Ref<> r = Ref<>::steal(callMethod(self, "write", &a, 1));
        if (!r) return nullptr;
    }
    if (errOccurred()) return nullptr;
    return newNone();
}

// Finalization (tp_finalize, also __del__): close() an object that is not closed yet, with
// _finalizing = True set first; errors are dropped (CPython reports them only in dev mode).
void iobaseFinalize(Object* self) {
    Ref<> saved = Ref<>::steal(fetchError());
    Ref<> c = Ref<>::steal(lookupAttr(self, KRAIT_STR(closed)));
    int closed = c ? isTrue(c.get()) : -1;
    clearError();
    if (closed == 0) {
        if (setAttr(self, KRAIT_STR(_finalizing), trueObj()) < 0) clearError();
        Ref<> r = Ref<>::steal(callMethod(self, "close", nullptr, 0));
        if (!r) clearError();
    }
    restoreError(saved.release());
}

// RawIOBase.read(size=-1, /): readall() for a negative size, else readinto() a bytearray.
Object* rawiobaseRead(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("read", kwnames) || !checkArgCount("read", nargs, 0, 1)) return nullptr;
    int64_t n = -1;
    if (nargs) {
        Ref<> i = Ref<>::steal(numberIndex(args[0]));
        if (!i || !intAsInt64(i.get(), &n)) return nullptr;
    }
    if (n < 0) return callMethod(self, "readall", nullptr, 0);
    Ref<> b = Ref<>::steal(byteArrayFromStd(std::string(static_cast<size_t>(n), '\0')));
    if (!b) return nullptr;
    Object* a = b.get();
    Ref<> r = Ref<>::steal(callMethod(self, "readinto", &a, 1));
    if (!r || isNone(r.get())) return r.release();
    Ref<> i = Ref<>::steal(numberIndex(r.get()));
    int64_t got;
    if (!i || !intAsInt64(i.get(), &got)) return nullptr;
    if (got < 0) got = 0;
    ssize size = asByteArray(b.get())->size;
    if (got > size) got = size;
    return bytesFromStd(std::string_view(asByteArray(b.get())->data, static_cast<size_t>(got)));
}

// RawIOBase.readall(): read(DEFAULT_BUFFER_SIZE) until EOF; None when nothing is available.
Object* rawiobaseReadall(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("readall", kwnames) || !checkArgCount("readall", nargs, 0, 0))
        return nullptr;
    std::string out;
    bool any = false;
    Ref<> chunk = Ref<>::steal(intFromInt64(static_cast<int64_t>(kChunk)));
    if (!chunk) return nullptr;
    for (;;) {
        Object* a = chunk.get();
        Ref<> data = Ref<>::steal(callMethod(self, "read", &a, 1));
        if (!data) return nullptr;
        if (isNone(data.get())) {
            if (!any) return data.release();
            break;
        }
        if (!isBytes(data.get())) return setError(&ExcTypeError, "read() should return bytes");
        if (bytesView(data.get()).empty()) break;
        out.append(bytesView(data.get()));
        any = true;
    }
    return bytesFromStd(out);
}

Object* notImplemented(Object*, Args, size_t, Object*) {
    return setErrorObject(&ExcNotImplementedError, nullptr);
}

// BufferedIOBase.readinto(buffer, /) and readinto1: read()/read1() then copy.
Object* bufferedReadintoGeneric(Object* self, Args args, size_t nargs, Object* kwnames,
                                const char* fname, const char* readName) {
    if (!checkNoKwargs(fname, kwnames) || !checkArgCount(fname, nargs, 1, 1)) return nullptr;
    char* dst;
    size_t want;
    if (!getWritableBuffer(args[0], &dst, &want)) {
        if (errMatches(&ExcTypeError)) {
            clearError();
            return setError(&ExcTypeError,
                            "%s() argument must be read-write bytes-like object, not %T", fname,
                            args[0]);
        }
        return nullptr;
    }
    Ref<> n = Ref<>::steal(intFromInt64(static_cast<int64_t>(want)));
    if (!n) return nullptr;
    Object* a = n.get();
    Ref<> data = Ref<>::steal(callMethod(self, readName, &a, 1));
    if (!data) return nullptr;
    if (!isBytes(data.get())) return setError(&ExcTypeError, "read() should return bytes");
    std::string_view v = bytesView(data.get());
    if (v.size() > want) {
        return setError(&ExcValueError,
                        "read() returned too much data: %zu bytes requested, %zu returned", want,
                        v.size());
    }
    // The buffer may have moved if read() resized it: ask again.
    if (!getWritableBuffer(args[0], &dst, &want)) return nullptr;
    if (!v.empty()) std::memcpy(dst, v.data(), std::min(v.size(), want));
    return intFromInt64(static_cast<int64_t>(v.size()));
}
Object* bufferedReadinto(Object* self, Args args, size_t nargs, Object* kwnames) {
    return bufferedReadintoGeneric(self, args, nargs, kwnames, "readinto", "read");
}
Object* bufferedReadinto1(Object* self, Args args, size_t nargs, Object* kwnames) {
    return bufferedReadintoGeneric(self, args, nargs, kwnames, "readinto1", "read1");
}

Object* unsupportedRead(Object*, Args, size_t, Object*) { return unsupported("read"); }
Object* unsupportedRead1(Object*, Args, size_t, Object*) { return unsupported("read1"); }
Object* unsupportedWrite(Object*, Args, size_t, Object*) { return unsupported("write"); }
Object* unsupportedDetach(Object*, Args, size_t, Object*) { return unsupported("detach"); }
Object* unsupportedReadline(Object*, Args, size_t, Object*) { return unsupported("readline"); }
Object* textiobaseNone(Object*, void*) { return newNone(); }

// IOBase() and subclasses: a FileObject with no descriptor (arguments are for __init__).
Object* iobaseNew(Type* t, Object*, Object*) {
    Object* o = allocObject(t);
    if (o) asFile(o)->fd = -1;
    return o;
}

const MethodDef kIOBaseMethods[] = {
    {"seek", iobaseSeek, 0, "Change the stream position to the given byte offset."},
    {"tell", iobaseTell, 0, "Return current stream position."},
    {"truncate", iobaseTruncate, 0, "Truncate file to size bytes."},
    {"flush", iobaseFlush, 0, "Flush write buffers, if applicable."},
    {"close", iobaseClose, 0, "Flush and close the IO object."},
    {"seekable", iobaseSeekable, 0, "Return whether object supports random access."},
    {"readable", iobaseReadable, 0, "Return whether object was opened for reading."},
    {"writable", iobaseWritable, 0, "Return whether object was opened for writing."},
    {"_checkClosed", iobaseCheckClosedMethod, 0, nullptr},
    {"_checkSeekable", iobaseCheckSeekable, 0, nullptr},
    {"_checkReadable", iobaseCheckReadable, 0, nullptr},
    {"_checkWritable", iobaseCheckWritable, 0, nullptr},
    {"fileno", iobaseFileno, 0, "Returns underlying file descriptor if one exists."},
    {"isatty", iobaseIsatty, 0, "Return whether this is an 'interactive' stream."},
    {"__enter__", iobaseEnter, 0, nullptr},
    {"__exit__", iobaseExit, 0, nullptr},
    {"__iter__", iobaseIterMethod, 0, nullptr},
    {"__next__", iobaseNextMethod, 0, nullptr},
    {"readline", iobaseReadline, 0, "Read and return a line from the stream."},
    {"readlines", iobaseReadlines, 0, "Return a list of lines from the stream."},
    {"writelines", iobaseWritelines, 0, "Write a list of lines to stream."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kIOBaseGetSets[] = {
    {"__dict__", getDict, nullptr, nullptr, nullptr},
    {"closed", iobaseClosedGet, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kRawIOBaseMethods[] = {
    {"read", rawiobaseRead, 0, nullptr},
    {"readall", rawiobaseReadall, 0, "Read until EOF, using multiple read() call."},
    {"readinto", notImplemented, 0, nullptr},
    {"write", notImplemented, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kBufferedIOBaseMethods[] = {
    {"detach", unsupportedDetach, 0, "Disconnect this buffer from its underlying raw stream and return it."},
    {"read", unsupportedRead, 0, "Read and return up to n bytes."},
    {"read1", unsupportedRead1, 0, "Read and return up to n bytes, with at most one read() call to the underlying raw stream."},
    {"readinto", bufferedReadinto, 0, nullptr},
    {"readinto1", bufferedReadinto1, 0, nullptr},
    {"write", unsupportedWrite, 0, "Write the given buffer to the IO stream."},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kTextIOBaseMethods[] = {
    {"detach", unsupportedDetach, 0, "Separate the underlying buffer from the TextIOBase and return it."},
    {"read", unsupportedRead, 0, "Read at most size characters from stream."},
    {"readline", unsupportedReadline, 0, "Read until newline or EOF."},
    {"write", unsupportedWrite, 0, "Write string to stream."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kTextIOBaseGetSets[] = {
    {"encoding", textiobaseNone, nullptr, "Encoding of the text stream.", nullptr},
    {"newlines", textiobaseNone, nullptr, "Line endings translated so far.", nullptr},
    {"errors", textiobaseNone, nullptr, "The error setting of the decoder or encoder.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

#define KRAIT_IO_BASE(var, tpname, basetype, docstr, meths, gets, fin, ctor) \
    Type var = {                                                   \
        .ob = {kImmortalRefcnt, &TypeType},                        \
        .name = tpname,                                            \
        .basicSize = sizeof(FileObject),                           \
        .flags = kTypeBaseType | kTypeHaveGC,                      \
        .base = basetype,                                          \
        .doc = docstr,                                             \
        .dictOffset = offsetof(FileObject, dict),                  \
        .weaklistOffset = offsetof(FileObject, weaklist),          \
        .methods = meths,                                          \
        .getsets = gets,                                           \
        .dealloc = fileDealloc,                                    \
        .traverse = fileTraverse,                                  \
        .clear = fileClear,                                        \
        .finalize = fin,                                           \
        .new_ = ctor,                                              \
    };

KRAIT_IO_BASE(IOBaseType, "_io._IOBase", nullptr, "The abstract base class for all I/O classes.",
              kIOBaseMethods, kIOBaseGetSets, iobaseFinalize, iobaseNew)
KRAIT_IO_BASE(RawIOBaseType, "_io._RawIOBase", &IOBaseType, "Base class for raw binary I/O.",
              kRawIOBaseMethods, nullptr, nullptr, nullptr)
KRAIT_IO_BASE(BufferedIOBaseType, "_io._BufferedIOBase", &IOBaseType,
              "Base class for buffered IO objects.", kBufferedIOBaseMethods, nullptr, nullptr,
              nullptr)
KRAIT_IO_BASE(TextIOBaseType, "_io._TextIOBase", &IOBaseType, "Base class for text I/O.",
              kTextIOBaseMethods, kTextIOBaseGetSets, nullptr, nullptr)

#undef KRAIT_IO_BASE

#define KRAIT_IO_TYPE(var, tpname, basetype, meths, gets, ctor, initfn, docstr, ...) \
    Type var = {                                                  \
        .ob = {kImmortalRefcnt, &TypeType},                       \
        .name = tpname,                                           \
        .basicSize = sizeof(FileObject),                          \
        .flags = kTypeHaveGC __VA_ARGS__,                         \
        .base = basetype,                                         \
        .doc = docstr,                                            \
        .dictOffset = offsetof(FileObject, dict),                 \
        .weaklistOffset = offsetof(FileObject, weaklist),         \
        .methods = meths,                                         \
        .getsets = gets,                                          \
        .dealloc = fileDealloc,                                   \
        .traverse = fileTraverse,                                 \
        .clear = fileClear,                                       \
        .repr = fileRepr,                                         \
        .getAttr = genericGetAttr,                                \
        .setAttr = genericSetAttr,                                \
        .new_ = ctor,                                             \
        .init = initfn,                                           \
        .iter = fileIter,                                         \
        .iterNext = fileIterNext,                                 \
    };

KRAIT_IO_TYPE(FileIOType, "_io.FileIO", &RawIOBaseType, kBinaryMethods, kRawGetSets, fileIONew, nullptr,
              "Open a file.")
KRAIT_IO_TYPE(BufferedReaderType, "_io.BufferedReader", &BufferedIOBaseType, kBufferedMethods,
              kBinaryGetSets, bufferedNew, bufferedInit,
              "Create a new buffered reader using the given readable raw IO object.", | kTypeBaseType)
KRAIT_IO_TYPE(BufferedWriterType, "_io.BufferedWriter", &BufferedIOBaseType, kBufferedMethods,
              kBinaryGetSets, bufferedNew, bufferedInit, "A buffer for a writeable sequential RawIO object.", | kTypeBaseType)
KRAIT_IO_TYPE(BufferedRandomType, "_io.BufferedRandom", &BufferedIOBaseType, kBufferedMethods,
              kBinaryGetSets, bufferedNew, bufferedInit, "A buffered interface to random access streams.", | kTypeBaseType)
KRAIT_IO_TYPE(BufferedRWPairType, "_io.BufferedRWPair", &BufferedIOBaseType, kBufferedMethods,
              kRWPairGetSets, rwPairNew, nullptr, "A buffered reader and writer object together.")
KRAIT_IO_TYPE(TextIOWrapperType, "_io.TextIOWrapper", &TextIOBaseType, kTextMethods, kTextGetSets,
              textWrapperNew, textWrapperInit,
              "Character and line based layer over a BufferedIOBase object, buffer.",
              | kTypeBaseType)

#undef KRAIT_IO_TYPE

#define KRAIT_MEM_IO_TYPE(var, tpname, basetype, meths, gets, docstr) \
    Type var = {                                                      \
        .ob = {kImmortalRefcnt, &TypeType},                           \
        .name = tpname,                                               \
        .basicSize = sizeof(FileObject),                              \
        .flags = kTypeBaseType | kTypeHaveGC,                         \
        .base = basetype,                                             \
        .doc = docstr,                                                \
        .dictOffset = offsetof(FileObject, dict),                     \
        .weaklistOffset = offsetof(FileObject, weaklist),             \
        .methods = meths,                                             \
        .getsets = gets,                                              \
        .dealloc = fileDealloc,                                       \
        .traverse = fileTraverse,                                     \
        .clear = fileClear,                                           \
        .getAttr = genericGetAttr,                                    \
        .setAttr = genericSetAttr,                                    \
        .new_ = memNew,                                               \
        .init = memInit,                                              \
        .iter = memIter,                                              \
        .iterNext = memIterNext,                                      \
    };

KRAIT_MEM_IO_TYPE(StringIOType, "_io.StringIO", &TextIOBaseType, kStringIOMethods, kStringIOGetSets,
                  "Text I/O implementation using an in-memory buffer.")
KRAIT_MEM_IO_TYPE(BytesIOType, "_io.BytesIO", &BufferedIOBaseType, kBytesIOMethods, kBytesIOGetSets,
                  "Buffered I/O implementation using an in-memory bytes buffer.")

#undef KRAIT_MEM_IO_TYPE

bool readyFileTypes() {
    if (!(UnsupportedOperationType.flags & kTypeReady)) {
        if (!UnsupportedOperationType.bases) {
            UnsupportedOperationType.bases =
                tuplePack({asObject(&ExcOSError), asObject(&ExcValueError)});
            if (!UnsupportedOperationType.bases) return false;
        }
        if (!typeReady(&UnsupportedOperationType)) return false;
        // CPython makes it with PyErr_NewException, a heap type: Lib/io.py sets __module__.
        UnsupportedOperationType.flags &= ~kTypeImmutable;
    }
    Type* types[] = {&FileIOType,         &BufferedReaderType, &BufferedWriterType,
                     &BufferedRandomType, &BufferedRWPairType, &TextIOWrapperType,
                     &StringIOType,       &BytesIOType,        &IncrementalNewlineDecoderType};
    for (Type* t : types) {
        if (!typeReady(t)) return false;
    }
    return true;
}

}  // namespace krait

namespace krait {

namespace {

Object* ioTextEncoding(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"encoding", "stacklevel"};
    Object* a[2] = {};
    if (!parseArgs("text_encoding", args, nargs, kwnames, kNames, 2, 1, a)) return nullptr;
    if (!isNone(a[0])) return newRef(a[0]);
    return strFromAscii("locale");
}

Object* ioOpenCode(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"path"};
    Object* a[1] = {};
    if (!parseArgs("open_code", args, nargs, kwnames, kNames, 1, 1, a)) return nullptr;
    if (!isStr(a[0]))
        return setError(&ExcTypeError, "open_code() argument 'path' must be str, not %T", a[0]);
    Ref<> mode = Ref<>::steal(strFromAscii("rb"));
    if (!mode) return nullptr;
    Object* callArgs[2] = {a[0], mode.get()};
    return builtinOpen(nullptr, callArgs, 2, nullptr);
}

const MethodDef kIoMethods[] = {
    {"open", builtinOpen, 0, "Open file and return a stream.  Raise OSError upon failure."},
    {"open_code", ioOpenCode, 0, "Opens the provided file with the intent to import the contents."},
    {"text_encoding", ioTextEncoding, 0, "A helper function to choose the text encoding."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createIoModule(InterpState*) {
    if (!readyFileTypes()) return nullptr;
    Ref<> m = Ref<>::steal(moduleNew("_io"));
    if (!m || !moduleAddFunctions(m.get(), kIoMethods)) return nullptr;
    struct Named {
        const char* name;
        Type* type;
    };
    const Named types[] = {
        {"_IOBase", &IOBaseType},
        {"_RawIOBase", &RawIOBaseType},
        {"_BufferedIOBase", &BufferedIOBaseType},
        {"_TextIOBase", &TextIOBaseType},
        {"FileIO", &FileIOType},
        {"BufferedReader", &BufferedReaderType},
        {"BufferedWriter", &BufferedWriterType},
        {"BufferedRandom", &BufferedRandomType},
        {"BufferedRWPair", &BufferedRWPairType},
        {"TextIOWrapper", &TextIOWrapperType},
        {"StringIO", &StringIOType},
        {"BytesIO", &BytesIOType},
        {"IncrementalNewlineDecoder", &IncrementalNewlineDecoderType},
        {"UnsupportedOperation", &UnsupportedOperationType},
        {"BlockingIOError", &ExcBlockingIOError},
    };
    for (const Named& n : types) {
        if (!moduleAddObject(m.get(), n.name, newRef(asObject(n.type)))) return nullptr;
    }
    if (!moduleAddInt(m.get(), "SEEK_SET", 0) || !moduleAddInt(m.get(), "SEEK_CUR", 1) ||
        !moduleAddInt(m.get(), "SEEK_END", 2) ||
        !moduleAddInt(m.get(), "DEFAULT_BUFFER_SIZE", 8192)) {
        return nullptr;
    }
    // io.open is builtins.open.
    if (Object* b = currentThread()->interp->builtinsModule) {
        if (Object* o = dictGetItemStr(moduleDict(b), "open")) {
            if (!moduleAddObject(m.get(), "open", newRef(o))) return nullptr;
        }
    }
    return m.release();
}

}  // namespace krait

namespace krait {

void* newFileRegistry() { return new FileRegistry(); }

void freeFileRegistry(void* registry) {
    auto* reg = static_cast<FileRegistry*>(registry);
    for (FileObject* f = reg->head; f;) {
        FileObject* next = f->nextOpen;
        f->registry = nullptr;
        f->prevOpen = f->nextOpen = nullptr;
        f = next;
    }
    delete reg;
}

void flushOpenFiles() {
    ThreadState* ts = currentThread();
    if (!ts || !ts->interp || !ts->interp->builtinsModule) return;
    auto* reg = static_cast<FileRegistry*>(asModule(ts->interp->builtinsModule)->state);
    if (!reg) return;
    Object* saved = fetchError();
    for (FileObject* f = reg->head; f; f = f->nextOpen) {
        if (!f->closed && f->wbuf && !f->wbuf->empty() && !flushWrites(f)) clearError();
    }
    restoreError(saved);
}

}  // namespace krait
