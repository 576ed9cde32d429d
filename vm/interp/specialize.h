// Tier-1 specialization (PEP 659): adaptive counters, the specializers that rewrite a generic
// instruction in place into one of its specialized forms (bytecode/ops.def KRAIT_SPEC rows),
// the -X specialize modes and the -X stats counters.
//
// Invariants:
// - Cache unit 0 of every specializable family is the adaptive counter: bits 0-15 count
//   down, bits 16-19 hold the back-off exponent, bits 24-31 a polymorphism budget. The generic instruction specializes when
//   the count is zero and otherwise decrements it; a specialized form never touches it.
// - A specialized form's guards run before it changes anything; a failed guard continues in
//   the generic instruction's body (a "miss"), which counts down the same counter. When it
//   reaches zero the specializer runs again: it may pick a form (possibly the same one) or
//   revert the instruction to its generic opcode with an exponentially growing back-off
//   (a "deopt" when the instruction was specialized).
// - Cached pointers are borrowed; they are only used while a version guard (type version tag,
//   dict keys version, function version) proves the object that holds them is unchanged.
//   Type versions and keys versions are never reused, so a match cannot come from a freed
//   and reallocated object.
#pragma once

#include <cstdint>

#include "bytecode/code.h"
#include "core/object.h"

namespace krait {

struct InterpState;
struct Frame;

// ---- Adaptive counters ----
constexpr uint32_t kCounterValueMask = 0xffff;
constexpr uint32_t kCounterBackoffShift = 16;
constexpr uint32_t kBackoffMask = 0xf;
// Bits 24-31: how many times a polymorphic form re-specialized directly on a type miss (to
// add a type to its version set) instead of waiting for the counter; bounded by kPolyBudget.
constexpr uint32_t kPolyBudgetShift = 24;
constexpr uint32_t kPolyBudget = 8;
constexpr uint32_t kMaxBackoff = 12;
constexpr uint32_t kWarmupCount = 1;     // specialize on the second execution (as 3.12)
constexpr uint32_t kCooldownCount = 52;  // misses tolerated before re-specializing (3.12)
inline bool counterTriggers(CodeUnit c) { return (c & kCounterValueMask) == 0; }

enum class SpecializeMode : uint8_t {
    Off,     // -X specialize=0: generic instructions only
    On,      // default
    Eager,   // -X specialize=eager: specialize on the first execution, re-specialize on the
             // first miss (exercises the deoptimization paths)
};

// Per-interpreter statistics for -X stats (allocated only when enabled).
struct SpecStats {
    uint64_t executed[256];   // executions of each opcode
    uint64_t misses[256];     // failed guards of each specialized form
    uint64_t deopts[256];     // reverts of a specialized form to its family's generic opcode
    uint64_t success[256];    // per family: specialize attempts that picked a form
    uint64_t failure[256];    // per family: attempts that found no form
};

// Per-interpreter specializer state (InterpState::specState).
struct SpecState {
    SpecializeMode mode = SpecializeMode::On;
    SpecStats* stats = nullptr;
    // Strong references to builtins recognized by the CALL specializations (looked up once).
    Object* builtinLen = nullptr;
    Object* builtinIsinstance = nullptr;
    Object* listAppend = nullptr;   // the list.append method descriptor
    bool builtinsCached = false;
};

// Reads -X specialize=..., -X stats and KRAIT_SPECIALIZE from the configuration; called once
// at interpreter start-up. `xoptions` are the raw -X strings.
void specializeConfigure(InterpState* interp, const char* const* xoptions, size_t n);
// Prints the statistics (if enabled) to stderr and releases the state.
void specializeFinalize(InterpState* interp);
SpecState* specState(InterpState* interp);

// Writes the initial adaptive counters into a new code object's caches (called by codeNew).
void quickenCode(CodeObject* co);

// ---- Specializers ----
// Each receives the instruction unit (caches follow it) and the operands the generic
// instruction sees; it rewrites the unit's opcode (keeping the oparg) and the caches, or
// reverts to the generic opcode with back-off. None raises; errors found while looking are
// cleared.
void specializeBinaryOp(CodeUnit* instr, Object* a, Object* b, Object** locals);
void specializeCompareOp(CodeUnit* instr, Object* a, Object* b);
void specializeContainsOp(CodeUnit* instr, Object* container);
void specializeBinarySubscr(CodeUnit* instr, Object* container, Object* key);
void specializeStoreSubscr(CodeUnit* instr, Object* container, Object* key);
void specializeUnpackSequence(CodeUnit* instr, Object* seq);
void specializeForIter(CodeUnit* instr, Object* iter);
void specializePopJump(CodeUnit* instr, Object* value);
void specializeLoadGlobal(CodeUnit* instr, Object* globals, Object* builtins, Object* name);
void specializeLoadAttr(CodeUnit* instr, Object* owner, Object* name);
void specializeLoadMethod(CodeUnit* instr, Object* owner, Object* name);
void specializeStoreAttr(CodeUnit* instr, Object* owner, Object* name);
// stack: the callable slot pair [m_or_null, c_or_self] followed by nargs arguments.
void specializeCall(CodeUnit* instr, Object** stack, int nargs, Object* kwnames);

// The compare mask of a CompareOp: bit 0 "true if less", bit 1 "if equal", bit 2 "if greater".
inline constexpr uint8_t kCompareMask[6] = {1, 3, 2, 5, 4, 6};

}  // namespace krait
