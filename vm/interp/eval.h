// The bytecode interpreter: entry points for running code and the frame accessors that
// builtins (globals(), locals(), eval/exec, sys._getframe, super()) need.
//
// The loop is resumable: a Python-to-Python call pushes a frame and continues in the same C++
// invocation; generator frames driven by `for`, `yield from` and `await` run inline too. C++
// re-entries (a native function calling back into Python) nest a new invocation whose entry
// frame returns to C++.
#pragma once

#include "core/object.h"
#include "core/runtime.h"

namespace krait {

struct Frame;

// Runs a module/exec/eval code object. `locals` may be null (then globals are used). Builtins
// come from globals['__builtins__'] or the interpreter's builtins. New reference or null.
Object* evalCode(Object* code, Object* globals, Object* locals);

// Runs an already-initialised frame (pushed on the thread stack or owned by a generator) until
// it returns or yields. `throwing`: the current exception is raised at the frame's current
// instruction (generator.throw()). The frame's `previous` must be set by the caller. Returns
// the returned / yielded value (new reference) or null.
Object* evalFrame(ThreadState* ts, Frame* frame, bool throwing);

// Runs `func` (a FunctionType) with the given locals mapping (class bodies: __build_class__).
Object* evalFunctionWithLocals(Object* func, Object* locals);

// Resumable execution for hosts (browser time slicing, pauses): like evalCode, but when the
// interpreter's pendingInterrupt is kInterruptPause the loop stops between two bytecodes (only
// when no C++ frame sits between the host and the Python frames), stores *paused = true and
// returns null WITHOUT an exception set. evalResume() continues the paused computation.
Object* evalCodeResumable(Object* code, Object* globals, Object* locals, bool* paused);
Object* evalResume(bool* paused);

// The innermost executing Python frame of the calling thread (null at top level).
Frame* currentFrame();
// Borrowed globals / builtins of the current frame (interpreter defaults if none).
Object* currentGlobals();
Object* currentBuiltins();
// locals() of the current frame (new reference).
Object* currentLocals();
// sys._getframe(depth): new reference to the frame object, or ValueError "call stack is not
// deep enough".
Object* getFrameObject(int depth);
// The exception currently being handled (sys.exc_info()[1]): borrowed, null if none.
Object* currentHandledException();

// The builtin __build_class__(func, name, *bases, metaclass=None, **kwds) (a NativeFn; the
// builtins module registers it).
Object* buildClass(Object* self, Object* const* args, size_t nargs, Object* kwnames);


}  // namespace krait
