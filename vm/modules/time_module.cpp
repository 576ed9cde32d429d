// The time module (clocks and sleep; calendar functions follow).
#include <cmath>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "modules/modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "platform/platform.h"

namespace krait {

namespace {

using Args = Object* const*;

#define KRAIT_CLOCK_FN(fname, expr)                                                \
    Object* fname(Object*, Args, size_t nargs, Object* kwnames) {                 \
        if (!checkNoKwargs(#fname, kwnames) || !checkArgCount(#fname, nargs, 0, 0)) \
            return nullptr;                                                        \
        return expr;                                                               \
    }

KRAIT_CLOCK_FN(timeTime, floatFromDouble(platform::wallTime()))
KRAIT_CLOCK_FN(timeTimeNs, intFromInt64(platform::wallTimeNs()))
KRAIT_CLOCK_FN(timePerfCounter, floatFromDouble(platform::perfCounter()))
KRAIT_CLOCK_FN(timePerfCounterNs, intFromInt64(platform::perfCounterNs()))
KRAIT_CLOCK_FN(timeMonotonic, floatFromDouble(platform::monotonicTime()))
KRAIT_CLOCK_FN(timeMonotonicNs, intFromInt64(platform::monotonicTimeNs()))
KRAIT_CLOCK_FN(timeProcessTime, floatFromDouble(platform::processTime()))
KRAIT_CLOCK_FN(timeProcessTimeNs, intFromInt64(platform::processTimeNs()))

#undef KRAIT_CLOCK_FN

Object* timeSleep(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("sleep", kwnames) || !checkArgCount("sleep", nargs, 1, 1)) return nullptr;
    Object* x = args[0];
    if (!isInt(x) && !isFloat(x)) {
        return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", x);
    }
    double secs = asDouble(x);
    if (secs == -1.0 && errOccurred()) return nullptr;
    if (std::isnan(secs)) return setError(&ExcValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return setError(&ExcValueError, "sleep length must be non-negative");
    // Sleep in slices so Ctrl-C (the eval breaker flag) interrupts promptly.
    InterpState* interp = currentInterp();
    double deadline = platform::monotonicTime() + secs;
    for (;;) {
        double left = deadline - platform::monotonicTime();
        if (left <= 0) break;
        platform::sleepSeconds(left < 0.05 ? left : 0.05);
        if (interp->pendingInterrupt) {
            interp->pendingInterrupt = 0;
            return setErrorObject(&ExcKeyboardInterrupt, nullptr);
        }
    }
    return newNone();
}

const MethodDef kTimeMethods[] = {
    {"time", timeTime, 0, "Return the current time in seconds since the Epoch."},
    {"time_ns", timeTimeNs, 0, "Return the current time in nanoseconds since the Epoch."},
    {"perf_counter", timePerfCounter, 0, "Performance counter for benchmarking."},
    {"perf_counter_ns", timePerfCounterNs, 0, "Performance counter for benchmarking as nanoseconds."},
    {"monotonic", timeMonotonic, 0, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", timeMonotonicNs, 0, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"process_time", timeProcessTime, 0, "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", timeProcessTimeNs, 0, "Process time for profiling as nanoseconds."},
    {"sleep", timeSleep, 0, "Delay execution for a given number of seconds."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createTimeModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("time"));
    if (!m || !moduleAddFunctions(m.get(), kTimeMethods)) return nullptr;
    return m.release();
}

}  // namespace krait
