// Issuing Python warnings from C++ through Lib's warnings module (see warnings.h).
#include "interp/warnings.h"

#include "core/abstract.h"
#include "core/errors.h"
#include "interp/import.h"
#include "objects/int.h"
#include "objects/str.h"

namespace krait {

bool warnEx(Type* category, const char* message, int stacklevel) {
    Ref<> warnings = Ref<>::steal(importModule("warnings"));
    if (!warnings) return false;
    Ref<> warn = Ref<>::steal(getAttr(warnings.get(), "warn"));
    if (!warn) return false;
    Ref<> msg = Ref<>::steal(strFromUtf8(message));
    Ref<> level = Ref<>::steal(intFromInt64(stacklevel));
    if (!msg || !level) return false;
    Object* args[3] = {msg.get(), asObject(category), level.get()};
    Ref<> r = Ref<>::steal(call(warn.get(), args, 3));
    return bool(r);
}

}  // namespace krait
