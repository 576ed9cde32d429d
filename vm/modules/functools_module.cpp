// The _functools module: reduce() in C++ as in CPython (functools.py takes each of reduce,
// partial, cmp_to_key and _lru_cache_wrapper from here when present and otherwise keeps its
// pure-Python version; the others are still the pure-Python ones).
#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "modules/modules.h"
#include "objects/module.h"
#include "objects/type.h"

namespace krait {

namespace {

// reduce(function, iterable[, initial]): folds from the left.
Object* reduce(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwCount(kwnames)) return setError(&ExcTypeError, "reduce() takes no keyword arguments");
    if (!checkArgCount("reduce", nargs, 2, 3)) return nullptr;
    Object* fn = args[0];
    Ref<> it = Ref<>::steal(getIter(args[1]));
    if (!it) {
        if (errMatches(&ExcTypeError)) {
            clearError();
            setError(&ExcTypeError, "reduce() arg 2 must support iteration");
        }
        return nullptr;
    }
    Ref<> result = nargs == 3 ? Ref<>::borrow(args[2]) : Ref<>();
    for (;;) {
        Ref<> item = Ref<>::steal(iterNext(it.get()));
        if (!item) {
            if (errOccurred()) return nullptr;
            break;
        }
        if (!result) {
            result = item;
            continue;
        }
        Object* pair[] = {result.get(), item.get()};
        result = Ref<>::steal(call(fn, pair, 2));
        if (!result) return nullptr;
    }
    if (!result) {
        return setError(&ExcTypeError, "reduce() of empty iterable with no initial value");
    }
    return result.release();
}

const MethodDef kFunctoolsMethods[] = {
    {"reduce", reduce, 0,
     "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments "
     "cumulatively to the items of a sequence\nor iterable, from left to right, so as to "
     "reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, "
     "[1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed "
     "before the items\nof the iterable in the calculation, and serves as a default when "
     "the\niterable is empty."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createFunctoolsModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_functools"));
    if (!m || !moduleAddFunctions(m.get(), kFunctoolsMethods)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__", "Tools that operate on functions.")) return nullptr;
    return m.release();
}

}  // namespace krait
