// Issuing Python warnings from C++ (see warnings.h).
#include "interp/warnings.h"

#include "core/abstract.h"
#include "core/errors.h"
#include "interp/import.h"
#include "objects/int.h"
#include "objects/str.h"

namespace krait {

bool warnEx(Type* category, const char* message, int stacklevel) {
    Ref<> msg = Ref<>::steal(strFromUtf8(message));
    if (!msg) return false;
    return warnWithSource(category, msg.get(), stacklevel, nullptr);
}

}  // namespace krait
