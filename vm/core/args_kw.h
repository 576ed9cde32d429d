// (args tuple, kwargs dict) -> the vectorcall form parseArgs takes, for tp_new/tp_init slots.
#pragma once

#include <vector>

#include "core/abstract.h"
#include "objects/dict.h"
#include "objects/tuple.h"

namespace krait {

// `flat` gets the positional items then the keyword values; `kwnames` the keyword names (left
// null when there are none). Returns false with an exception set.
inline bool flattenCallArgs(Object* args, Object* kwargs, std::vector<Object*>& flat,
                            Ref<>& kwnames) {
    flat.assign(asTuple(args)->items, asTuple(args)->items + tupleSize(args));
    if (!kwargs || dictSize(kwargs) == 0) return true;
    Ref<> keys = Ref<>::steal(dictKeys(kwargs));
    if (!keys) return false;
    kwnames = Ref<>::steal(sequenceTuple(keys.get()));
    if (!kwnames) return false;
    for (ssize i = 0; i < tupleSize(kwnames.get()); i++)
        flat.push_back(dictGetItem(kwargs, tupleItem(kwnames.get(), i)));
    return true;
}

}  // namespace krait
