// Raising, checking and fetching the current exception of the calling thread.
//
// Convention (as CPython's): a function that fails sets the thread's current exception and
// returns nullptr / -1 / false; its caller either handles it (fetchError/clearError) or passes
// the failure up. C++ exceptions are never used.
#pragma once

#include "core/object.h"

namespace krait {

// Raise `type` with a message formatted printf-style. Besides the usual %s (UTF-8 C string),
// %d, %u, %ld, %lld, %zd, %zu, %c, %x, %p and %%, it understands:
//   %R  repr() of an Object*          %S  str() of an Object*
//   %T  type name of an Object*       %U  a str Object* (its text)
//   %N  fully qualified type name of a Type*  (like CPython's %N)
// Always returns nullptr so callers can write `return setError(...)`.
Object* setError(Type* type, const char* fmt, ...);
// Raise `type` with `value` (an instance of type: raised as is; a tuple: args; anything else:
// the single argument; null: no argument).
Object* setErrorObject(Type* type, Object* value);
// Sets exc.__context__ to the exception being handled (breaking cycles), as CPython does when
// an exception is raised inside an except block.
void chainExceptionContext(Object* exc);
Object* setErrorNoMemory();
// Raise OSError (or the matching subclass) from errno, with an optional filename object.
Object* setErrorFromErrno(Type* type, int err, Object* filename = nullptr);

bool errOccurred();
// Borrowed reference to the exception being raised, or null.
Object* currentError();
// Takes the current exception out of the thread state (new reference; null if none).
Object* fetchError();
// Makes `exc` (stolen; may be null) the current exception, replacing any previous one.
void restoreError(Object* exc);
void clearError();
// True if the current exception is an instance of `type` (or of a class in tuple `type`).
bool errMatches(Object* typeOrTuple);
bool errMatches(Type* type);
// Report an error that cannot be raised (e.g. in a destructor): prints
// "Exception ignored in: <obj>" and the traceback to sys.stderr, then clears it.
void writeUnraisable(Object* obj);
// The same with CPython's _PyErr_WriteUnraisableMsg wording: "Exception ignored <msg>: <obj>"
// (msg e.g. "in atexit callback").
void writeUnraisableMsg(const char* msg, Object* obj);

}  // namespace krait
