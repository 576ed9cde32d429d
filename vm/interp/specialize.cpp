// Tier-1 specializers: decide, from the operands one execution sees, which specialized form
// of a generic instruction fits, and rewrite the instruction in place (see specialize.h for
// the counter and cache invariants). The specialized forms themselves are in eval.cpp.
#include "interp/specialize.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "core/abstract.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/function.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/instance_values.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "platform/platform.h"

namespace krait {

namespace {

// Which generic instructions have specialized forms.
struct FamilyTable {
    bool has[256] = {};
    constexpr FamilyTable() {
#define KRAIT_OP(name, caches, flags)
#define KRAIT_SPEC(name, family) has[size_t(Op::family)] = true;
#include "bytecode/ops.def"
#undef KRAIT_SPEC
#undef KRAIT_OP
    }
};
constexpr FamilyTable kFamilies{};

SpecState* currentSpecState() {
    ThreadState* ts = currentThread();
    return ts && ts->interp ? specState(ts->interp) : nullptr;
}

inline void setOp(CodeUnit* instr, Op op) { *instr = (*instr & ~0xffu) | uint32_t(op); }

// Rewrites the instruction into `op` (a specialized form of its family).
void success(CodeUnit* instr, Op op) {
    SpecState* st = currentSpecState();
    Op old = unitOp(*instr);
    if (st && st->stats) {
        st->stats->success[size_t(deoptOp(op))]++;
        if (isSpecialized(old) && old != op) st->stats->deopts[size_t(old)]++;
    }
    setOp(instr, op);
    uint32_t budget = instr[1] & ~((1u << kPolyBudgetShift) - 1);
    // Never 0: a miss must run the generic body (which counts it) rather than re-specialize.
    instr[1] = budget | (st && st->mode == SpecializeMode::Eager ? 1 : kCooldownCount);
}

// No form fits: back to the generic instruction, counting down 2^(b+1)-1 before trying again.
void failure(CodeUnit* instr) {
    SpecState* st = currentSpecState();
    Op old = unitOp(*instr);
    Op family = deoptOp(old);
    setOp(instr, family);
    if (st && st->mode == SpecializeMode::Off) {
        instr[1] = kCounterValueMask | (15u << kCounterBackoffShift);
        return;
    }
    if (st && st->stats) {
        st->stats->failure[size_t(family)]++;
        if (isSpecialized(old)) st->stats->deopts[size_t(old)]++;
    }
    uint32_t budget = instr[1] & ~((1u << kPolyBudgetShift) - 1);
    uint32_t backoff = (instr[1] >> kCounterBackoffShift) & kBackoffMask;
    if (backoff < kMaxBackoff) backoff++;
    instr[1] = budget | (backoff << kCounterBackoffShift) | ((1u << (backoff + 1)) - 1);
}

bool enabled(CodeUnit* instr) {
    SpecState* st = currentSpecState();
    if (!st || st->mode == SpecializeMode::Off) {
        failure(instr);
        return false;
    }
    return true;
}

inline void storePtr(CodeUnit* c, const void* p) {
    uint64_t v = uint64_t(reinterpret_cast<uintptr_t>(p));
    std::memcpy(c, &v, sizeof v);
}

// Records type version `ver` for a polymorphic form: if the instruction already is `form` with
// the same cached data (`sameData`), `ver` joins its version set (slot 0 is the first, 0 marks
// a free slot; a full set replaces slot 0), else the set restarts with `ver` alone.
void setVersions(CodeUnit* instr, Op form, bool sameData, uint32_t ver, CodeUnit* slots[4]) {
    if (unitOp(*instr) == form && sameData) {
        for (int i = 0; i < 4; i++) {
            if (*slots[i] == ver) return;
        }
        for (int i = 1; i < 4; i++) {
            if (*slots[i] == 0) {
                *slots[i] = ver;
                return;
            }
        }
        *slots[0] = ver;
        return;
    }
    *slots[0] = ver;
    for (int i = 1; i < 4; i++) *slots[i] = 0;
}

inline uint64_t loadPtr(const CodeUnit* c) {
    uint64_t v;
    std::memcpy(&v, c, sizeof v);
    return v;
}

bool smallInts(Object* a, Object* b) {
    return isIntExact(a) && isIntExact(b) && intIsSmall(a) && intIsSmall(b);
}

void cacheBuiltins(SpecState* st) {
    if (st->builtinsCached) return;
    st->builtinsCached = true;
    ThreadState* ts = currentThread();
    Object* b = ts->interp->builtins;
    if (b) {
        Object* len = dictGetItemStr(b, "len");
        Object* isinst = dictGetItemStr(b, "isinstance");
        if (len && isBuiltinFunction(len)) st->builtinLen = newRef(len);
        if (isinst && isBuiltinFunction(isinst)) st->builtinIsinstance = newRef(isinst);
    }
    if (ListType.dict) {
        Object* app = dictGetItemStr(ListType.dict, "append");
        if (app && app->type == &MethodDescrType) st->listAppend = newRef(app);
    }
    if (errOccurred()) clearError();
}

// A Python function whose positional parameters can be filled by copying: no *args/**kwargs,
// no keyword-only parameters.
bool simpleCode(CodeObject* co) {
    return !(co->flags & (kCoVarargs | kCoVarkeywords)) && co->kwOnlyArgCount == 0;
}

}  // namespace

SpecState* specState(InterpState* interp) { return static_cast<SpecState*>(interp->specState); }

void specializeConfigure(InterpState* interp, const char* const* xoptions, size_t n) {
    SpecState* st = new SpecState();
    interp->specState = st;
    const char* env = platform::getEnv("KRAIT_SPECIALIZE");
    auto applyMode = [st](std::string_view v) {
        if (v == "0" || v == "off") st->mode = SpecializeMode::Off;
        else if (v == "eager") st->mode = SpecializeMode::Eager;
        else st->mode = SpecializeMode::On;
    };
    if (env && *env) applyMode(env);
    for (size_t i = 0; i < n; i++) {
        std::string_view o = xoptions[i];
        if (o.rfind("specialize=", 0) == 0) applyMode(o.substr(11));
        else if (o == "specialize") st->mode = SpecializeMode::On;
        else if (o == "stats" && !st->stats) st->stats = static_cast<SpecStats*>(std::calloc(1, sizeof(SpecStats)));
    }
    const char* envStats = platform::getEnv("KRAIT_STATS");
    if (envStats && *envStats && std::strcmp(envStats, "0") != 0 && !st->stats) {
        st->stats = static_cast<SpecStats*>(std::calloc(1, sizeof(SpecStats)));
    }
}

void specializeFinalize(InterpState* interp) {
    SpecState* st = specState(interp);
    if (!st) return;
    if (SpecStats* s = st->stats) {
        std::fprintf(stderr, "Specialization stats (mode %s):\n",
                     st->mode == SpecializeMode::Off     ? "off"
                     : st->mode == SpecializeMode::Eager ? "eager"
                                                         : "on");
        for (size_t fam = 0; fam < size_t(Op::kCount); fam++) {
            if (!kFamilies.has[fam]) continue;
            std::fprintf(stderr,
                         "%s: executions %llu, specialize success %llu, failure %llu\n",
                         kOpInfo[fam].name, (unsigned long long)s->executed[fam],
                         (unsigned long long)s->success[fam], (unsigned long long)s->failure[fam]);
            for (size_t op = 0; op < size_t(Op::kCount); op++) {
                if (size_t(kDeoptOp[op]) != fam || op == fam) continue;
                uint64_t ex = s->executed[op], miss = s->misses[op];
                if (ex == 0 && miss == 0 && s->deopts[op] == 0) continue;
                std::fprintf(stderr, "    %s: executions %llu, hits %llu, misses %llu, deopts %llu\n",
                             kOpInfo[op].name, (unsigned long long)ex,
                             (unsigned long long)(ex >= miss ? ex - miss : 0),
                             (unsigned long long)miss, (unsigned long long)s->deopts[op]);
            }
        }
        std::fflush(stderr);
        std::free(s);
        st->stats = nullptr;
    }
    xdecref(st->builtinLen);
    xdecref(st->builtinIsinstance);
    xdecref(st->listAppend);
    st->builtinLen = st->builtinIsinstance = st->listAppend = nullptr;
    st->builtinsCached = false;
}

namespace {

// The superinstruction for first followed by second (CPython 3.11's five pairs), else first.
Op superinstruction(Op first, Op second) {
    switch (first) {
    case Op::LOAD_FAST:
        if (second == Op::LOAD_FAST) return Op::LOAD_FAST__LOAD_FAST;
        if (second == Op::LOAD_CONST) return Op::LOAD_FAST__LOAD_CONST;
        break;
    case Op::LOAD_CONST:
        if (second == Op::LOAD_FAST) return Op::LOAD_CONST__LOAD_FAST;
        break;
    case Op::STORE_FAST:
        if (second == Op::LOAD_FAST) return Op::STORE_FAST__LOAD_FAST;
        if (second == Op::STORE_FAST) return Op::STORE_FAST__STORE_FAST;
        break;
    default: break;
    }
    return first;
}

}  // namespace

void quickenCode(CodeObject* co) {
    SpecState* st = currentSpecState();
    SpecializeMode mode = st ? st->mode : SpecializeMode::On;
    uint32_t initial = mode == SpecializeMode::Off   ? kCounterValueMask | (15u << kCounterBackoffShift)
                       : mode == SpecializeMode::Eager ? 0
                                                       : kWarmupCount;
    std::vector<CodeUnit>& code = *co->code;
    for (size_t i = 0; i < code.size();) {
        Op op = unitOp(code[i]);
        size_t caches = kOpInfo[size_t(op)].caches;
        if (kFamilies.has[size_t(op)] && caches > 0 && i + 1 < code.size()) code[i + 1] = initial;
        if (mode != SpecializeMode::Off && caches == 0 && i + 1 < code.size()) {
            Op super = superinstruction(deoptOp(op), deoptOp(unitOp(code[i + 1])));
            if (super != op) code[i] = makeUnit(super, unitArg(code[i]));
        }
        i += 1 + caches;
    }
}

// ---- BINARY_OP ----
void specializeBinaryOp(CodeUnit* instr, Object* a, Object* b, Object** locals) {
    if (!enabled(instr)) return;
    BinOp op = BinOp(unitArg(*instr));
    bool ints = smallInts(a, b);
    auto num = [](Object* o) { return isFloatExact(o) || (isIntExact(o) && intIsSmall(o)); };
    // Floats, or a float mixed with a small int (the float forms convert the int).
    bool floats = num(a) && num(b) && !ints;
    switch (op) {
    case BinOp::Add:
    case BinOp::InplaceAdd:
        if (isStrExact(a) && isStrExact(b)) {
            CodeUnit next = instr[2];
            if (op == BinOp::InplaceAdd && locals && deoptOp(unitOp(next)) == Op::STORE_FAST &&
                locals[unitArg(next)] == a) {
                return success(instr, Op::BINARY_OP_INPLACE_ADD_UNICODE);
            }
            return success(instr, Op::BINARY_OP_ADD_UNICODE);
        }
        if (ints) return success(instr, Op::BINARY_OP_ADD_INT);
        if (floats) return success(instr, Op::BINARY_OP_ADD_FLOAT);
        break;
    case BinOp::Subtract:
    case BinOp::InplaceSubtract:
        if (ints) return success(instr, Op::BINARY_OP_SUBTRACT_INT);
        if (floats) return success(instr, Op::BINARY_OP_SUBTRACT_FLOAT);
        break;
    case BinOp::Multiply:
    case BinOp::InplaceMultiply:
        if (ints) return success(instr, Op::BINARY_OP_MULTIPLY_INT);
        if (floats) return success(instr, Op::BINARY_OP_MULTIPLY_FLOAT);
        break;
    case BinOp::TrueDivide:
    case BinOp::InplaceTrueDivide:
        if (floats || ints) return success(instr, Op::BINARY_OP_TRUEDIV_FLOAT);
        break;
    case BinOp::FloorDivide:
    case BinOp::InplaceFloorDivide:
    case BinOp::Remainder:
    case BinOp::InplaceRemainder:
    case BinOp::And:
    case BinOp::InplaceAnd:
    case BinOp::Or:
    case BinOp::InplaceOr:
    case BinOp::Xor:
    case BinOp::InplaceXor:
        if (ints) return success(instr, Op::BINARY_OP_INT_OTHER);
        break;
    case BinOp::Power:
    case BinOp::InplacePower:
        if (ints) return success(instr, Op::BINARY_OP_INT_OTHER);
        if (isFloatExact(a) && num(b)) return success(instr, Op::BINARY_OP_POWER_FLOAT);
        break;
    default: break;
    }
    failure(instr);
}

// ---- COMPARE_OP ----
void specializeCompareOp(CodeUnit* instr, Object* a, Object* b) {
    if (!enabled(instr)) return;
    CompareOp cmp = CompareOp(unitArg(*instr) & 0xf);
    Op nextOp = deoptOp(unitOp(instr[2]));
    bool jump = nextOp == Op::POP_JUMP_IF_FALSE || nextOp == Op::POP_JUMP_IF_TRUE;
    if (smallInts(a, b)) {
        return success(instr, jump ? Op::COMPARE_OP_INT_JUMP : Op::COMPARE_OP_INT);
    }
    // Floats, or a float and a small int (converted exactly: within 2**53).
    auto exactInt = [](Object* o) {
        constexpr int64_t kExact = int64_t(1) << 53;
        return isIntExact(o) && intIsSmall(o) && asInt(o)->value <= kExact &&
               asInt(o)->value >= -kExact;
    };
    if ((isFloatExact(a) && (isFloatExact(b) || exactInt(b))) ||
        (isFloatExact(b) && exactInt(a))) {
        return success(instr, jump ? Op::COMPARE_OP_FLOAT_JUMP : Op::COMPARE_OP_FLOAT);
    }
    if (isStrExact(a) && isStrExact(b) && (cmp == CompareOp::Eq || cmp == CompareOp::Ne)) {
        return success(instr, jump ? Op::COMPARE_OP_STR_JUMP : Op::COMPARE_OP_STR);
    }
    failure(instr);
}

// ---- CONTAINS_OP ----
void specializeContainsOp(CodeUnit* instr, Object* container) {
    if (!enabled(instr)) return;
    if (isDictExact(container)) return success(instr, Op::CONTAINS_OP_DICT);
    if (container->type == &SetType || container->type == &FrozenSetType) {
        return success(instr, Op::CONTAINS_OP_SET);
    }
    failure(instr);
}

// ---- Subscripts ----
void specializeBinarySubscr(CodeUnit* instr, Object* c, Object* k) {
    if (!enabled(instr)) return;
    if (isIntExact(k)) {
        if (isListExact(c)) return success(instr, Op::BINARY_SUBSCR_LIST_INT);
        if (isTupleExact(c)) return success(instr, Op::BINARY_SUBSCR_TUPLE_INT);
        if (isStrExact(c)) return success(instr, Op::BINARY_SUBSCR_STR_INT);
    }
    if (isDictExact(c)) return success(instr, Op::BINARY_SUBSCR_DICT);
    failure(instr);
}

void specializeStoreSubscr(CodeUnit* instr, Object* c, Object* k) {
    if (!enabled(instr)) return;
    if (isIntExact(k) && isListExact(c)) return success(instr, Op::STORE_SUBSCR_LIST_INT);
    if (isDictExact(c)) return success(instr, Op::STORE_SUBSCR_DICT);
    failure(instr);
}

// ---- UNPACK_SEQUENCE ----
void specializeUnpackSequence(CodeUnit* instr, Object* seq) {
    if (!enabled(instr)) return;
    ssize n = ssize(unitArg(*instr));
    if (isTupleExact(seq) && tupleSize(seq) == n) {
        return success(instr, n == 2 ? Op::UNPACK_SEQUENCE_TWO_TUPLE : Op::UNPACK_SEQUENCE_TUPLE);
    }
    if (isListExact(seq) && listSize(seq) == n) return success(instr, Op::UNPACK_SEQUENCE_LIST);
    failure(instr);
}

// ---- FOR_ITER ----
void specializeForIter(CodeUnit* instr, Object* it) {
    if (!enabled(instr)) return;
    if (it->type == &ListIterType) return success(instr, Op::FOR_ITER_LIST);
    if (it->type == &TupleIterType) return success(instr, Op::FOR_ITER_TUPLE);
    if (it->type == &RangeIterType && !reinterpret_cast<RangeIterObject*>(it)->big) {
        return success(instr, Op::FOR_ITER_RANGE);
    }
    if (it->type == &GeneratorType) return success(instr, Op::FOR_ITER_GEN);
    failure(instr);
}

// ---- POP_JUMP_IF_FALSE / POP_JUMP_IF_TRUE ----
void specializePopJump(CodeUnit* instr, Object* v) {
    if (!enabled(instr)) return;
    bool onTrue = deoptOp(unitOp(*instr)) == Op::POP_JUMP_IF_TRUE;
    Type* t = v->type;
    if (t == &BoolType) {
        return success(instr, onTrue ? Op::POP_JUMP_IF_TRUE_BOOL : Op::POP_JUMP_IF_FALSE_BOOL);
    }
    if (t == &IntType) {
        return success(instr, onTrue ? Op::POP_JUMP_IF_TRUE_INT : Op::POP_JUMP_IF_FALSE_INT);
    }
    if (t == &ListType || t == &TupleType || t == &DictType || t == &StrType) {
        return success(instr, onTrue ? Op::POP_JUMP_IF_TRUE_LEN : Op::POP_JUMP_IF_FALSE_LEN);
    }
    if (isNone(v) || (!t->number.bool_ && !t->length)) {
        return success(instr, onTrue ? Op::POP_JUMP_IF_TRUE_NONE : Op::POP_JUMP_IF_FALSE_NONE);
    }
    failure(instr);
}

// ---- LOAD_GLOBAL ----
void specializeLoadGlobal(CodeUnit* instr, Object* globals, Object* builtins, Object* name) {
    if (!enabled(instr)) return;
    if (!isDictExact(globals) || !isDictExact(builtins)) return failure(instr);
    ssize ix = dictIndexOf(globals, name);
    if (ix >= 0) {
        uint32_t gv = dictKeysVersion(globals);
        if (!gv) return failure(instr);
        instr[2] = uint32_t(ix);
        instr[3] = gv;
        return success(instr, Op::LOAD_GLOBAL_MODULE);
    }
    ix = dictIndexOf(builtins, name);
    if (ix < 0) return failure(instr);
    uint32_t gv = dictKeysVersion(globals);
    uint32_t bv = dictKeysVersion(builtins);
    if (!gv || !bv) return failure(instr);
    instr[2] = uint32_t(ix);
    instr[3] = gv;
    instr[4] = bv;
    success(instr, Op::LOAD_GLOBAL_BUILTIN);
}

// ---- Attributes ----
namespace {

// Module attribute: cache [.., index in aux, keys version in unit 3]. Returns false if not
// applicable.
bool specializeModuleAttr(CodeUnit* instr, Object* owner, Object* name) {
    if (owner->type != &ModuleType) return false;
    if (typeLookup(&ModuleType, name)) return false;   // __dict__, __class__, ...
    Object* d = moduleDict(owner);
    if (!d || !isDictExact(d)) return false;
    ssize ix = dictIndexOf(d, name);
    if (ix < 0) return false;
    uint32_t kv = dictKeysVersion(d);
    if (!kv) return false;
    instr[3] = uint32_t(ix);
    instr[4] = kv;
    return true;
}

bool isObjectSlot(Object* descr) {
    if (descr->type != &MemberDescrType) return false;
    const MemberDef* def = reinterpret_cast<MemberDescrObject*>(descr)->def;
    return def->kind == MemberKind::Object || def->kind == MemberKind::ObjectReadOnly;
}

}  // namespace

void specializeLoadAttr(CodeUnit* instr, Object* owner, Object* name) {
    if (!enabled(instr)) return;
    // The specialized forms read the name's cached hash (dictMayHaveHash).
    if (!isStrExact(name)) return failure(instr);
    strHash(name);
    if (specializeModuleAttr(instr, owner, name)) return success(instr, Op::LOAD_ATTR_MODULE);
    if (isType(owner)) {
        // An attribute of a class itself (metaclass exactly `type`).
        Type* cls = asType(owner);
        if (owner->type != &TypeType || !cls->versionTag || typeLookup(&TypeType, name)) {
            return failure(instr);
        }
        Object* descr = typeLookup(cls, name);
        if (errOccurred()) clearError();
        if (!descr || (descr->type->descrGet && descr->type != &FunctionType)) {
            return failure(instr);
        }
        instr[2] = cls->versionTag;
        storePtr(instr + 4, descr);
        return success(instr, Op::LOAD_ATTR_CLASS);
    }
    Type* tp = owner->type;
    if (tp->getAttr != genericGetAttr || !tp->versionTag) return failure(instr);
    Object* descr = typeLookup(tp, name);
    if (errOccurred()) {
        clearError();
        return failure(instr);
    }
    // instr[2] (the first type version) is written per form: INSTANCE_VALUE keeps a set.
    if (descr && descr->type->descrGet && descr->type->descrSet) {
        if (descr->type == &PropertyType) {
            Object* fget = reinterpret_cast<PropertyObject*>(descr)->fget;
            if (fget && fget->type == &FunctionType && asFunction(fget)->version) {
                FunctionObject* fn = asFunction(fget);
                CodeObject* co = asCode(fn->code);
                if (co->argCount == 1 && simpleCode(co)) {
                    instr[2] = tp->versionTag;
                    instr[3] = fn->version;
                    storePtr(instr + 4, fget);
                    return success(instr, Op::LOAD_ATTR_PROPERTY);
                }
            }
        }
        if (isObjectSlot(descr)) {
            instr[2] = tp->versionTag;
            instr[3] = uint32_t(reinterpret_cast<MemberDescrObject*>(descr)->def->offset);
            return success(instr, Op::LOAD_ATTR_SLOT);
        }
        instr[2] = tp->versionTag;
        storePtr(instr + 4, descr);
        return success(instr, Op::LOAD_ATTR_DATA_DESCR);
    }
    // No data descriptor: the instance dict decides first.
    Object** dp = instanceSlotPtr(owner);
    if (dp && *dp && isInstanceValues(*dp)) {
        // The name's index in the type's shared keys never changes (instance_values.h).
        ssize ix = sharedKeysIndex(asHeapType(tp)->sharedKeys, name);
        if (ix >= 0 && instanceValuesHas(owner, *dp, name)) {
            CodeUnit* slots[4] = {instr + 2, instr + 4, instr + 5, instr + 6};
            bool same = instr[3] == uint32_t(ix);
            setVersions(instr, Op::LOAD_ATTR_INSTANCE_VALUE, same, tp->versionTag, slots);
            instr[3] = uint32_t(ix);
            return success(instr, Op::LOAD_ATTR_INSTANCE_VALUE);
        }
    } else if (dp && *dp) {
        ssize ix = dictIndexOf(*dp, name);
        if (ix >= 0 && asDictObject(*dp)->entries[ix].key == name) {
            CodeUnit* slots[4] = {instr + 2, instr + 4, instr + 5, instr + 6};
            bool same = instr[3] == uint32_t(ix);
            setVersions(instr, Op::LOAD_ATTR_WITH_HINT, same, tp->versionTag, slots);
            instr[3] = uint32_t(ix);
            return success(instr, Op::LOAD_ATTR_WITH_HINT);
        }
    }
    if (descr && !descr->type->descrGet) {
        instr[2] = tp->versionTag;
        storePtr(instr + 4, descr);
        return success(instr, Op::LOAD_ATTR_NONDESCRIPTOR);
    }
    failure(instr);
}

void specializeLoadMethod(CodeUnit* instr, Object* owner, Object* name) {
    if (!enabled(instr)) return;
    // The specialized forms read the name's cached hash (dictMayHaveHash).
    if (!isStrExact(name)) return failure(instr);
    strHash(name);
    if (specializeModuleAttr(instr, owner, name)) return success(instr, Op::LOAD_METHOD_MODULE);
    Type* tp = owner->type;
    if (tp->getAttr != genericGetAttr || !tp->versionTag) return failure(instr);
    Object* descr = typeLookup(tp, name);
    if (errOccurred()) {
        clearError();
        return failure(instr);
    }
    if (!descr || !(descr->type->flags & kTypeMethodDescriptor)) return failure(instr);
    Op form = tp->dictOffset ? Op::LOAD_METHOD_WITH_DICT : Op::LOAD_METHOD_NO_DICT;
    if (tp->dictOffset) {
        Object** dp = instanceSlotPtr(owner);
        if (dp && *dp && isInstanceValues(*dp)) {
            if (instanceValuesHas(owner, *dp, name)) return failure(instr);   // shadowed
        } else if (dp && *dp && dictIndexOf(*dp, name) >= 0) {
            return failure(instr);   // shadowed
        }
    }
    CodeUnit* slots[4] = {instr + 2, instr + 3, instr + 6, instr + 7};
    bool same = loadPtr(instr + 4) == uint64_t(reinterpret_cast<uintptr_t>(descr));
    setVersions(instr, form, same, tp->versionTag, slots);
    storePtr(instr + 4, descr);
    success(instr, form);
}

void specializeStoreAttr(CodeUnit* instr, Object* owner, Object* name) {
    if (!enabled(instr)) return;
    Type* tp = owner->type;
    if (tp->setAttr != genericSetAttr || !tp->versionTag || isType(owner)) return failure(instr);
    Object* descr = typeLookup(tp, name);
    if (errOccurred()) {
        clearError();
        return failure(instr);
    }
    if (descr && descr->type->descrSet) {
        if (descr->type == &MemberDescrType &&
            reinterpret_cast<MemberDescrObject*>(descr)->def->kind == MemberKind::Object) {
            instr[2] = tp->versionTag;
            instr[3] = uint32_t(reinterpret_cast<MemberDescrObject*>(descr)->def->offset);
            return success(instr, Op::STORE_ATTR_SLOT);
        }
        return failure(instr);
    }
    Object** dp = instanceSlotPtr(owner);
    // Values arrays (or a fresh instance of a class that has shared keys, see
    // instance_values.h): the name's fixed index in the type's shared keys (replace or add).
    if (dp && ((*dp && isInstanceValues(*dp)) ||
               (!*dp && isHeapType(tp) && asHeapType(tp)->sharedKeys))) {
        if (!isStrExact(name)) return failure(instr);
        ssize ix = sharedKeysIndex(asHeapType(tp)->sharedKeys, name);
        if (ix < 0) return failure(instr);
        CodeUnit* slots[4] = {instr + 2, instr + 4, instr + 5, instr + 6};
        bool same = instr[3] == uint32_t(ix);
        setVersions(instr, Op::STORE_ATTR_INSTANCE_VALUE, same, tp->versionTag, slots);
        instr[3] = uint32_t(ix);
        return success(instr, Op::STORE_ATTR_INSTANCE_VALUE);
    }
    if (!dp || !*dp || !isDictExact(*dp)) return failure(instr);
    ssize ix = dictIndexOf(*dp, name);
    if (ix >= 0 && asDictObject(*dp)->entries[ix].key == name) {
        CodeUnit* slots[4] = {instr + 2, instr + 4, instr + 5, instr + 6};
        bool same = instr[3] == uint32_t(ix);
        setVersions(instr, Op::STORE_ATTR_WITH_HINT, same, tp->versionTag, slots);
        instr[3] = uint32_t(ix);
        return success(instr, Op::STORE_ATTR_WITH_HINT);
    }
    instr[2] = tp->versionTag;
    success(instr, Op::STORE_ATTR_WITH_DICT);
}

// ---- CALL ----
void specializeCall(CodeUnit* instr, Object** stack, int nargs, Object* kwnames) {
    if (!enabled(instr)) return;
    SpecState* st = currentSpecState();
    cacheBuiltins(st);
    bool isMeth = stack[0] != nullptr;
    Object* callable = stack[1];
    Object* fn = isMeth ? stack[0] : callable;
    int total = nargs + (isMeth ? 1 : 0);
    if (!isMeth && callable->type == &MethodType) {
        fn = asMethod(callable)->func;
        total = nargs + 1;
    }
    if (fn->type == &FunctionType) {
        FunctionObject* func = asFunction(fn);
        if (!func->version) return failure(instr);
        CodeObject* co = asCode(func->code);
        instr[2] = func->version;
        if (!kwnames && simpleCode(co) && co->argCount == total) {
            return success(instr, Op::CALL_PY_EXACT_ARGS);
        }
        return success(instr, Op::CALL_PY_WITH_DEFAULTS);
    }
    if (callable->type == &MethodType) return failure(instr);   // bound native method
    if (!isMeth && fn == asObject(&TypeType) && nargs == 1 && !kwnames) {
        return success(instr, Op::CALL_TYPE_1);
    }
    if (!isMeth && fn == asObject(&StrType) && nargs == 1 && !kwnames) {
        return success(instr, Op::CALL_STR_1);
    }
    if (!isMeth && fn == st->builtinLen && nargs == 1 && !kwnames) {
        return success(instr, Op::CALL_LEN);
    }
    if (!isMeth && fn == st->builtinIsinstance && nargs == 2 && !kwnames) {
        return success(instr, Op::CALL_ISINSTANCE);
    }
    if (isMeth && fn == st->listAppend && nargs == 1 && !kwnames && isListExact(stack[1])) {
        return success(instr, Op::CALL_LIST_APPEND);
    }
    if (!isMeth && isType(fn) && fn->type == &TypeType && (asType(fn)->flags & kTypeHeap)) {
        Type* tp = asType(fn);
        if (!tp->versionTag) return failure(instr);
        Object* newFn = typeLookup(tp, KRAIT_STR(__new__));
        Object* init = typeLookup(tp, KRAIT_STR(__init__));
        if (newFn && init && init->type == &FunctionType &&
            newFn == typeLookup(&ObjectType, KRAIT_STR(__new__)) &&
            !(asCode(asFunction(init)->code)->flags &
              (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
            instr[2] = tp->versionTag;
            storePtr(instr + 3, init);
            return success(instr, Op::CALL_ALLOC_AND_ENTER_INIT);
        }
        return failure(instr);
    }
    if (fn->type == &BuiltinFunctionType || fn->type == &MethodDescrType) {
        storePtr(instr + 3, fn->type);
        return success(instr, kwnames ? Op::CALL_BUILTIN_KW : Op::CALL_BUILTIN);
    }
    failure(instr);
}

}  // namespace krait
