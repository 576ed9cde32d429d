// The matching engine behind _sre: runs the opcode list produced by re/_compiler.py (MAGIC
// 20220615) against a subject string with CPython's semantics.
//
// Invariants:
//  - The matcher never recurses in C++: every nested attempt (a branch alternative, one more
//    repeat iteration, a look-around body) is a Frame pushed on State::frames, and returning
//    from it resumes the parent at the point recorded in Frame::jump. Deep patterns on long
//    inputs grow a heap vector, never the native (or wasm) stack.
//  - Group marks follow CPython's rules exactly: `lastmark` is the highest mark index set,
//    marks above it read as unset; choice points restore lastmark/lastindex on failure and,
//    inside a REPEAT, the whole mark array (saved on markStack).
//  - Long runs poll the interpreter every kPollInterval steps: the host tick hook (time
//    budgets) and pending KeyboardInterrupt; an exception there ends the match with -1.
#pragma once

#include <cstdint>
#include <vector>

#include "core/types.h"

namespace krait::sre {

constexpr uint32_t kMagic = 20220615;
constexpr uint32_t kMaxRepeat = 0xFFFFFFFFu;
constexpr int64_t kMaxGroups = 0x3FFFFFFF;   // INT32_MAX / 2

// Opcodes (re/_constants.py OPCODES order).
enum Op : uint32_t {
    kFailure, kSuccess, kAny, kAnyAll, kAssert, kAssertNot, kAt, kBranch, kCategory,
    kCharset, kBigCharset, kGroupref, kGrouprefExists, kIn, kInfo, kJump, kLiteral, kMark,
    kMaxUntil, kMinUntil, kNotLiteral, kNegate, kRange, kRepeat, kRepeatOne, kSubpattern,
    kMinRepeatOne, kAtomicGroup, kPossessiveRepeat, kPossessiveRepeatOne, kGrouprefIgnore,
    kInIgnore, kLiteralIgnore, kNotLiteralIgnore, kGrouprefLocIgnore, kInLocIgnore,
    kLiteralLocIgnore, kNotLiteralLocIgnore, kGrouprefUniIgnore, kInUniIgnore,
    kLiteralUniIgnore, kNotLiteralUniIgnore, kRangeUniIgnore, kOpCount
};

// One pending REPEAT (REPEAT ... MAX_UNTIL / MIN_UNTIL) while its body runs.
struct Repeat {
    int64_t count;
    uint32_t pc;       // index just after the REPEAT opcode: code[pc] skip, [pc+1] min, [pc+2] max
    ssize lastPtr;     // position where the last iteration started (zero-width protection)
    int32_t prev;      // enclosing repeat (index into State::repeats) or -1
};

// One activation of the matcher (see the invariants above).
struct Frame {
    uint32_t pc;
    uint8_t jump;      // resumption point in the parent
    uint8_t toplevel;  // SUCCESS checks fullmatch / must-advance only at top level
    int32_t lastmark;
    int32_t lastindex;
    int32_t rep;
    ssize ptr;
    int64_t count;
    ssize savedLastPtr;
};

struct State {
    const uint32_t* code = nullptr;
    uint32_t codeLen = 0;       // without the zero padding that follows it
    const void* data = nullptr; // the subject: `width` bytes per character
    int width = 1;
    bool isBytes = false;
    ssize length = 0;           // of the whole subject ("beginning" is 0)
    ssize start = 0;            // where the current attempt starts
    ssize end = 0;              // endpos
    ssize pos = 0;              // the pos argument (clamped)
    ssize ptr = 0;              // the end of the last match
    bool matchAll = false;      // fullmatch
    bool mustAdvance = false;   // an empty match at `start` is not acceptable
    std::vector<ssize> marks;
    int32_t lastmark = -1;
    int32_t lastindex = -1;
    std::vector<Repeat> repeats;
    int32_t repeat = -1;
    std::vector<ssize> markStack;
    std::vector<Frame> frames;
    uint32_t pollCountdown = 0;

    void resetCaptures() {
        lastmark = -1;
        lastindex = -1;
    }
    // The span of group g (0 = the whole match) or (-1, -1).
    void groupSpan(ssize g, ssize* a, ssize* b) const;
};

// Matches at state.start (state.ptr is set to start first). Returns 1 on a match (state.ptr
// = its end, marks set), 0 on none, -1 with a Python exception set.
int match(State& st);
// Finds the first match at or after state.start; on success state.start is its start.
int search(State& st);

// Checks the structure of compiled code (operand counts, skips inside their blocks, group
// numbers below `groups`, charsets well formed, repeats closed by their UNTIL/SUCCESS), as
// CPython's _validate: the matcher may then follow skips without running off the code.
// 1 valid, 0 invalid, -1 with an exception set (RecursionError for absurd nesting).
int validate(const uint32_t* code, uint32_t size, int64_t groups);

// Case helpers shared with the module functions.
uint32_t lowerAscii(uint32_t ch);
uint32_t lowerUnicode(uint32_t ch);
uint32_t upperUnicode(uint32_t ch);

}  // namespace krait::sre
