// builtins.open() and its native file objects (vm/modules/builtins_file.cpp): _io.FileIO,
// _io.BufferedReader/Writer/Random and _io.TextIOWrapper, plus io.UnsupportedOperation.
#pragma once

#include "core/object.h"

namespace krait {

struct InterpState;

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
// opener=None), as CPython 3.11's io.open.
Object* builtinOpen(Object* self, Object* const* args, size_t nargs, Object* kwnames);
// Readies the file types and io.UnsupportedOperation (idempotent); false on error.
bool readyFileTypes();

// A native `io` module (open, StringIO, BytesIO, the file classes, UnsupportedOperation,
// SEEK_*, DEFAULT_BUFFER_SIZE, text_encoding, open_code) for the module table.
Object* createIoModule(InterpState* interp);

// Flushes the pending output of every open file of the current interpreter; errors are
// ignored. CPython writes unclosed files' buffers when it finalizes them at exit: call this
// at interpreter exit (before the process ends).
void flushOpenFiles();
// The per-interpreter list of open files behind flushOpenFiles (the builtins module's state).
void* newFileRegistry();
void freeFileRegistry(void* registry);

// io.UnsupportedOperation (subclass of OSError and ValueError).
extern Type UnsupportedOperationType;

}  // namespace krait
