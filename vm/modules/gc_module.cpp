// The gc module: a thin layer over vm/gc.
#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace krait {

namespace {

Object* gcCollectFn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"generation"};
    Object* gen = nullptr;
    if (!parseArgs("collect", args, nargs, kwnames, kNames, 1, 0, &gen)) return nullptr;
    int64_t g = 2;
    if (gen && !intAsInt64(gen, &g)) return nullptr;
    if (g < 0 || g > 2) return setError(&ExcValueError, "invalid generation");
    ssize n = gcCollect(currentInterp(), static_cast<int>(g));
    if (n < 0) return nullptr;
    return intFromSsize(n);
}

Object* gcEnable(Object*, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("enable", nargs, 0, 0)) return nullptr;
    gcSetEnabled(currentInterp(), true);
    return newNone();
}

Object* gcDisable(Object*, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("disable", nargs, 0, 0)) return nullptr;
    gcSetEnabled(currentInterp(), false);
    return newNone();
}

Object* gcIsEnabledFn(Object*, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("isenabled", nargs, 0, 0)) return nullptr;
    return newBool(gcIsEnabled(currentInterp()));
}

Object* gcIsTrackedFn(Object*, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("is_tracked", nargs, 1, 1)) return nullptr;
    return newBool(gcIsTracked(args[0]));
}

Object* threeInts(const int v[3]) {
    Ref<> a = Ref<>::steal(intFromInt64(v[0]));
    Ref<> b = Ref<>::steal(intFromInt64(v[1]));
    Ref<> c = Ref<>::steal(intFromInt64(v[2]));
    return tuplePack({a.get(), b.get(), c.get()});
}

Object* gcGetThresholdFn(Object*, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("get_threshold", nargs, 0, 0)) return nullptr;
    int v[3];
    gcGetThreshold(currentInterp(), v);
    return threeInts(v);
}

Object* gcSetThresholdFn(Object*, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("set_threshold", nargs, 1, 3)) return nullptr;
    int v[3];
    gcGetThreshold(currentInterp(), v);
    for (size_t i = 0; i < nargs; i++) {
        int64_t x;
        if (!isInt(args[i])) return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", args[i]);
        if (!intAsInt64(args[i], &x)) return nullptr;
        v[i] = static_cast<int>(x);
    }
    gcSetThreshold(currentInterp(), v);
    return newNone();
}

Object* gcGetCountFn(Object*, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("get_count", nargs, 0, 0)) return nullptr;
    int v[3];
    gcGetCount(currentInterp(), v);
    return threeInts(v);
}

Object* gcGetStatsFn(Object*, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("get_stats", nargs, 0, 0)) return nullptr;
    Ref<> list = Ref<>::steal(listNew(0));
    if (!list) return nullptr;
    for (int g = 0; g < 3; g++) {
        GcStats s = gcGetStats(currentInterp(), g);
        Ref<> d = Ref<>::steal(dictNew());
        if (!d) return nullptr;
        Ref<> c1 = Ref<>::steal(intFromInt64(s.collections));
        Ref<> c2 = Ref<>::steal(intFromInt64(s.collected));
        Ref<> c3 = Ref<>::steal(intFromInt64(s.uncollectable));
        if (dictSetItemStr(d.get(), "collections", c1.get()) < 0 ||
            dictSetItemStr(d.get(), "collected", c2.get()) < 0 ||
            dictSetItemStr(d.get(), "uncollectable", c3.get()) < 0 ||
            listAppend(list.get(), d.get()) < 0) {
            return nullptr;
        }
    }
    return list.release();
}

const MethodDef kGcMethods[] = {
    {"collect", gcCollectFn, 0, "Run the garbage collector."},
    {"enable", gcEnable, 0, "Enable automatic garbage collection."},
    {"disable", gcDisable, 0, "Disable automatic garbage collection."},
    {"isenabled", gcIsEnabledFn, 0, "Returns true if automatic garbage collection is enabled."},
    {"is_tracked", gcIsTrackedFn, 0, "Returns true if the object is tracked by the garbage collector."},
    {"get_threshold", gcGetThresholdFn, 0, "Return the current collection thresholds."},
    {"set_threshold", gcSetThresholdFn, 0, "Set the collection thresholds."},
    {"get_count", gcGetCountFn, 0, "Return a three-tuple of the current collection counts."},
    {"get_stats", gcGetStatsFn, 0, "Return a list of dictionaries containing per-generation statistics."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createGcModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("gc"));
    if (!m || !moduleAddFunctions(m.get(), kGcMethods)) return nullptr;
    Ref<> garbage = Ref<>::steal(listNew(0));
    Ref<> callbacks = Ref<>::steal(listNew(0));
    if (!garbage || !callbacks || !moduleAddObject(m.get(), "garbage", garbage.release()) ||
        !moduleAddObject(m.get(), "callbacks", callbacks.release()) ||
        !moduleAddInt(m.get(), "DEBUG_STATS", 1) || !moduleAddInt(m.get(), "DEBUG_COLLECTABLE", 2) ||
        !moduleAddInt(m.get(), "DEBUG_UNCOLLECTABLE", 4) || !moduleAddInt(m.get(), "DEBUG_SAVEALL", 32) ||
        !moduleAddInt(m.get(), "DEBUG_LEAK", 38)) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
