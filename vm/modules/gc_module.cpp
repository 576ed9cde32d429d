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

Object* gcGetObjectsFn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"generation"};
    Object* gen = nullptr;
    if (!parseArgs("get_objects", args, nargs, kwnames, kNames, 1, 0, &gen)) return nullptr;
    int64_t g = -1;
    if (gen && gen != none()) {
        if (!intAsInt64(gen, &g)) return nullptr;
        if (g >= 3) {
            return setError(&ExcValueError, "generation parameter must be less than the number "
                                            "of available generations (3)");
        }
        if (g < 0) return setError(&ExcValueError, "generation parameter cannot be negative");
    }
    return gcGetObjects(currentInterp(), static_cast<int>(g));
}

Object* gcGetReferrersFn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("get_referrers", kwnames)) return nullptr;
    return gcGetReferrers(currentInterp(), args, nargs);
}

Object* gcGetReferentsFn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("get_referents", kwnames)) return nullptr;
    return gcGetReferents(args, nargs);
}

Object* gcFreezeFn(Object*, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("freeze", nargs, 0, 0)) return nullptr;
    gcFreeze(currentInterp());
    return newNone();
}

Object* gcUnfreezeFn(Object*, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("unfreeze", nargs, 0, 0)) return nullptr;
    gcUnfreeze(currentInterp());
    return newNone();
}

Object* gcGetFreezeCountFn(Object*, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("get_freeze_count", nargs, 0, 0)) return nullptr;
    return intFromSsize(gcGetFreezeCount(currentInterp()));
}

Object* gcIsFinalizedFn(Object*, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("is_finalized", nargs, 1, 1)) return nullptr;
    return newBool(gcIsFinalized(args[0]));
}

Object* gcGetDebugFn(Object*, Object* const*, size_t nargs, Object*) {
    if (!checkArgCount("get_debug", nargs, 0, 0)) return nullptr;
    return intFromInt64(gcGetDebug(currentInterp()));
}

Object* gcSetDebugFn(Object*, Object* const* args, size_t nargs, Object*) {
    if (!checkArgCount("set_debug", nargs, 1, 1)) return nullptr;
    if (!isInt(args[0])) {
        return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    }
    int64_t v;
    if (!intAsInt64(args[0], &v)) return nullptr;
    gcSetDebug(currentInterp(), static_cast<int>(v));
    return newNone();
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
    {"get_objects", gcGetObjectsFn, 0, "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_referrers", gcGetReferrersFn, 0, "Return the list of objects that directly refer to any of 'objs'."},
    {"get_referents", gcGetReferentsFn, 0, "Return the list of objects that are directly referred to by 'objs'."},
    {"freeze", gcFreezeFn, 0, "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", gcUnfreezeFn, 0, "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", gcGetFreezeCountFn, 0, "Return the number of objects in the permanent generation."},
    {"is_finalized", gcIsFinalizedFn, 0, "Returns true if the object has been already finalized by the GC."},
    {"get_debug", gcGetDebugFn, 0, "Get the garbage collection debugging flags."},
    {"set_debug", gcSetDebugFn, 0, "Set the garbage collection debugging flags."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createGcModule(InterpState* interp) {
    Ref<> m = Ref<>::steal(moduleNew("gc"));
    if (!m || !moduleAddFunctions(m.get(), kGcMethods)) return nullptr;
    // The lists live in the collector's state (it appends to gc.garbage and calls
    // gc.callbacks), so re-importing the module shares them.
    Object* garbage = gcGarbageList(interp);
    Object* callbacks = gcCallbacksList(interp);
    if (!garbage || !callbacks || !moduleAddObject(m.get(), "garbage", newRef(garbage)) ||
        !moduleAddObject(m.get(), "callbacks", newRef(callbacks)) ||
        !moduleAddInt(m.get(), "DEBUG_STATS", 1) || !moduleAddInt(m.get(), "DEBUG_COLLECTABLE", 2) ||
        !moduleAddInt(m.get(), "DEBUG_UNCOLLECTABLE", 4) || !moduleAddInt(m.get(), "DEBUG_SAVEALL", 32) ||
        !moduleAddInt(m.get(), "DEBUG_LEAK", 38)) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
