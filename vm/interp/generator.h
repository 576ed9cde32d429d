// Generators, coroutines and async generators. The generator object embeds its frame (header
// + localsplus + value stack) at its end; the eval loop runs it inline when driven by `for`,
// `yield from` or `await`, and C++ code drives it with genSend().
#pragma once

#include "core/object.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/frame.h"

namespace krait {

enum class GenState : uint8_t { Created, Suspended, Executing, Completed };

struct GenObject {
    Object ob;
    Object* name;          // str
    Object* qualname;      // str
    Object* weaklist;
    Object* code;          // strong (for gi_code after completion)
    ExcInfo excState;      // the generator's handled-exception entry (sys.exc_info())
    GenState state;
    bool closed;           // frame cleared
    bool hooksCalled;      // async generators: firstiter hook called
    bool runningAsync;     // async generators: an asend/athrow is in progress
    Object* finalizer;     // async generators: the finalizer hook
    Object* origin;        // reserved
    Frame frame;           // followed by localsplus + stack
};

inline GenObject* asGen(Object* o) { return reinterpret_cast<GenObject*>(o); }
inline GenObject* genFromFrame(Frame* f) {
    return reinterpret_cast<GenObject*>(reinterpret_cast<char*>(f) - offsetof(GenObject, frame));
}
// Generator, coroutine or async generator (exact types).
bool isGenLike(const Object* o);
inline bool isGenerator(const Object* o) { return o->type == &GeneratorType; }
inline bool isCoroutine(const Object* o) { return o->type == &CoroutineType; }
inline bool isAsyncGen(const Object* o) { return o->type == &AsyncGeneratorType; }

// Creates the generator object for a frame executing RETURN_GENERATOR: moves the frame's
// contents into the new object. Returns a new reference (or null on MemoryError).
Object* genFromRunningFrame(Frame* f);

enum class SendStatus { Return, Next, Error };
// Resumes gen with `arg` (or raises the current exception in it when `throwing`). Next: *result
// is the yielded value; Return: *result is the return value; Error: exception set.
SendStatus genSend(Object* gen, Object* arg, Object** result, bool throwing = false);
// Generic send for SEND / yield from on any iterator: gen-likes use genSend, None uses
// __next__, others .send(arg).
SendStatus iterSend(Object* iter, Object* arg, Object** result);

// Called by the eval loop around inline execution of a generator frame.
void genEnterInline(ThreadState* ts, GenObject* gen);
void genLeaveInline(ThreadState* ts, GenObject* gen, bool finished);
// "can't send non-None value to a just-started generator" etc.; returns false with an
// exception set if gen cannot be resumed with `arg` now. *exhausted is set for a completed
// generator (not an error for plain generators driven by next()).
bool genCheckResumable(GenObject* gen, Object* arg, bool* exhausted);
// The object a generator suspended in `yield from`/`await` delegates to (borrowed) or null.
Object* genYieldFrom(GenObject* gen);

// Wraps a value yielded by an async generator (ASYNC_GEN_WRAP).
Object* asyncGenWrapValue(Object* v);
// The awaitable iterator for `await o` (GET_AWAITABLE): coroutines themselves, or the
// iterator returned by __await__.
Object* getAwaitableIter(Object* o);

}  // namespace krait
