// Helpers shared by the eval loop (eval.cpp) and its out-of-line parts (eval_support.cpp).
// Private to vm/interp.
#pragma once

#include "bytecode/code.h"
#include "core/object.h"
#include "core/runtime.h"
#include "interp/frame.h"

namespace krait {

// NameError / UnboundLocalError with the .name attribute set. fmt has one %U for the name.
void raiseNameError(Type* type, const char* fmt, Object* name);
// The unbound-local / free-variable error for localsplus slot `index` of `code`.
void raiseUnboundError(CodeObject* code, int index);

// Looks a special method up on the type and binds it (CPython's _PyObject_LookupSpecial).
// New reference, or null (no exception set if simply missing).
Object* lookupSpecial(Object* o, Object* name);

// Unpacks iterable `v` into argcnt items (+ a list and argcntAfter more items when
// argcntAfter >= 0), storing them below `sp` so that the first item ends on top.
bool unpackIterable(Object* v, int argcnt, int argcntAfter, Object** sp);

// `raise` statement semantics (RAISE_VARARGS 1/2): sets the exception; returns false always.
void doRaise(Object* exc, Object* cause);
// The innermost handled exception (None/null skipped): borrowed or null.
Object* topmostHandledException(ThreadState* ts);

// except-clause type check: "catching classes that do not inherit from BaseException is not
// allowed". Returns false with TypeError set.
bool checkExceptType(Object* type, bool star);
// CHECK_EG_MATCH core: sets *match and *rest (new references, None when empty).
bool exceptionGroupMatch(Object* exc, Object* type, Object** match, Object** rest);
// PREP_RERAISE_STAR core: the exception to re-raise (or None) from the original exception
// group and the list of exceptions raised/reraised by the except* clauses.
Object* prepReraiseStar(Object* orig, Object* excs);

// Import helpers.
Object* importNameOp(Frame* f, Object* name, Object* fromlist, Object* level);
Object* importFromOp(Object* module, Object* name);
bool importStarOp(Frame* f, Object* module);

// Pattern matching helpers.
Object* matchClass(Object* subject, Object* type, int nargs, Object* kwargs);
Object* matchKeys(Object* subject, Object* keys);
bool isMatchSelfType(Type* t);

// Dict merging for calls with ** (DICT_MERGE) with CPython's messages; func names the callee.
bool mergeKwargs(Object* dict, Object* update, Object* func);
// Converts *args for CALL_FUNCTION_EX to a tuple with CPython's message (new reference).
Object* callArgsToTuple(Object* func, Object* args);

// FORMAT_VALUE helper.
Object* formatValue(Object* value, int conversion, Object* spec);

}  // namespace krait
