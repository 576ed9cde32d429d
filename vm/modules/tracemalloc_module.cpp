// The _tracemalloc module, which Lib's tracemalloc imports. Krait does not trace Python
// memory allocations: tracing is always off, so is_tracing() is False, the getters report
// nothing traced (as CPython's do while tracing is off) and start() raises RuntimeError
// instead of pretending to trace. Lib's warnings module imports tracemalloc to format
// warnings that carry a source object (e.g. "coroutine ... was never awaited"); with
// tracing off it adds CPython's "Enable tracemalloc to get the object allocation
// traceback" line.
#include "core/args.h"
#include "core/errors.h"
#include "modules/modules.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/tuple.h"

namespace krait {

namespace {

Object* tmIsTracing(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("is_tracing", kwnames) || !checkArgCount("is_tracing", nargs, 0, 0))
        return nullptr;
    return newBool(false);
}

Object* tmStart(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("start", kwnames) || !checkArgCount("start", nargs, 0, 1)) return nullptr;
    if (nargs == 1) {
        int64_t n = 0;
        if (!isInt(args[0]))
            return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer",
                            args[0]);
        if (!intAsInt64(args[0], &n)) return nullptr;
        if (n < 1 || n > 65535)
            return setError(&ExcValueError, "the number of frames must be in range [1; 65535]");
    }
    return setError(&ExcRuntimeError, "tracemalloc is not supported by Krait");
}

// stop() and clear_traces(): nothing is traced, so there is nothing to stop or clear.
Object* tmStop(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("stop", kwnames) || !checkArgCount("stop", nargs, 0, 0)) return nullptr;
    return newNone();
}

Object* tmClearTraces(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("clear_traces", kwnames) || !checkArgCount("clear_traces", nargs, 0, 0))
        return nullptr;
    return newNone();
}

Object* tmResetPeak(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("reset_peak", kwnames) || !checkArgCount("reset_peak", nargs, 0, 0))
        return nullptr;
    return newNone();
}

Object* tmGetTracebackLimit(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("get_traceback_limit", kwnames) ||
        !checkArgCount("get_traceback_limit", nargs, 0, 0))
        return nullptr;
    return intFromInt64(1);   // CPython's default limit
}

Object* tmGetTracedMemory(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("get_traced_memory", kwnames) ||
        !checkArgCount("get_traced_memory", nargs, 0, 0))
        return nullptr;
    Ref<> zero = Ref<>::steal(intFromInt64(0));
    if (!zero) return nullptr;
    return tuplePack({zero.get(), zero.get()});
}

Object* tmGetTracemallocMemory(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("get_tracemalloc_memory", kwnames) ||
        !checkArgCount("get_tracemalloc_memory", nargs, 0, 0))
        return nullptr;
    return intFromInt64(0);
}

Object* tmGetObjectTraceback(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_get_object_traceback", kwnames) ||
        !checkArgCount("_get_object_traceback", nargs, 1, 1))
        return nullptr;
    return newNone();
}

Object* tmGetTraces(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("_get_traces", kwnames) || !checkArgCount("_get_traces", nargs, 0, 0))
        return nullptr;
    return listNew(0);
}

const MethodDef kTracemallocMethods[] = {
    {"is_tracing", tmIsTracing, 0, "Return True if the tracemalloc module is tracing Python memory allocations."},
    {"start", tmStart, 0, "Start tracing Python memory allocations (not supported by Krait)."},
    {"stop", tmStop, 0, "Stop tracing Python memory allocations."},
    {"clear_traces", tmClearTraces, 0, "Clear traces of memory blocks allocated by Python."},
    {"reset_peak", tmResetPeak, 0, "Set the peak size of memory blocks traced by tracemalloc to the current size."},
    {"get_traceback_limit", tmGetTracebackLimit, 0, "Get the maximum number of frames stored in the traceback of a trace."},
    {"get_traced_memory", tmGetTracedMemory, 0, "Get the current size and peak size of memory blocks traced by tracemalloc."},
    {"get_tracemalloc_memory", tmGetTracemallocMemory, 0, "Get the memory usage in bytes of the tracemalloc module."},
    {"_get_object_traceback", tmGetObjectTraceback, 0, "Get the traceback where the Python object was allocated."},
    {"_get_traces", tmGetTraces, 0, "Get traces of all memory blocks allocated by Python."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createTracemallocModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_tracemalloc"));
    if (!m || !moduleAddFunctions(m.get(), kTracemallocMethods)) return nullptr;
    return m.release();
}

}  // namespace krait
