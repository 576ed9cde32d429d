// The standard streams: a native text stream type named '_io.TextIOWrapper' (for repr
// compatibility) over the platform console, with CPython's buffering rules: stdout is line
// buffered on a terminal and fully buffered otherwise, stderr is line buffered, -u (or
// PYTHONUNBUFFERED) makes both write through.
#include "modules/sys_streams.h"

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <string>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/gil.h"
#include "core/runtime.h"
#include "core/types.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "platform/platform.h"

namespace krait {

extern Type StdStreamType;
extern Type StdBufferType;

namespace {

constexpr size_t kFullBufferSize = 8192;

struct StdStreamObject {
    Object ob;
    Object* dict;
    Object* name;          // str: '<stdout>'
    Object* errors;        // str: 'strict' / 'backslashreplace'
    std::string* pending;  // output not yet written
    std::string* readAhead;  // stdin bytes read but not yet returned
    int fd;
    bool writable;
    bool closed;
    bool backslashReplace;
    StreamBuffering buffering;
    Object* buffer;        // the binary layer (.buffer), made on first use
};

// sys.stdout.buffer & co.: the binary layer under a standard stream. It shares the stream's
// pending output, so text and bytes written in any order come out in that order.
struct StdBufferObject {
    Object ob;
    Object* stream;
};

StdStreamObject* asStream(Object* o) { return reinterpret_cast<StdStreamObject*>(o); }
bool isStdStream(Object* o) { return o->type == &StdStreamType; }

bool writePending(StdStreamObject* s) {
    if (!s->pending || s->pending->empty()) return true;
    std::string data;
    data.swap(*s->pending);
    bool ok;
    int err = 0;
    {
        AllowThreads allow;
        ok = platform::writeAll(s->fd, data.data(), data.size());
        if (!ok) err = errno;
    }
    if (!ok) {
        setErrorFromErrno(&ExcOSError, err ? err : EIO);
        return false;
    }
    return true;
}

bool checkOpen(StdStreamObject* s) {
    if (s->closed) {
        setError(&ExcValueError, "I/O operation on closed file.");
        return false;
    }
    return true;
}

// UTF-8 text of s for output; surrogates are an error ('strict') or escaped.
bool encodeText(StdStreamObject* st, Object* s, std::string* out) {
    StrObject* so = asStr(s);
    if (so->kind == 1) {
        out->assign(strView(s));
        return true;
    }
    ssize n = strLength(s);
    bool hasSurrogate = false;
    for (ssize i = 0; i < n && !hasSurrogate; i++) {
        uint32_t c = strCharAt(s, i);
        hasSurrogate = c >= 0xD800 && c <= 0xDFFF;
    }
    if (!hasSurrogate) {
        out->assign(strView(s));
        return true;
    }
    out->clear();
    for (ssize i = 0; i < n; i++) {
        uint32_t c = strCharAt(s, i);
        if (c >= 0xD800 && c <= 0xDFFF) {
            if (!st->backslashReplace) {
                Ref<> enc = Ref<>::steal(strFromAscii("utf-8"));
                Ref<> start = Ref<>::steal(intFromSsize(i));
                Ref<> end = Ref<>::steal(intFromSsize(i + 1));
                Ref<> reason = Ref<>::steal(strFromAscii("surrogates not allowed"));
                if (!enc || !start || !end || !reason) return false;
                Ref<> args = Ref<>::steal(
                    tuplePack({enc.get(), s, start.get(), end.get(), reason.get()}));
                if (!args) return false;
                setErrorObject(&ExcUnicodeEncodeError, args.get());
                return false;
            }
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out->append(buf);
            continue;
        }
        char buf[4];
        int len;
        if (c < 0x80) {
            buf[0] = char(c);
            len = 1;
        } else if (c < 0x800) {
            buf[0] = char(0xC0 | (c >> 6));
            buf[1] = char(0x80 | (c & 0x3F));
            len = 2;
        } else if (c < 0x10000) {
            buf[0] = char(0xE0 | (c >> 12));
            buf[1] = char(0x80 | ((c >> 6) & 0x3F));
            buf[2] = char(0x80 | (c & 0x3F));
            len = 3;
        } else {
            buf[0] = char(0xF0 | (c >> 18));
            buf[1] = char(0x80 | ((c >> 12) & 0x3F));
            buf[2] = char(0x80 | ((c >> 6) & 0x3F));
            buf[3] = char(0x80 | (c & 0x3F));
            len = 4;
        }
        out->append(buf, size_t(len));
    }
    return true;
}

Object* streamWrite(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    StdStreamObject* s = asStream(self);
    if (!checkNoKwargs("write", kwnames) || !checkArgCount("write", nargs, 1, 1)) return nullptr;
    if (!checkOpen(s)) return nullptr;
    Object* text = args[0];
    if (!isStr(text)) {
        return setError(&ExcTypeError, "write() argument must be str, not %s",
                        isNone(text) ? "None" : typeName(text->type));
    }
    if (!s->writable) return setError(&ExcOSError, "not writable");
    std::string bytes;
    if (!encodeText(s, text, &bytes)) return nullptr;
    if (!s->pending) s->pending = new std::string();
    s->pending->append(bytes);
    bool flush = false;
    switch (s->buffering) {
    case StreamBuffering::Unbuffered: flush = true; break;
    case StreamBuffering::Line: flush = bytes.find('\n') != std::string::npos; break;
    case StreamBuffering::Full: flush = s->pending->size() >= kFullBufferSize; break;
    }
    if (flush && !writePending(s)) return nullptr;
    return intFromSsize(strLength(text));
}

Object* streamFlush(Object* self, Object* const*, size_t nargs, Object*) {
    StdStreamObject* s = asStream(self);
    if (!checkArgCount("flush", nargs, 0, 0)) return nullptr;
    if (!checkOpen(s)) return nullptr;
    if (!writePending(s)) return nullptr;
    return newNone();
}

Object* streamWriteLines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("writelines", kwnames) || !checkArgCount("writelines", nargs, 1, 1)) {
        return nullptr;
    }
    Ref<> it = Ref<>::steal(getIter(args[0]));
    if (!it) return nullptr;
    while (Object* item = iterNext(it.get())) {
        Ref<> line = Ref<>::steal(item);
        Object* r = streamWrite(self, &item, 1, nullptr);
        if (!r) return nullptr;
        decref(r);
    }
    if (errOccurred()) return nullptr;
    return newNone();
}

