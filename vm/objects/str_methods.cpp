// str methods (the text engineer completes the full method set here).
#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "objects/str.h"

namespace krait {

namespace {

Object* strJoinMethod(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("join", kwnames) || !checkArgCount("join", nargs, 1, 1)) return nullptr;
    return strJoin(self, args[0]);
}

}  // namespace

extern const MethodDef kStrMethods[] = {
    {"join", strJoinMethod, 0, "Concatenate any number of strings."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace krait
