// Argument binding for native functions, with CPython 3.11's messages
// (_PyArg_UnpackKeywords and _PyArg_CheckPositional).
#include "core/args.h"

#include "core/errors.h"
#include "core/types.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace krait {

size_t kwCount(Object* kwnames) {
    return kwnames ? static_cast<size_t>(tupleSize(kwnames)) : 0;
}

bool checkNoKwargs(const char* fname, Object* kwnames) {
    if (kwCount(kwnames) == 0) return true;
    setError(&ExcTypeError, "%s() takes no keyword arguments", fname);
    return false;
}

bool checkArgCount(const char* fname, size_t nargs, size_t min, size_t max) {
    if (nargs < min) {
        setError(&ExcTypeError, "%s expected %s%zu argument%s, got %zu", fname,
                 min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        return false;
    }
    if (nargs > max) {
        setError(&ExcTypeError, "%s expected %s%zu argument%s, got %zu", fname,
                 min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

bool parseArgs(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
               const char* const* names, int nNames, int required, Object** out, int posOnly,
               int kwOnlyStart) {
    size_t nkw = kwCount(kwnames);
    int maxPos = kwOnlyStart < 0 ? nNames : kwOnlyStart;
    int minPos = required < maxPos ? required : maxPos;
    int minPosOnly = posOnly < minPos ? posOnly : minPos;
    for (int i = 0; i < nNames; i++) out[i] = nullptr;
    if (nargs + nkw > static_cast<size_t>(nNames)) {
        setError(&ExcTypeError, "%s() takes at most %d %sargument%s (%zu given)", fname, nNames,
                 nargs == 0 ? "keyword " : "", nNames == 1 ? "" : "s", nargs + nkw);
        return false;
    }
    if (nargs > static_cast<size_t>(maxPos)) {
        if (maxPos == 0) {
            setError(&ExcTypeError, "%s() takes no positional arguments", fname);
        } else {
            setError(&ExcTypeError, "%s() takes %s %d positional argument%s (%zu given)", fname,
                     minPos < maxPos ? "at most" : "exactly", maxPos, maxPos == 1 ? "" : "s",
                     nargs);
        }
        return false;
    }
    if (nargs < static_cast<size_t>(minPosOnly)) {
        setError(&ExcTypeError, "%s() takes %s %d positional argument%s (%zu given)", fname,
                 minPosOnly < maxPos ? "at least" : "exactly", minPosOnly,
                 minPosOnly == 1 ? "" : "s", nargs);
        return false;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    // Match keywords to parameters.
    for (size_t k = 0; k < nkw; k++) {
        Object* key = tupleItem(kwnames, static_cast<ssize>(k));
        int found = -1;
        for (int i = posOnly; i < nNames; i++) {
            if (isStr(key) && strEqualsAscii(key, names[i])) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            setError(&ExcTypeError, "'%U' is an invalid keyword argument for %s()", key, fname);
            return false;
        }
        if (static_cast<size_t>(found) < nargs) {
            setError(&ExcTypeError, "argument for %s() given by name ('%s') and position (%d)",
                     fname, names[found], found + 1);
            return false;
        }
        out[found] = args[nargs + k];
    }
    for (int i = static_cast<int>(nargs); i < required && i < nNames; i++) {
        if (!out[i]) {
            if (i < posOnly) {
                setError(&ExcTypeError, "%s() takes %s %d positional argument%s (%zu given)",
                         fname, minPos < maxPos ? "at least" : "exactly", minPosOnly,
                         minPosOnly == 1 ? "" : "s", nargs);
            } else if (i >= maxPos) {
                setError(&ExcTypeError, "%s() missing required keyword-only argument '%s'",
                         fname, names[i]);
            } else {
                setError(&ExcTypeError, "%s() missing required argument '%s' (pos %d)", fname,
                         names[i], i + 1);
            }
            return false;
        }
    }
    return true;
}

}  // namespace krait