bool checkReadable(StdStreamObject* s) {
    if (!checkOpen(s)) return false;
    if (s->writable) {
        setError(&ExcOSError, "not readable");
        return false;
    }
    return true;
}

// Reads one more line from the console into readAhead; false at end of input.
bool fillLine(StdStreamObject* s) {
    flushStdStreams();
    std::string line;
    bool got;
    {
        AllowThreads allow;
        got = platform::readLine(line);
    }
    if (!got) return false;
    if (!s->readAhead) s->readAhead = new std::string();
    s->readAhead->append(line);
    return true;
}

// Takes up to `limit` characters (all if < 0) of the first line of readAhead (reading one if
// needed), as a str.
Object* takeLine(StdStreamObject* s, ssize limit) {
    if (!s->readAhead || s->readAhead->find('\n') == std::string::npos) {
        while (fillLine(s)) {
            if (s->readAhead->find('\n') != std::string::npos) break;
        }
    }
    if (!s->readAhead || s->readAhead->empty()) return newRef(emptyStr());
    size_t nl = s->readAhead->find('\n');
    size_t end = nl == std::string::npos ? s->readAhead->size() : nl + 1;
    Ref<> line = Ref<>::steal(strFromUtf8(std::string_view(*s->readAhead).substr(0, end)));
    if (!line) return nullptr;
    s->readAhead->erase(0, end);
    if (limit >= 0 && limit < strLength(line.get())) {
        Ref<> head = Ref<>::steal(strSubstring(line.get(), 0, limit));
        Ref<> rest = Ref<>::steal(strSubstring(line.get(), limit, strLength(line.get())));
        if (!head || !rest) return nullptr;
        s->readAhead->insert(0, strView(rest.get()));
        return head.release();
    }
    return line.release();
}

