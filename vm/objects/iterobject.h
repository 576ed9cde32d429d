// Generic iterators: the sequence iterator ('iterator', for objects that only define
// __getitem__) and the callable iterator ('callable_iterator', iter(callable, sentinel)).
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

// iter(seq) for an object with __getitem__ but no __iter__: seq[0], seq[1], ... until
// IndexError or StopIteration. New reference.
Object* seqIterNew(Object* seq);
// iter(callable, sentinel): calls callable() until the result equals sentinel. New reference.
Object* callIterNew(Object* callable, Object* sentinel);

}  // namespace krait
