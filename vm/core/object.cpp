// Reference-count release: the one out-of-line part of core/object.h.
#include "core/object.h"

#include "core/abstract.h"
#include "objects/type.h"

namespace krait {

void deallocObject(Object* o) {
    Type* t = o->type;
    if (t->dealloc) {
        t->dealloc(o);
    } else {
        freeObject(o);
    }
}

}  // namespace krait
