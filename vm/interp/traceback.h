// Traceback objects (TracebackType): one entry per frame an exception passed through.
// The list starts at the outermost frame; tb_next goes towards where the exception was raised.
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

struct Frame;

struct TracebackObject {
    Object ob;
    Object* next;     // TracebackType or null
    Object* frame;    // FrameType (strong)
    int lasti;        // code-unit index of the instruction that raised in that frame
    int lineno;       // source line of that instruction
    int64_t lastiBytes;   // tb_lasti as reported (byte offset: 2 * lasti, or as constructed)
};

inline TracebackObject* asTraceback(Object* o) { return reinterpret_cast<TracebackObject*>(o); }
inline bool isTraceback(const Object* o) { return o->type == &TracebackType; }

// New traceback entry (new reference) for `frame` at instruction `lasti` before `next`.
Object* tracebackNew(Object* next, Frame* frame, int lasti);
// Prepends an entry for the frame's current instruction to exc.__traceback__.
void tracebackAdd(Object* exc, Frame* frame);

// Accessors for printing (borrowed): the code object of a traceback entry's frame and its
// position at lasti (line, endLine, col, endCol; col -1 = unknown).
Object* tracebackCode(Object* tb);
void tracebackPosition(Object* tb, int* line, int* endLine, int* col, int* endCol);

}  // namespace krait

