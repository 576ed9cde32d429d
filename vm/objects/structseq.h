// Struct sequences (CPython's structseq): tuple subtypes with named read-only fields, used for
// os.stat_result, time.struct_time, sys.version_info, sys.flags and friends.
//
// Layout and invariants (as CPython's):
// - An instance is a TupleObject whose items array holds nFields entries; tuple.size is only
//   the nSequence visible ones, so indexing, len(), hashing and comparison see a plain tuple.
//   The items past nSequence are the attribute-only fields (st_atime_ns, tm_zone, ...).
// - Every field with a name is a member descriptor reading its item (offset
//   structSeqFieldOffset(i)); members are listed in field order, skipping unnamed fields (the
//   integer st_atime of os.stat_result is index 7 but has no member of its own), so member j
//   of a type with nUnnamed unnamed fields is field j for visible names in repr, and field
//   j + nUnnamed for the hidden ones in __reduce__.
// - Types are static, not subclassable, and ready themselves with structSeqReady(), which adds
//   n_sequence_fields, n_fields, n_unnamed_fields and __match_args__ to the type's dict.
#pragma once

#include <initializer_list>

#include "core/object.h"
#include "objects/tuple.h"

namespace krait {

struct StructSeqType {
    Type type;
    ssize nSequence;   // visible (tuple) fields
    ssize nFields;     // all fields
    ssize nUnnamed;    // fields without a name (all within the visible ones)
};

inline StructSeqType* asStructSeqType(Type* t) { return reinterpret_cast<StructSeqType*>(t); }

// Byte offset of field i in an instance (its MemberDef offset).
constexpr ssize structSeqFieldOffset(ssize i) {
    return static_cast<ssize>(sizeof(TupleObject) + static_cast<size_t>(i) * sizeof(Object*));
}

Object* structSeqRepr(Object* self);
Object* structSeqNew(Type* t, Object* args, Object* kwargs);      // structseq(sequence, dict)
Object* structSeqNoNew(Type* t, Object* args, Object* kwargs);    // "cannot create ... instances"
void structSeqDealloc(Object* self);
void structSeqTraverse(Object* self, VisitFn visit, void* arg);
extern const MethodDef kStructSeqMethods[];

// The definition of a struct-sequence type named `tpname` ("os.stat_result") with the
// MemberDef array `membersArr` (KRAIT_STRUCTSEQ_FIELD rows then a null row).
#define KRAIT_STRUCTSEQ_TYPE(tpname, docstr, membersArr, nSeq, nAll, nNoName, newFn)          \
    {                                                                                         \
        .type =                                                                               \
            {                                                                                 \
                .ob = {kImmortalRefcnt, &TypeType},                                           \
                .name = tpname,                                                               \
                .basicSize = sizeof(TupleObject),                                             \
                .itemSize = sizeof(Object*),                                                  \
                .flags = kTypeTupleSubclass,                                                  \
                .base = &TupleType,                                                           \
                .doc = docstr,                                                                \
                .methods = kStructSeqMethods,                                                 \
                .members = membersArr,                                                        \
                .dealloc = structSeqDealloc,                                                  \
                .traverse = structSeqTraverse,                                                \
                .repr = structSeqRepr,                                                        \
                .new_ = newFn,                                                                \
            },                                                                                \
        .nSequence = nSeq, .nFields = nAll, .nUnnamed = nNoName,                              \
    }
#define KRAIT_STRUCTSEQ_FIELD(i, fieldName, docstr) \
    { fieldName, MemberKind::ObjectReadOnly, structSeqFieldOffset(i), docstr }
#define KRAIT_STRUCTSEQ_END \
    { nullptr, MemberKind::Object, 0, nullptr }

// Readies t (idempotent). Returns false with an exception set.
bool structSeqReady(StructSeqType* t);

// A new instance of t with all fields null (set each with structSeqSetItem before exposing it).
Object* structSeqAlloc(StructSeqType* t);
inline void structSeqSetItem(Object* s, ssize i, Object* v) { asTuple(s)->items[i] = v; }
inline Object* structSeqItem(Object* s, ssize i) { return asTuple(s)->items[i]; }   // borrowed

// An instance of t from new references (stolen), one per field in order; any null fails the
// whole call (all are released).
Object* structSeqMake(StructSeqType* t, std::initializer_list<Object*> items);

}  // namespace krait
