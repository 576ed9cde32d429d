// Exception instance layouts (see core/exceptions.def for the hierarchy).
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct BaseExceptionObject {
    Object ob;
    Object* dict;
    Object* args;          // tuple
    Object* notes;         // __notes__ list or null
    Object* traceback;     // traceback object or null
    Object* context;       // __context__ or null
    Object* cause;         // __cause__ or null
    bool suppressContext;
};
struct SystemExitObject { BaseExceptionObject base; Object* code; };
struct StopIterationObject { BaseExceptionObject base; Object* value; };
struct AttributeErrorObject { BaseExceptionObject base; Object* obj; Object* name; };
struct NameErrorObject { BaseExceptionObject base; Object* name; };
struct ImportErrorObject { BaseExceptionObject base; Object* msg; Object* name; Object* path; };
struct OSErrorObject {
    BaseExceptionObject base;
    Object* myerrno; Object* strerror; Object* filename; Object* filename2;
};
struct SyntaxErrorObject {
    BaseExceptionObject base;
    Object* msg; Object* filename; Object* lineno; Object* offset; Object* text;
    Object* endLineno; Object* endOffset; Object* printFileAndLine;
};
struct UnicodeErrorObject {
    BaseExceptionObject base;
    Object* encoding; Object* object; Object* start; Object* end; Object* reason;
};
struct BaseExceptionGroupObject { BaseExceptionObject base; Object* msg; Object* excs; };

inline BaseExceptionObject* asExc(Object* o) { return reinterpret_cast<BaseExceptionObject*>(o); }

// Creates an exception instance: type(*args) for exception classes (new reference).
Object* newException(Type* type, Object* args);
// Sets exc.__traceback__ / __context__ / __cause__ (steal the value, may be null).
void exceptionSetTraceback(Object* exc, Object* tb);
void exceptionSetContext(Object* exc, Object* ctx);
void exceptionSetCause(Object* exc, Object* cause);

// Reports an uncaught exception: calls sys.excepthook(type, exc, tb), which by default prints
// "Traceback (most recent call last):" ... "TypeError: msg" to sys.stderr exactly as CPython
// (chained exceptions with "During handling of the above exception, another exception
// occurred:" / "The above exception was the direct cause of the following exception:").
void printException(Object* exc);
// If exc is a SystemExit, returns true and stores the process exit status CPython would use
// (None -> 0, int -> that int, anything else -> printed to stderr and 1).
bool systemExitStatus(Object* exc, int* status);

}  // namespace krait