bool sizeArg(const char* fname, Object* const* args, size_t nargs, ssize* size) {
    *size = -1;
    if (!checkArgCount(fname, nargs, 0, 1)) return false;
    if (nargs == 1 && !isNone(args[0])) {
        *size = asSsize(args[0], &ExcOverflowError);
        if (*size == -1 && errOccurred()) return false;
    }
    return true;
}

Object* streamReadLine(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    StdStreamObject* s = asStream(self);
    ssize size;
    if (!checkNoKwargs("readline", kwnames) || !sizeArg("readline", args, nargs, &size)) {
        return nullptr;
    }
    if (!checkReadable(s)) return nullptr;
    return takeLine(s, size);
}

Object* streamRead(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    StdStreamObject* s = asStream(self);
    ssize size;
    if (!checkNoKwargs("read", kwnames) || !sizeArg("read", args, nargs, &size)) return nullptr;
    if (!checkReadable(s)) return nullptr;
    Ref<> parts = Ref<>::steal(listNew(0));
    if (!parts) return nullptr;
    ssize got = 0;
    while (size < 0 || got < size) {
        Ref<> line = Ref<>::steal(takeLine(s, size < 0 ? -1 : size - got));
        if (!line) return nullptr;
        if (strLength(line.get()) == 0) break;
        got += strLength(line.get());
        if (listAppend(parts.get(), line.get()) < 0) return nullptr;
    }
    return strJoin(emptyStr(), parts.get());
}

Object* streamReadLines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    StdStreamObject* s = asStream(self);
    ssize hint;
    if (!checkNoKwargs("readlines", kwnames) || !sizeArg("readlines", args, nargs, &hint)) {
        return nullptr;
    }
    if (!checkReadable(s)) return nullptr;
    Ref<> lines = Ref<>::steal(listNew(0));
    if (!lines) return nullptr;
    ssize total = 0;
    for (;;) {
        Ref<> line = Ref<>::steal(takeLine(s, -1));
        if (!line) return nullptr;
        if (strLength(line.get()) == 0) break;
        if (listAppend(lines.get(), line.get()) < 0) return nullptr;
        total += strLength(line.get());
        if (hint > 0 && total >= hint) break;
    }
    return lines.release();
}

StdStreamObject* bufferStream(Object* self) {
    return asStream(reinterpret_cast<StdBufferObject*>(self)->stream);
}

Object* bufferWrite(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    StdStreamObject* s = bufferStream(self);
    if (!checkNoKwargs("write", kwnames) || !checkArgCount("write", nargs, 1, 1)) return nullptr;
    if (!checkOpen(s)) return nullptr;
    std::string_view data;
    if (isStr(args[0]) || !getBytesView(args[0], &data)) {
        if (errOccurred()) clearError();
        return setError(&ExcTypeError, "a bytes-like object is required, not '%T'", args[0]);
    }
    if (!s->writable) return setError(&ExcOSError, "not writable");
    if (!s->pending) s->pending = new std::string();
    s->pending->append(data);
    bool flush = s->buffering == StreamBuffering::Unbuffered ||
                 s->pending->size() >= kFullBufferSize;
    if (flush && !writePending(s)) return nullptr;
    return intFromSsize(static_cast<ssize>(data.size()));
}

Object* bufferFlush(Object* self, Object* const*, size_t nargs, Object*) {
    StdStreamObject* s = bufferStream(self);
    if (!checkArgCount("flush", nargs, 0, 0)) return nullptr;
    if (!checkOpen(s)) return nullptr;
    if (!writePending(s)) return nullptr;
    return newNone();
}

