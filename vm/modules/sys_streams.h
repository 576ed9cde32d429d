// sys.stdin / sys.stdout / sys.stderr: a native text stream type (shown as
// '_io.TextIOWrapper') over the platform console. Private to the sys module.
#pragma once

#include "core/object.h"

namespace krait {

enum class StreamBuffering : uint8_t {
    Full,        // flushed when the buffer fills up (stdout to a pipe or file)
    Line,        // flushed at each newline (terminals, stderr)
    Unbuffered,  // written through at each write (-u, PYTHONUNBUFFERED)
};

// Readies the stream type (idempotent). False with an exception set on failure.
bool readyStdStreamType();
// A new stream over file descriptor fd (0, 1 or 2). `errors` is the error handler name
// ('strict' or 'backslashreplace').
Object* stdStreamNew(int fd, const char* name, bool writable, const char* errors,
                     StreamBuffering buffering);
// Flushes a native stream's pending output (no-op for other objects). False on write error.
bool stdStreamFlush(Object* stream);

}  // namespace krait
