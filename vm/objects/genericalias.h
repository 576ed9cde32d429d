// types.GenericAlias (PEP 585: `list[int]`) and types.UnionType (PEP 604: `int | str`).
// Owner: the object model (vm/objects/genericalias.cpp).
//
// Both types are readied lazily by their constructors (they are not in builtin_types.def).
#pragma once

#include "core/object.h"
#include "core/types.h"

namespace krait {

extern Type GenericAliasType;   // 'types.GenericAlias' (subclassable)
extern Type UnionType;          // 'types.UnionType'

struct GenericAliasObject {
    Object ob;
    Object* origin;
    Object* args;         // always a tuple
    Object* parameters;   // tuple, computed on first use (null until then)
    Object* weaklist;
    bool starred;         // `*tuple[int]`
};

// GenericAlias(origin, args): args is wrapped in a 1-tuple unless it is a tuple.
Object* genericAliasNew(Object* origin, Object* args);
// GenericAlias or a subclass of it.
bool isGenericAlias(const Object* o);
inline bool isUnion(const Object* o) { return o->type == &UnionType; }
// The __args__ tuple of a union (borrowed).
Object* unionArgs(Object* u);
// type.__or__ / UnionType.__or__: a union of a and b if both are None, a type, a GenericAlias
// or a union; NotImplemented otherwise.
Object* unionTypeOr(Object* a, Object* b);

}  // namespace krait