Object* bufferRead(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    StdStreamObject* s = bufferStream(self);
    ssize size = -1;
    if (!checkNoKwargs("read", kwnames) || !checkArgCount("read", nargs, 0, 1)) return nullptr;
    if (nargs == 1 && !isNone(args[0])) {
        size = asSsize(args[0], &ExcOverflowError);
        if (size == -1 && errOccurred()) return nullptr;
    }
    if (!checkReadable(s)) return nullptr;
    while (size < 0 || !s->readAhead || static_cast<ssize>(s->readAhead->size()) < size) {
        if (!fillLine(s)) break;
    }
    if (!s->readAhead) return bytesFromStd("");
    size_t n = size < 0 ? s->readAhead->size()
                        : std::min(s->readAhead->size(), static_cast<size_t>(size));
    Object* r = bytesFromStd(std::string_view(*s->readAhead).substr(0, n));
    s->readAhead->erase(0, n);
    return r;
}

Object* bufferReadLine(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    StdStreamObject* s = bufferStream(self);
    if (!checkNoKwargs("readline", kwnames) || !checkArgCount("readline", nargs, 0, 0))
        return nullptr;
    if (!checkReadable(s)) return nullptr;
    if (!s->readAhead || s->readAhead->find('\n') == std::string::npos) fillLine(s);
    if (!s->readAhead) return bytesFromStd("");
    size_t nl = s->readAhead->find('\n');
    size_t n = nl == std::string::npos ? s->readAhead->size() : nl + 1;
    Object* r = bytesFromStd(std::string_view(*s->readAhead).substr(0, n));
    s->readAhead->erase(0, n);
    return r;
}

Object* bufferFileno(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("fileno", nargs, 0, 0)) return nullptr;
    return intFromSsize(bufferStream(self)->fd);
}

Object* bufferGetClosed(Object* self, void*) { return newBool(bufferStream(self)->closed); }
Object* bufferGetName(Object* self, void*) { return intFromSsize(bufferStream(self)->fd); }

void bufferDealloc(Object* self) {
    clearRef(reinterpret_cast<StdBufferObject*>(self)->stream);
    freeObject(self);
}

Object* bufferRepr(Object* self) {
    return strFormat("<_io.Buffered%s name='%U'>",
                     bufferStream(self)->writable ? "Writer" : "Reader", bufferStream(self)->name);
}

const MethodDef kBufferMethods[] = {
    {"write", bufferWrite, 0, nullptr},
    {"flush", bufferFlush, 0, nullptr},
    {"read", bufferRead, 0, nullptr},
    {"readline", bufferReadLine, 0, nullptr},
    {"fileno", bufferFileno, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kBufferGetSets[] = {
    {"closed", bufferGetClosed, nullptr, nullptr, nullptr},
    {"name", bufferGetName, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* streamIterNext(Object* self) {
    StdStreamObject* s = asStream(self);
    if (!checkReadable(s)) return nullptr;
    Object* line = takeLine(s, -1);
    if (!line) return nullptr;
    if (strLength(line) == 0) {
        decref(line);
        return nullptr;
    }
    return line;
}

Object* streamIter(Object* self) {
    if (!checkOpen(asStream(self))) return nullptr;
    return newRef(self);
}

Object* streamFileno(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("fileno", nargs, 0, 0)) return nullptr;
    return intFromInt64(asStream(self)->fd);
}

Object* streamIsatty(Object* self, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("isatty", nargs, 0, 0)) return nullptr;
    if (!checkOpen(asStream(self))) return nullptr;
    return newBool(platform::isInteractive(asStream(self)->fd));
}

Object* streamReadable(Object* self, Object* const*, size_t, Object*) {
    if (!checkOpen(asStream(self))) return nullptr;
    return newBool(!asStream(self)->writable);
}

Object* streamWritable(Object* self, Object* const*, size_t, Object*) {
    if (!checkOpen(asStream(self))) return nullptr;
    return newBool(asStream(self)->writable);
}

Object* streamSeekable(Object* self, Object* const*, size_t, Object*) {
    if (!checkOpen(asStream(self))) return nullptr;
    return newBool(false);
}

Object* streamClose(Object* self, Object* const*, size_t, Object*) {
    StdStreamObject* s = asStream(self);
    if (s->closed) return newNone();
    bool ok = writePending(s);
    s->closed = true;
    if (!ok) return nullptr;
    return newNone();
}

Object* streamEnter(Object* self, Object* const*, size_t, Object*) {
    if (!checkOpen(asStream(self))) return nullptr;
    return newRef(self);
}

Object* streamExit(Object* self, Object* const*, size_t, Object*) {
    return streamClose(self, nullptr, 0, nullptr);
}

Object* streamGetClosed(Object* self, void*) { return newBool(asStream(self)->closed); }
Object* streamGetName(Object* self, void*) { return newRef(asStream(self)->name); }
Object* streamGetMode(Object* self, void*) {
    return strFromAscii(asStream(self)->writable ? "w" : "r");
}
Object* streamGetEncoding(Object*, void*) { return strFromAscii("utf-8"); }
Object* streamGetErrors(Object* self, void*) { return newRef(asStream(self)->errors); }
Object* streamGetLineBuffering(Object* self, void*) {
    return newBool(asStream(self)->buffering == StreamBuffering::Line);
}
Object* streamGetWriteThrough(Object* self, void*) {
    return newBool(asStream(self)->buffering == StreamBuffering::Unbuffered);
}
Object* streamGetNewlines(Object*, void*) { return newNone(); }

Object* streamRepr(Object* self) {
    StdStreamObject* s = asStream(self);
    return strFormat("<_io.TextIOWrapper name=%R mode='%s' encoding='utf-8'>", s->name,
                     s->writable ? "w" : "r");
}

void streamDealloc(Object* self) {
    StdStreamObject* s = asStream(self);
    if (s->pending && !s->pending->empty()) {
        platform::writeAll(s->fd, s->pending->data(), s->pending->size());
    }
    delete s->pending;
    delete s->readAhead;
    s->pending = nullptr;
    s->readAhead = nullptr;
    clearRef(s->name);
    clearRef(s->errors);
    clearRef(s->buffer);
    clearRef(s->dict);
    freeObject(self);
}

void streamTraverse(Object* self, VisitFn visit, void* arg) {
    StdStreamObject* s = asStream(self);
    if (s->dict) visit(s->dict, arg);
    if (s->buffer) visit(s->buffer, arg);
}

void streamClear(Object* self) {
    clearRef(asStream(self)->dict);
    clearRef(asStream(self)->buffer);
}

Object* streamGetBuffer(Object* self, void*) {
    StdStreamObject* s = asStream(self);
    if (!s->buffer) {
        Object* b = allocObject(&StdBufferType);
        if (!b) return nullptr;
        reinterpret_cast<StdBufferObject*>(b)->stream = newRef(self);
        s->buffer = b;
    }
    return newRef(s->buffer);
}

const MethodDef kStreamMethods[] = {
    {"write", streamWrite, 0, "Write string to stream.\nReturns the number of characters "
                              "written (which is always equal to\nthe length of the string)."},
    {"flush", streamFlush, 0, nullptr},
    {"writelines", streamWriteLines, 0, nullptr},
    {"read", streamRead, 0, nullptr},
    {"readline", streamReadLine, 0, nullptr},
    {"readlines", streamReadLines, 0, nullptr},
    {"fileno", streamFileno, 0, nullptr},
    {"isatty", streamIsatty, 0, nullptr},
    {"readable", streamReadable, 0, nullptr},
    {"writable", streamWritable, 0, nullptr},
    {"seekable", streamSeekable, 0, nullptr},
    {"close", streamClose, 0, nullptr},
    {"__enter__", streamEnter, 0, nullptr},
    {"__exit__", streamExit, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef kStreamGetSets[] = {
    {"closed", streamGetClosed, nullptr, nullptr, nullptr},
    {"name", streamGetName, nullptr, nullptr, nullptr},
    {"mode", streamGetMode, nullptr, nullptr, nullptr},
    {"encoding", streamGetEncoding, nullptr, nullptr, nullptr},
    {"errors", streamGetErrors, nullptr, nullptr, nullptr},
    {"line_buffering", streamGetLineBuffering, nullptr, nullptr, nullptr},
    {"write_through", streamGetWriteThrough, nullptr, nullptr, nullptr},
    {"newlines", streamGetNewlines, nullptr, nullptr, nullptr},
    {"buffer", streamGetBuffer, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Type StdStreamType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_io.TextIOWrapper",
    .basicSize = sizeof(StdStreamObject),
    .flags = kTypeHaveGC,
    .doc = "Character and line based layer over a BufferedIOBase object, buffer.",
    .dictOffset = offsetof(StdStreamObject, dict),
    .methods = kStreamMethods,
    .getsets = kStreamGetSets,
    .dealloc = streamDealloc,
    .traverse = streamTraverse,
    .clear = streamClear,
    .repr = streamRepr,
    .getAttr = genericGetAttr,
    .setAttr = genericSetAttr,
    .iter = streamIter,
    .iterNext = streamIterNext,
};

Type StdBufferType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "_io.BufferedWriter",
    .basicSize = sizeof(StdBufferObject),
    .flags = 0,
    .doc = "The binary layer under a standard stream.",
    .methods = kBufferMethods,
    .getsets = kBufferGetSets,
    .dealloc = bufferDealloc,
    .repr = bufferRepr,
    .getAttr = genericGetAttr,
};

bool readyStdStreamType() { return typeReady(&StdStreamType) && typeReady(&StdBufferType); }

Object* stdStreamNew(int fd, const char* name, bool writable, const char* errors,
                     StreamBuffering buffering) {
    if (!readyStdStreamType()) return nullptr;
    Object* o = allocObject(&StdStreamType);
    if (!o) return nullptr;
    StdStreamObject* s = asStream(o);
    s->fd = fd;
    s->writable = writable;
    s->buffering = buffering;
    s->backslashReplace = std::string_view(errors) == "backslashreplace";
    s->name = strFromUtf8(name);
    s->errors = strFromUtf8(errors);
    if (!s->name || !s->errors) {
        decref(o);
        return nullptr;
    }
    return o;
}

bool stdStreamFlush(Object* stream) {
    if (!stream || !isStdStream(stream)) return true;
    StdStreamObject* s = asStream(stream);
    if (s->closed) return true;
    return writePending(s);
}

// Flushes sys.stdout and sys.stderr (whatever objects they are now) and the original native
// streams; errors are swallowed (the pending exception, if any, is kept).
void flushStdStreams() {
    ThreadState* ts = currentThread();
    if (!ts || !ts->interp || !ts->interp->sysDict) return;
    Object* saved = fetchError();
    Object* sysDict = ts->interp->sysDict;
    static const char* const kNames[] = {"stdout", "stderr", "__stdout__", "__stderr__"};
    for (const char* n : kNames) {
        Object* s = dictGetItemStr(sysDict, n);
        if (!s || isNone(s)) {
            clearError();
            continue;
        }
        if (isStdStream(s)) {
            if (!stdStreamFlush(s)) clearError();
            continue;
        }
        Object* r = callMethod(s, "flush", nullptr, 0);
        if (r) {
            decref(r);
        } else {
            clearError();
        }
    }
    restoreError(saved);
}

}  // namespace krait
