// The _sre matching engine (see sre_engine.h for its invariants). One template per subject
// character width (bytes and latin-1 str: 1, UCS-2: 2, UCS-4: 4).
#include "modules/sre_engine.h"

#include <cstring>

#include "core/errors.h"
#include "core/runtime.h"
#include "modules/signal_module.h"
#include "objects/unicode_db.h"

namespace krait::sre {

namespace {

// Dispatch steps between interrupt / tick-hook polls; each poll charges the eval loop's tick
// counter kTicksPerPoll (a matcher step is far cheaper than a bytecode).
constexpr uint32_t kPollInterval = 4096;
constexpr int32_t kTicksPerPoll = 64;
// The backtracking stack may hold this many frames before MemoryError (about 1.5 GB).
constexpr size_t kMaxFrames = size_t(1) << 25;

// Resumption points of a parent frame (where its child's result is consumed).
enum Jump : uint8_t {
    kJumpNone, kJumpMaxUntil1, kJumpMaxUntil2, kJumpMaxUntil3, kJumpMinUntil1,
    kJumpMinUntil2, kJumpMinUntil3, kJumpRepeat, kJumpRepeatOne1, kJumpRepeatOne2,
    kJumpMinRepeatOne, kJumpBranch, kJumpAssert, kJumpAssertNot, kJumpPossRepeat1,
    kJumpPossRepeat2, kJumpAtomicGroup
};

// AT codes (re/_constants.py ATCODES order).
enum At : uint32_t {
    kAtBeginning, kAtBeginningLine, kAtBeginningString, kAtBoundary, kAtNonBoundary, kAtEnd,
    kAtEndLine, kAtEndString, kAtLocBoundary, kAtLocNonBoundary, kAtUniBoundary,
    kAtUniNonBoundary
};

// CATEGORY codes (CHCODES order).
enum Category : uint32_t {
    kCatDigit, kCatNotDigit, kCatSpace, kCatNotSpace, kCatWord, kCatNotWord, kCatLinebreak,
    kCatNotLinebreak, kCatLocWord, kCatLocNotWord, kCatUniDigit, kCatUniNotDigit,
    kCatUniSpace, kCatUniNotSpace, kCatUniWord, kCatUniNotWord, kCatUniLinebreak,
    kCatUniNotLinebreak
};

inline bool isDigitAscii(uint32_t ch) { return ch >= '0' && ch <= '9'; }
inline bool isSpaceAscii(uint32_t ch) { return ch == ' ' || (ch >= 9 && ch <= 13); }
inline bool isAlnumAscii(uint32_t ch) {
    return isDigitAscii(ch) || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}
inline bool isWordAscii(uint32_t ch) { return ch < 128 && (isAlnumAscii(ch) || ch == '_'); }
// The "C" locale: Krait never changes LC_CTYPE, so locale classes are the ASCII ones.
inline bool isWordLocale(uint32_t ch) { return ch < 256 && (isAlnumAscii(ch) || ch == '_'); }
inline bool isWordUni(uint32_t ch) {
    if (ch < 128) return isWordAscii(ch);
    return unicode::isAlnum(ch);
}
inline bool isDecimalUni(uint32_t ch) { return ch < 128 ? isDigitAscii(ch) : unicode::isDecimal(ch); }
inline uint32_t lowerLocale(uint32_t ch) { return ch < 256 ? lowerAscii(ch) : ch; }
inline uint32_t upperLocale(uint32_t ch) {
    return (ch >= 'a' && ch <= 'z') ? ch - 32 : ch;
}

bool category(uint32_t cat, uint32_t ch) {
    switch (cat) {
        case kCatDigit: return isDigitAscii(ch);
        case kCatNotDigit: return !isDigitAscii(ch);
        case kCatSpace: return isSpaceAscii(ch);
        case kCatNotSpace: return !isSpaceAscii(ch);
        case kCatWord: return isWordAscii(ch);
        case kCatNotWord: return !isWordAscii(ch);
        case kCatLinebreak: return ch == '\n';
        case kCatNotLinebreak: return ch != '\n';
        case kCatLocWord: return isWordLocale(ch);
        case kCatLocNotWord: return !isWordLocale(ch);
        case kCatUniDigit: return isDecimalUni(ch);
        case kCatUniNotDigit: return !isDecimalUni(ch);
        case kCatUniSpace: return unicode::isSpace(ch);
        case kCatUniNotSpace: return !unicode::isSpace(ch);
        case kCatUniWord: return isWordUni(ch);
        case kCatUniNotWord: return !isWordUni(ch);
        case kCatUniLinebreak: return unicode::isLinebreak(ch);
        case kCatUniNotLinebreak: return !unicode::isLinebreak(ch);
        default: return false;
    }
}

// Is ch in the set starting at code[p] (a sequence of set items ended by FAILURE)?
// Returns 0/1, or -1 for malformed code (no error set yet).
int inSet(const State& st, uint32_t p, uint32_t ch) {
    const uint32_t* code = st.code;
    const uint32_t n = st.codeLen;
    bool ok = true;
    for (;;) {
        if (p >= n) return -1;
        switch (code[p]) {
            case kFailure: return !ok;
            case kLiteral:
                if (ch == code[p + 1]) return ok;
                p += 2;
                break;
            case kCategory:
                if (category(code[p + 1], ch)) return ok;
                p += 2;
                break;
            case kCharset:
                if (ch < 256 && (code[p + 1 + (ch >> 5)] & (1u << (ch & 31)))) return ok;
                p += 9;
                break;
            case kRange:
                if (code[p + 1] <= ch && ch <= code[p + 2]) return ok;
                p += 3;
                break;
            case kRangeUniIgnore: {
                if (code[p + 1] <= ch && ch <= code[p + 2]) return ok;
                uint32_t up = upperUnicode(ch);
                if (code[p + 1] <= up && up <= code[p + 2]) return ok;
                p += 3;
                break;
            }
            case kNegate:
                ok = !ok;
                p += 1;
                break;
            case kBigCharset: {
                // <BIGCHARSET> <count> <256 block indices as bytes> <count blocks of 8 words>
                uint32_t count = code[p + 1];
                uint32_t blocks = p + 2 + 64;
                if (uint64_t(blocks) + uint64_t(count) * 8 > n) return -1;
                if (ch < 0x10000u) {
                    uint32_t word = code[p + 2 + ((ch >> 8) >> 2)];
                    uint32_t block = (word >> (8 * ((ch >> 8) & 3))) & 255;
                    if (block < count &&
                        (code[blocks + block * 8 + ((ch & 255) >> 5)] & (1u << (ch & 31)))) {
                        return ok;
                    }
                }
                p = blocks + count * 8;
                break;
            }
            default: return -1;
        }
    }
}

int inSetLocIgnore(const State& st, uint32_t p, uint32_t ch) {
    uint32_t lo = lowerLocale(ch);
    int r = inSet(st, p, lo);
    if (r != 0) return r;
    uint32_t up = upperLocale(ch);
    return up != lo ? inSet(st, p, up) : 0;
}

inline bool charLocIgnore(uint32_t pat, uint32_t ch) {
    return ch == pat || lowerLocale(ch) == pat || upperLocale(ch) == pat;
}

bool badCode() {
    setError(&ExcRuntimeError, "internal error in regular expression engine");
    return false;
}

// Polls the host: the tick hook (time budgets) and a pending KeyboardInterrupt. False with
// the exception set if the match must stop.
bool poll(State& st) {
    st.pollCountdown = kPollInterval;
    ThreadState* ts = currentThread();
    InterpState* interp = ts->interp;
    ts->tickCountdown -= kTicksPerPoll;
    if (ts->tickCountdown < 0) {
        ts->tickCountdown = interp->tickInterval;
        if (interp->tickHook && interp->tickHook(interp, interp->tickHookData) < 0) return false;
    }
    return checkSignals();
}

template <typename Ch>
bool atCheck(const State& st, const Ch* s, ssize ptr, uint32_t at) {
    const ssize end = st.end;
    // The character at ptr; ptr may pass `end` (pos > endpos) but never the subject's length.
    const uint32_t here = ptr < st.length ? uint32_t(s[ptr]) : 0;
    bool thisp, thatp;
    switch (at) {
        case kAtBeginning:
        case kAtBeginningString: return ptr == 0;
        case kAtBeginningLine: return ptr == 0 || s[ptr - 1] == '\n';
        case kAtEnd: return (ptr + 1 == end && here == '\n') || ptr == end;
        case kAtEndLine: return ptr == end || here == '\n';
        case kAtEndString: return ptr == end;
        case kAtBoundary:
        case kAtNonBoundary:
            if (end == 0) return false;
            thatp = ptr > 0 && isWordAscii(s[ptr - 1]);
            thisp = ptr < end && isWordAscii(here);
            return at == kAtBoundary ? thisp != thatp : thisp == thatp;
        case kAtLocBoundary:
        case kAtLocNonBoundary:
            if (end == 0) return false;
            thatp = ptr > 0 && isWordLocale(s[ptr - 1]);
            thisp = ptr < end && isWordLocale(here);
            return at == kAtLocBoundary ? thisp != thatp : thisp == thatp;
        case kAtUniBoundary:
        case kAtUniNonBoundary:
            if (end == 0) return false;
            thatp = ptr > 0 && isWordUni(s[ptr - 1]);
            thisp = ptr < end && isWordUni(here);
            return at == kAtUniBoundary ? thisp != thatp : thisp == thatp;
        default: return false;
    }
}

// Does the one-character item at code[pc] (its opcode) accept ch? 0/1, -1 malformed.
int itemOk(const State& st, uint32_t pc, uint32_t ch) {
    const uint32_t* code = st.code;
    switch (code[pc]) {
        case kAny: return ch != '\n';
        case kAnyAll: return 1;
        case kLiteral: return ch == code[pc + 1];
        case kNotLiteral: return ch != code[pc + 1];
        case kLiteralIgnore: return lowerAscii(ch) == code[pc + 1];
        case kNotLiteralIgnore: return lowerAscii(ch) != code[pc + 1];
        case kLiteralUniIgnore: return lowerUnicode(ch) == code[pc + 1];
        case kNotLiteralUniIgnore: return lowerUnicode(ch) != code[pc + 1];
        case kLiteralLocIgnore: return charLocIgnore(code[pc + 1], ch);
        case kNotLiteralLocIgnore: return !charLocIgnore(code[pc + 1], ch);
        case kCategory: return category(code[pc + 1], ch);
        case kIn: return inSet(st, pc + 2, ch);
        case kInIgnore: return inSet(st, pc + 2, lowerAscii(ch));
        case kInUniIgnore: return inSet(st, pc + 2, lowerUnicode(ch));
        case kInLocIgnore: return inSetLocIgnore(st, pc + 2, ch);
        default: return -1;
    }
}

// How many times (up to maxcount) the one-character item at code[pc] matches from ptr.
// -1 for malformed code (error set).
template <typename Ch>
ssize countItem(const State& st, const Ch* s, uint32_t pc, ssize ptr, uint32_t maxcount) {
    ssize end = st.end;
    if (maxcount != kMaxRepeat && int64_t(maxcount) < int64_t(end - ptr)) {
        end = ptr + ssize(maxcount);
    }
    const ssize start = ptr;
    const uint32_t* code = st.code;
    switch (code[pc]) {
        case kAnyAll: return end - ptr;
        case kAny:
            while (ptr < end && s[ptr] != '\n') ptr++;
            break;
        case kLiteral: {
            uint32_t c = code[pc + 1];
            while (ptr < end && uint32_t(s[ptr]) == c) ptr++;
            break;
        }
        case kNotLiteral: {
            uint32_t c = code[pc + 1];
            while (ptr < end && uint32_t(s[ptr]) != c) ptr++;
            break;
        }
        case kIn:
            for (; ptr < end; ptr++) {
                int r = inSet(st, pc + 2, s[ptr]);
                if (r < 0) return badCode() ? 0 : -1;
                if (!r) break;
            }
            break;
        default:
            for (; ptr < end; ptr++) {
                int r = itemOk(st, pc, s[ptr]);
                if (r < 0) return badCode() ? 0 : -1;
                if (!r) break;
            }
            break;
    }
    return ptr - start;
}

inline bool pushFrame(State& st, uint8_t jump, uint32_t pc, bool toplevel, ssize ptr) {
    if (st.frames.size() >= kMaxFrames) {
        setErrorNoMemory();
        return false;
    }
    Frame f;
    f.pc = pc;
    f.jump = jump;
    f.toplevel = toplevel;
    f.lastmark = -1;
    f.lastindex = -1;
    f.rep = -1;
    f.ptr = ptr;
    f.count = 0;
    f.savedLastPtr = -1;
    st.frames.push_back(f);
    return true;
}

// Saves marks[0..lastmark] (CPython's MARK_PUSH).
inline void markPush(State& st, int32_t lastmark) {
    if (lastmark >= 0) {
        st.markStack.insert(st.markStack.end(), st.marks.begin(),
                            st.marks.begin() + (lastmark + 1));
    }
}
// Restores them; `keep` leaves the saved copy for another restore.
inline void markPop(State& st, int32_t lastmark, bool keep) {
    if (lastmark >= 0) {
        size_t n = size_t(lastmark) + 1;
        size_t base = st.markStack.size() - n;
        std::memcpy(st.marks.data(), st.markStack.data() + base, n * sizeof(ssize));
        if (!keep) st.markStack.resize(base);
    }
}
inline void markDiscard(State& st, int32_t lastmark) {
    if (lastmark >= 0) st.markStack.resize(st.markStack.size() - (size_t(lastmark) + 1));
}

// The matcher proper: runs the code from startPc at st.ptr. See sre_engine.h.
template <typename Ch>
int run(State& st, uint32_t startPc, bool toplevel) {
    const Ch* s = static_cast<const Ch*>(st.data);
    const uint32_t* code = st.code;
    const uint32_t codeLen = st.codeLen;
    const ssize end = st.end;
    std::vector<Frame>& frames = st.frames;
    frames.clear();
    st.repeats.clear();
    st.repeat = -1;
    st.markStack.clear();
    if (st.pollCountdown == 0) st.pollCountdown = kPollInterval;

    Frame* ctx = nullptr;
    ssize ptr = 0;
    uint32_t pc = 0;
    int ret = 0;
    uint8_t jump = 0;
    uint32_t op = 0;
    int64_t i = 0;
    int r = 0;
    ssize a = 0, b = 0;

#define SRE_CHECK_PC(n) \
    if (uint64_t(pc) + (n) > codeLen) goto malformed
#define LASTMARK_SAVE()                \
    do {                               \
        ctx->lastmark = st.lastmark;   \
        ctx->lastindex = st.lastindex; \
    } while (0)
#define LASTMARK_RESTORE()             \
    do {                               \
        st.lastmark = ctx->lastmark;   \
        st.lastindex = ctx->lastindex; \
    } while (0)
// Runs the code at `target` in a child frame (st.ptr is its start); continues at `label` with
// `ret` its result.
#define DO_JUMP(kind, target, top)                                        \
    do {                                                                  \
        ctx->ptr = ptr;                                                   \
        ctx->pc = pc;                                                     \
        if (!pushFrame(st, kind, target, top, st.ptr)) return -1;         \
        goto entrance;                                                    \
    } while (0)

    if (!pushFrame(st, kJumpNone, startPc, toplevel, st.ptr)) return -1;

entrance:
    ctx = &frames.back();
    ptr = ctx->ptr;
    pc = ctx->pc;
    SRE_CHECK_PC(1);
    if (code[pc] == kInfo) {
        SRE_CHECK_PC(4);
        if (code[pc + 3] && uint64_t(end - ptr) < code[pc + 3]) goto failure;
        pc += code[pc + 1] + 1;
    }

    for (;;) {
        if (--st.pollCountdown == 0 && !poll(st)) return -1;
        SRE_CHECK_PC(2);
        op = code[pc++];
        switch (op) {
            case kMark:
                i = code[pc];
                if (i & 1) st.lastindex = int32_t(i / 2 + 1);
                if (i > st.lastmark) {
                    if (size_t(i) >= st.marks.size()) st.marks.resize(size_t(i) + 1, -1);
                    for (int64_t j = st.lastmark + 1; j < i; j++) st.marks[size_t(j)] = -1;
                    st.lastmark = int32_t(i);
                }
                st.marks[size_t(i)] = ptr;
                pc++;
                continue;

            case kLiteral:
                if (ptr >= end || uint32_t(s[ptr]) != code[pc]) goto failure;
                pc++;
                ptr++;
                continue;
            case kNotLiteral:
                if (ptr >= end || uint32_t(s[ptr]) == code[pc]) goto failure;
                pc++;
                ptr++;
                continue;

            case kSuccess:
                if (ctx->toplevel &&
                    ((st.matchAll && ptr != end) || (st.mustAdvance && ptr == st.start))) {
                    goto failure;
                }
                st.ptr = ptr;
                goto success;

            case kAt:
                if (!atCheck(st, s, ptr, code[pc])) goto failure;
                pc++;
                continue;

            case kCategory:
                if (ptr >= end || !category(code[pc], s[ptr])) goto failure;
                pc++;
                ptr++;
                continue;

            case kAny:
                if (ptr >= end || s[ptr] == '\n') goto failure;
                ptr++;
                continue;
            case kAnyAll:
                if (ptr >= end) goto failure;
                ptr++;
                continue;

            case kIn:
            case kInIgnore:
            case kInUniIgnore:
            case kInLocIgnore:
                if (ptr >= end) goto failure;
                r = itemOk(st, pc - 1, s[ptr]);
                if (r < 0) goto malformed;
                if (!r) goto failure;
                pc += code[pc];
                ptr++;
                continue;

            case kLiteralIgnore:
            case kLiteralUniIgnore:
            case kLiteralLocIgnore:
            case kNotLiteralIgnore:
            case kNotLiteralUniIgnore:
            case kNotLiteralLocIgnore:
                if (ptr >= end || !itemOk(st, pc - 1, s[ptr])) goto failure;
                pc++;
                ptr++;
                continue;

            case kJump:
            case kInfo:
                pc += code[pc];
                continue;

            case kBranch:
                // <BRANCH> <skip> code <JUMP> ... <0>
                LASTMARK_SAVE();
                if (st.repeat >= 0) markPush(st, ctx->lastmark);
                for (; code[pc]; pc += code[pc]) {
                    SRE_CHECK_PC(3);
                    if (code[pc + 1] == kLiteral &&
                        (ptr >= end || uint32_t(s[ptr]) != code[pc + 2])) {
                        continue;
                    }
                    if (code[pc + 1] == kIn) {
                        if (ptr >= end) continue;
                        r = inSet(st, pc + 3, s[ptr]);
                        if (r < 0) goto malformed;
                        if (!r) continue;
                    }
                    st.ptr = ptr;
                    DO_JUMP(kJumpBranch, pc + 1, ctx->toplevel);
                resumeBranch:
                    if (ret) {
                        if (st.repeat >= 0) markDiscard(st, ctx->lastmark);
                        goto success;
                    }
                    if (st.repeat >= 0) markPop(st, ctx->lastmark, true);
                    LASTMARK_RESTORE();
                }
                if (st.repeat >= 0) markDiscard(st, ctx->lastmark);
                goto failure;

            case kRepeatOne:
                // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                SRE_CHECK_PC(5);
                if (int64_t(code[pc + 1]) > int64_t(end - ptr)) goto failure;
                st.ptr = ptr;
                a = countItem(st, s, pc + 3, ptr, code[pc + 2]);
                if (a < 0) return -1;
                ctx->count = a;
                ptr += a;
                if (ctx->count < int64_t(code[pc + 1])) goto failure;
                SRE_CHECK_PC(code[pc] + 2);
                if (code[pc + code[pc]] == kSuccess && ptr == st.end &&
                    !(ctx->toplevel && st.mustAdvance && ptr == st.start)) {
                    st.ptr = ptr;
                    goto success;
                }
                LASTMARK_SAVE();
                if (st.repeat >= 0) markPush(st, ctx->lastmark);
                if (code[pc + code[pc]] == kLiteral) {
                    // The tail starts with a literal: only try positions before it.
                    for (;;) {
                        {
                            const uint32_t c = code[pc + code[pc] + 1];
                            const int64_t mn = code[pc + 1];
                            while (ctx->count >= mn && (ptr >= end || uint32_t(s[ptr]) != c)) {
                                ptr--;
                                ctx->count--;
                            }
                            if (ctx->count < mn) break;
                        }
                        st.ptr = ptr;
                        DO_JUMP(kJumpRepeatOne1, pc + code[pc], ctx->toplevel);
                    resumeRepeatOne1:
                        if (ret) {
                            if (st.repeat >= 0) markDiscard(st, ctx->lastmark);
                            goto success;
                        }
                        if (st.repeat >= 0) markPop(st, ctx->lastmark, true);
                        LASTMARK_RESTORE();
                        ptr--;
                        ctx->count--;
                    }
                    if (st.repeat >= 0) markDiscard(st, ctx->lastmark);
                } else {
                    while (ctx->count >= int64_t(code[pc + 1])) {
                        st.ptr = ptr;
                        DO_JUMP(kJumpRepeatOne2, pc + code[pc], ctx->toplevel);
                    resumeRepeatOne2:
                        if (ret) {
                            if (st.repeat >= 0) markDiscard(st, ctx->lastmark);
                            goto success;
                        }
                        if (st.repeat >= 0) markPop(st, ctx->lastmark, true);
                        LASTMARK_RESTORE();
                        ptr--;
                        ctx->count--;
                    }
                    if (st.repeat >= 0) markDiscard(st, ctx->lastmark);
                }
                goto failure;

            case kMinRepeatOne:
                // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                SRE_CHECK_PC(5);
                if (int64_t(code[pc + 1]) > int64_t(end - ptr)) goto failure;
                st.ptr = ptr;
                if (code[pc + 1] == 0) {
                    ctx->count = 0;
                } else {
                    a = countItem(st, s, pc + 3, ptr, code[pc + 1]);
                    if (a < 0) return -1;
                    if (a < ssize(code[pc + 1])) goto failure;
                    ctx->count = a;
                    ptr += a;
                }
                SRE_CHECK_PC(code[pc] + 2);
                if (code[pc + code[pc]] == kSuccess &&
                    !(ctx->toplevel && ((st.matchAll && ptr != end) ||
                                        (st.mustAdvance && ptr == st.start)))) {
                    st.ptr = ptr;
                    goto success;
                }
                LASTMARK_SAVE();
                if (st.repeat >= 0) markPush(st, ctx->lastmark);
                while (code[pc + 2] == kMaxRepeat || ctx->count <= int64_t(code[pc + 2])) {
                    st.ptr = ptr;
                    DO_JUMP(kJumpMinRepeatOne, pc + code[pc], ctx->toplevel);
                resumeMinRepeatOne:
                    if (ret) {
                        if (st.repeat >= 0) markDiscard(st, ctx->lastmark);
                        goto success;
                    }
                    if (st.repeat >= 0) markPop(st, ctx->lastmark, true);
                    LASTMARK_RESTORE();
                    st.ptr = ptr;
                    a = countItem(st, s, pc + 3, ptr, 1);
                    if (a < 0) return -1;
                    if (a == 0) break;
                    ptr++;
                    ctx->count++;
                }
                if (st.repeat >= 0) markDiscard(st, ctx->lastmark);
                goto failure;

            case kPossessiveRepeatOne:
                // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                SRE_CHECK_PC(5);
                if (int64_t(code[pc + 1]) > int64_t(end - ptr)) goto failure;
                st.ptr = ptr;
                a = countItem(st, s, pc + 3, ptr, code[pc + 2]);
                if (a < 0) return -1;
                ctx->count = a;
                ptr += a;
                if (ctx->count < int64_t(code[pc + 1])) goto failure;
                pc += code[pc];
                SRE_CHECK_PC(1);
                if (code[pc] == kSuccess && ptr == st.end &&
                    !(ctx->toplevel && st.mustAdvance && ptr == st.start)) {
                    st.ptr = ptr;
                    goto success;
                }
                continue;

            case kRepeat: {
                // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail
                SRE_CHECK_PC(4);
                Repeat rep;
                rep.count = -1;
                rep.pc = pc;
                rep.lastPtr = -1;
                rep.prev = st.repeat;
                st.repeats.push_back(rep);
                st.repeat = int32_t(st.repeats.size() - 1);
                st.ptr = ptr;
                DO_JUMP(kJumpRepeat, pc + code[pc], ctx->toplevel);
            }
            resumeRepeat:
                st.repeat = st.repeats.back().prev;
                st.repeats.pop_back();
                if (ret) goto success;
                goto failure;

            case kMaxUntil:
                // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
                ctx->rep = st.repeat;
                if (ctx->rep < 0) goto malformed;
                st.ptr = ptr;
                ctx->count = st.repeats[size_t(ctx->rep)].count + 1;
                if (ctx->count < int64_t(code[st.repeats[size_t(ctx->rep)].pc + 1])) {
                    // Not enough iterations yet.
                    st.repeats[size_t(ctx->rep)].count = ctx->count;
                    DO_JUMP(kJumpMaxUntil1, st.repeats[size_t(ctx->rep)].pc + 3, ctx->toplevel);
                resumeMaxUntil1:
                    if (ret) goto success;
                    st.repeats[size_t(ctx->rep)].count = ctx->count - 1;
                    st.ptr = ptr;
                    goto failure;
                }
                {
                    Repeat& rp = st.repeats[size_t(ctx->rep)];
                    uint32_t mx = code[rp.pc + 2];
                    if ((ctx->count < int64_t(mx) || mx == kMaxRepeat) && st.ptr != rp.lastPtr) {
                        // Enough iterations, but try one more first.
                        rp.count = ctx->count;
                        LASTMARK_SAVE();
                        markPush(st, ctx->lastmark);
                        ctx->savedLastPtr = rp.lastPtr;
                        rp.lastPtr = st.ptr;
                        DO_JUMP(kJumpMaxUntil2, rp.pc + 3, ctx->toplevel);
                    }
                    goto maxUntilTail;
                }
            resumeMaxUntil2:
                st.repeats[size_t(ctx->rep)].lastPtr = ctx->savedLastPtr;
                if (ret) {
                    markDiscard(st, ctx->lastmark);
                    goto success;
                }
                markPop(st, ctx->lastmark, false);
                LASTMARK_RESTORE();
                st.repeats[size_t(ctx->rep)].count = ctx->count - 1;
                st.ptr = ptr;
            maxUntilTail:
                // No more iterations here: the tail must match.
                st.repeat = st.repeats[size_t(ctx->rep)].prev;
                DO_JUMP(kJumpMaxUntil3, pc, ctx->toplevel);
            resumeMaxUntil3:
                st.repeat = ctx->rep;
                if (ret) goto success;
                st.ptr = ptr;
                goto failure;

            case kMinUntil:
                // <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
                ctx->rep = st.repeat;
                if (ctx->rep < 0) goto malformed;
                st.ptr = ptr;
                ctx->count = st.repeats[size_t(ctx->rep)].count + 1;
                if (ctx->count < int64_t(code[st.repeats[size_t(ctx->rep)].pc + 1])) {
                    st.repeats[size_t(ctx->rep)].count = ctx->count;
                    DO_JUMP(kJumpMinUntil1, st.repeats[size_t(ctx->rep)].pc + 3, ctx->toplevel);
                resumeMinUntil1:
                    if (ret) goto success;
                    st.repeats[size_t(ctx->rep)].count = ctx->count - 1;
                    st.ptr = ptr;
                    goto failure;
                }
                // Try the tail first.
                st.repeat = st.repeats[size_t(ctx->rep)].prev;
                LASTMARK_SAVE();
                if (st.repeat >= 0) markPush(st, ctx->lastmark);
                DO_JUMP(kJumpMinUntil2, pc, ctx->toplevel);
            resumeMinUntil2: {
                int32_t repeatOfTail = st.repeat;
                st.repeat = ctx->rep;
                if (ret) {
                    if (repeatOfTail >= 0) markDiscard(st, ctx->lastmark);
                    goto success;
                }
                if (repeatOfTail >= 0) markPop(st, ctx->lastmark, false);
                LASTMARK_RESTORE();
                st.ptr = ptr;
                Repeat& rp = st.repeats[size_t(ctx->rep)];
                uint32_t mx = code[rp.pc + 2];
                if ((ctx->count >= int64_t(mx) && mx != kMaxRepeat) || st.ptr == rp.lastPtr) {
                    goto failure;
                }
                rp.count = ctx->count;
                ctx->savedLastPtr = rp.lastPtr;
                rp.lastPtr = st.ptr;
                DO_JUMP(kJumpMinUntil3, rp.pc + 3, ctx->toplevel);
            }
            resumeMinUntil3:
                st.repeats[size_t(ctx->rep)].lastPtr = ctx->savedLastPtr;
                if (ret) goto success;
                st.repeats[size_t(ctx->rep)].count = ctx->count - 1;
                st.ptr = ptr;
                goto failure;

            case kPossessiveRepeat:
                // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                SRE_CHECK_PC(4);
                st.ptr = ptr;
                ctx->count = 0;
                while (ctx->count < int64_t(code[pc + 1])) {
                    DO_JUMP(kJumpPossRepeat1, pc + 3, false);
                resumePossRepeat1:
                    if (!ret) {
                        st.ptr = ptr;
                        goto failure;
                    }
                    ctx->count++;
                }
                // ptr now remembers where the last iteration started (-1: none yet).
                ptr = -1;
                while ((ctx->count < int64_t(code[pc + 2]) || code[pc + 2] == kMaxRepeat) &&
                       st.ptr != ptr) {
                    LASTMARK_SAVE();
                    markPush(st, ctx->lastmark);
                    ptr = st.ptr;
                    DO_JUMP(kJumpPossRepeat2, pc + 3, false);
                resumePossRepeat2:
                    if (ret) {
                        markDiscard(st, ctx->lastmark);
                        ctx->count++;
                    } else {
                        markPop(st, ctx->lastmark, false);
                        LASTMARK_RESTORE();
                        st.ptr = ptr;
                        break;
                    }
                }
                pc += code[pc] + 1;
                ptr = st.ptr;
                continue;

            case kAtomicGroup:
                // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                st.ptr = ptr;
                DO_JUMP(kJumpAtomicGroup, pc + 1, false);
            resumeAtomicGroup:
                if (!ret) {
                    st.ptr = ptr;
                    goto failure;
                }
                pc += code[pc];
                ptr = st.ptr;
                continue;

            case kGroupref:
            case kGrouprefIgnore:
            case kGrouprefUniIgnore:
            case kGrouprefLocIgnore: {
                i = int64_t(code[pc]) * 2;
                if (i >= st.lastmark) goto failure;
                a = st.marks[size_t(i)];
                b = st.marks[size_t(i) + 1];
                if (a < 0 || b < 0 || b < a) goto failure;
                if (b - a > end - ptr) goto failure;
                for (; a < b; a++, ptr++) {
                    uint32_t x = s[ptr], y = s[a];
                    if (x == y) continue;
                    if (op == kGroupref) goto failure;
                    if (op == kGrouprefIgnore) {
                        if (lowerAscii(x) != lowerAscii(y)) goto failure;
                    } else if (op == kGrouprefUniIgnore) {
                        if (lowerUnicode(x) != lowerUnicode(y)) goto failure;
                    } else if (lowerLocale(x) != lowerLocale(y)) {
                        goto failure;
                    }
                }
                pc++;
                continue;
            }

            case kGrouprefExists:
                // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
                i = int64_t(code[pc]) * 2;
                if (i >= st.lastmark) {
                    pc += code[pc + 1];
                    continue;
                }
                a = st.marks[size_t(i)];
                b = st.marks[size_t(i) + 1];
                if (a < 0 || b < 0 || b < a) {
                    pc += code[pc + 1];
                    continue;
                }
                pc += 2;
                continue;

            case kAssert:
                // <ASSERT> <skip> <back> <pattern>
                if (int64_t(ptr) < int64_t(code[pc + 1])) goto failure;
                st.ptr = ptr - ssize(code[pc + 1]);
                DO_JUMP(kJumpAssert, pc + 2, false);
            resumeAssert:
                if (!ret) goto failure;
                pc += code[pc];
                continue;

            case kAssertNot:
                // <ASSERT_NOT> <skip> <back> <pattern>
                if (int64_t(ptr) >= int64_t(code[pc + 1])) {
                    st.ptr = ptr - ssize(code[pc + 1]);
                    LASTMARK_SAVE();
                    if (st.repeat >= 0) markPush(st, ctx->lastmark);
                    DO_JUMP(kJumpAssertNot, pc + 2, false);
                resumeAssertNot:
                    if (ret) {
                        if (st.repeat >= 0) markDiscard(st, ctx->lastmark);
                        goto failure;
                    }
                    if (st.repeat >= 0) markPop(st, ctx->lastmark, false);
                    LASTMARK_RESTORE();
                }
                pc += code[pc];
                continue;

            case kFailure:
                goto failure;

            default:
                goto malformed;
        }
    }

failure:
    ret = 0;
    goto exitFrame;
success:
    ret = 1;
exitFrame:
    jump = ctx->jump;
    frames.pop_back();
    if (frames.empty()) return ret;
    ctx = &frames.back();
    ptr = ctx->ptr;
    pc = ctx->pc;
    switch (jump) {
        case kJumpBranch: goto resumeBranch;
        case kJumpRepeatOne1: goto resumeRepeatOne1;
        case kJumpRepeatOne2: goto resumeRepeatOne2;
        case kJumpMinRepeatOne: goto resumeMinRepeatOne;
        case kJumpRepeat: goto resumeRepeat;
        case kJumpMaxUntil1: goto resumeMaxUntil1;
        case kJumpMaxUntil2: goto resumeMaxUntil2;
        case kJumpMaxUntil3: goto resumeMaxUntil3;
        case kJumpMinUntil1: goto resumeMinUntil1;
        case kJumpMinUntil2: goto resumeMinUntil2;
        case kJumpMinUntil3: goto resumeMinUntil3;
        case kJumpPossRepeat1: goto resumePossRepeat1;
        case kJumpPossRepeat2: goto resumePossRepeat2;
        case kJumpAtomicGroup: goto resumeAtomicGroup;
        case kJumpAssert: goto resumeAssert;
        case kJumpAssertNot: goto resumeAssertNot;
        default: break;
    }
    return ret;

malformed:
    badCode();
    return -1;

#undef SRE_CHECK_PC
#undef LASTMARK_SAVE
#undef LASTMARK_RESTORE
#undef DO_JUMP
}

template <typename Ch>
int searchImpl(State& st) {
    const Ch* s = static_cast<const Ch*>(st.data);
    const uint32_t* code = st.code;
    ssize ptr = st.start;
    ssize end = st.end;
    uint32_t pc = 0;
    if (ptr > end) return 0;
    uint32_t flags = 0;
    uint32_t prefixLen = 0, prefixAt = 0, charsetAt = 0;
    bool haveCharset = false;
    if (st.codeLen >= 5 && code[0] == kInfo) {
        // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
        flags = code[2];
        if (code[3] && uint64_t(end - ptr) < code[3]) return 0;
        if (code[3] > 1) {
            end -= ssize(code[3]) - 1;
            if (end <= ptr) end = ptr;
        }
        if ((flags & 1) && st.codeLen > 7) {   // SRE_INFO_PREFIX: <len> <skip> <prefix> <overlap>
            prefixLen = code[5];
            prefixAt = 7;
        } else if (flags & 4) {                // SRE_INFO_CHARSET
            charsetAt = 5;
            haveCharset = true;
        }
        pc = 1 + code[1];
    }
    int status = 0;
    if (prefixLen >= 1) {
        // The match starts with a known literal: scan for its first character.
        const uint32_t c = code[prefixAt];
        end = st.end;
        st.mustAdvance = false;
        for (; ptr < end; ptr++) {
            if (uint32_t(s[ptr]) != c) continue;
            st.start = st.ptr = ptr;
            status = run<Ch>(st, pc, false);
            if (status != 0) return status;
            st.resetCaptures();
            if (--st.pollCountdown == 0 && !poll(st)) return -1;
        }
        return 0;
    }
    if (haveCharset) {
        end = st.end;
        st.mustAdvance = false;
        for (; ptr < end; ptr++) {
            int r = inSet(st, charsetAt, s[ptr]);
            if (r < 0) return badCode() ? 0 : -1;
            if (!r) continue;
            st.start = st.ptr = ptr;
            status = run<Ch>(st, pc, false);
            if (status != 0) return status;
            st.resetCaptures();
            if (--st.pollCountdown == 0 && !poll(st)) return -1;
        }
        return 0;
    }
    st.start = st.ptr = ptr;
    status = run<Ch>(st, pc, true);
    st.mustAdvance = false;
    if (status == 0 && pc + 1 < st.codeLen && code[pc] == kAt &&
        (code[pc + 1] == kAtBeginning || code[pc + 1] == kAtBeginningString)) {
        st.start = st.ptr = end;
        return 0;
    }
    while (status == 0 && ptr < end) {
        ptr++;
        st.resetCaptures();
        st.start = st.ptr = ptr;
        status = run<Ch>(st, pc, false);
    }
    return status;
}

// ---- Code validation (see validate() in sre_engine.h) ----

// A set body code[p, end): items only (the caller checks the closing FAILURE).
bool validCharset(const uint32_t* code, uint32_t p, uint32_t end) {
    while (p < end) {
        uint32_t op = code[p++];
        switch (op) {
            case kNegate: break;
            case kLiteral:
                if (p + 1 > end) return false;
                p += 1;
                break;
            case kRange:
            case kRangeUniIgnore:
                if (p + 2 > end || code[p] > code[p + 1]) return false;
                p += 2;
                break;
            case kCharset:
                if (p + 8 > end) return false;
                p += 8;
                break;
            case kBigCharset: {
                if (p + 1 > end) return false;
                uint32_t count = code[p++];
                if (count > 256 || uint64_t(p) + 64 + uint64_t(count) * 8 > end) return false;
                for (uint32_t k = 0; k < 256; k++) {
                    uint32_t block = (code[p + (k >> 2)] >> (8 * (k & 3))) & 255;
                    if (block >= count) return false;
                }
                p += 64 + count * 8;
                break;
            }
            case kCategory:
                if (p + 1 > end || code[p] > kCatUniNotLinebreak) return false;
                p += 1;
                break;
            default: return false;
        }
    }
    return true;
}

// The block code[p, end).
int validBlockImpl(const uint32_t* code, uint32_t p, uint32_t end, int64_t groups);

// Nested blocks recurse (pattern nesting, not input length); the recursion guard turns
// absurd nesting into RecursionError. 1 valid, 0 invalid, -1 error set.
int validBlock(const uint32_t* code, uint32_t p, uint32_t end, int64_t groups) {
    if (!enterRecursiveCall(" while validating a regular expression")) return -1;
    int r = validBlockImpl(code, p, end, groups);
    leaveRecursiveCall();
    return r;
}

int validBlockImpl(const uint32_t* code, uint32_t p, uint32_t end, int64_t groups) {
    // The skip word at p, pointing at most to end: its value (0 if invalid).
    auto skipAt = [&](uint32_t at) -> uint32_t {
        if (at >= end) return 0;
        uint32_t skip = code[at];
        if (skip == 0 || uint64_t(at) + skip > end) return 0;
        return skip;
    };
    while (p < end) {
        uint32_t op = code[p++];
        switch (op) {
            case kMark:
                if (p >= end || int64_t(code[p]) >= 2 * groups) return false;
                p++;
                break;
            case kAt:
                if (p >= end || code[p] > kAtUniNonBoundary) return false;
                p++;
                break;
            case kAny:
            case kAnyAll:
                break;
            case kIn:
            case kInIgnore:
            case kInUniIgnore:
            case kInLocIgnore: {
                uint32_t skip = skipAt(p);
                if (skip < 2 || code[p + skip - 1] != kFailure) return false;
                if (!validCharset(code, p + 1, p + skip - 1)) return false;
                p += skip;
                break;
            }
            case kLiteral:
            case kNotLiteral:
            case kLiteralIgnore:
            case kNotLiteralIgnore:
            case kLiteralUniIgnore:
            case kNotLiteralUniIgnore:
            case kLiteralLocIgnore:
            case kNotLiteralLocIgnore:
                if (p >= end) return false;
                p++;
                break;
            case kCategory:
                if (p >= end || code[p] > kCatUniNotLinebreak) return false;
                p++;
                break;
            case kInfo: {
                // <INFO> <skip> <flags> <min> <max> [prefix: <len> <skip> <prefix> <overlap>
                // | charset]
                uint32_t skip = skipAt(p);
                if (skip < 4) return false;
                uint32_t flags = code[p + 1];
                uint32_t blockEnd = p + skip;
                if (code[p + 2] > code[p + 3] && code[p + 3] != kMaxRepeat) return false;
                if (flags & ~7u) return false;
                if ((flags & 1) && (flags & 4)) return false;
                if (flags & 1) {
                    if (p + 6 > blockEnd) return false;
                    uint32_t len = code[p + 4];
                    uint32_t pskip = code[p + 5];
                    if (len == 0 || pskip > len ||
                        uint64_t(p) + 6 + 2 * uint64_t(len) > blockEnd) {
                        return false;
                    }
                    for (uint32_t k = 0; k < len; k++) {
                        if (code[p + 6 + len + k] >= len) return false;
                    }
                } else if (flags & 4) {
                    if (!validCharset(code, p + 4, blockEnd - 1) || code[blockEnd - 1] != kFailure)
                        return false;
                }
                p = blockEnd;
                break;
            }
            case kBranch: {
                // <BRANCH> (<skip> alternative <JUMP> <skip>)* <0>
                uint32_t target = 0;
                for (;;) {
                    if (p >= end) return false;
                    if (code[p] == 0) {
                        p++;
                        break;
                    }
                    uint32_t skip = skipAt(p);
                    if (skip < 3) return false;
                    uint32_t next = p + skip;
                    if (int r = validBlock(code, p + 1, next - 2, groups); r <= 0) return r;
                    if (code[next - 2] != kJump) return false;
                    uint32_t jskip = code[next - 1];
                    if (jskip == 0 || uint64_t(next - 1) + jskip > end) return false;
                    uint32_t t = next - 1 + jskip;
                    if (target == 0) target = t;
                    else if (t != target) return false;
                    p = next;
                }
                if (target != 0 && p != target) return false;
                break;
            }
            case kRepeatOne:
            case kMinRepeatOne:
            case kPossessiveRepeatOne: {
                // <op> <skip> <min> <max> item <SUCCESS> tail
                uint32_t skip = skipAt(p);
                if (skip < 4) return false;
                uint32_t mn = code[p + 1], mx = code[p + 2];
                if (mn > mx) return false;
                uint32_t next = p + skip;
                if (int r = validBlock(code, p + 3, next - 1, groups); r <= 0) return r;
                if (code[next - 1] != kSuccess) return false;
                // The item must be one character wide.
                switch (code[p + 3]) {
                    case kAny: case kAnyAll: case kLiteral: case kNotLiteral: case kIn:
                    case kInIgnore: case kInUniIgnore: case kInLocIgnore: case kCategory:
                    case kLiteralIgnore: case kNotLiteralIgnore: case kLiteralUniIgnore:
                    case kNotLiteralUniIgnore: case kLiteralLocIgnore: case kNotLiteralLocIgnore:
                        break;
                    default: return false;
                }
                p = next;
                break;
            }
            case kRepeat:
            case kPossessiveRepeat: {
                // <op> <skip> <min> <max> body <UNTIL or SUCCESS> tail
                uint32_t skip = skipAt(p);
                if (skip < 3) return false;
                uint32_t mn = code[p + 1], mx = code[p + 2];
                if (mn > mx) return false;
                uint32_t until = p + skip;
                if (until >= end) return false;
                if (int r = validBlock(code, p + 3, until, groups); r <= 0) return r;
                uint32_t u = code[until];
                if (op == kPossessiveRepeat ? u != kSuccess : (u != kMaxUntil && u != kMinUntil))
                    return false;
                p = until + 1;
                break;
            }
            case kAtomicGroup: {
                uint32_t skip = skipAt(p);
                if (skip < 2) return false;
                uint32_t next = p + skip;
                if (int r = validBlock(code, p + 1, next - 1, groups); r <= 0) return r;
                if (code[next - 1] != kSuccess) return false;
                p = next;
                break;
            }
            case kGroupref:
            case kGrouprefIgnore:
            case kGrouprefUniIgnore:
            case kGrouprefLocIgnore:
                if (p >= end || int64_t(code[p]) >= groups) return false;
                p++;
                break;
            case kGrouprefExists: {
                // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]
                if (p + 1 >= end || int64_t(code[p]) >= groups) return false;
                uint32_t skip = code[p + 1];
                if (skip < 2 || uint64_t(p) + skip > end) return false;
                uint32_t target = p + skip;   // where "no" starts (or the tail)
                // yes <JUMP> <skip> no: the JUMP ends "yes" and skips over "no".
                if (skip >= 4 && code[target - 2] == kJump) {
                    uint32_t jskip = code[target - 1];
                    uint32_t noEnd = target - 1 + jskip;
                    if (jskip != 0 && uint64_t(target - 1) + jskip <= end) {
                        int r = validBlock(code, p + 2, target - 2, groups);
                        if (r > 0) r = validBlock(code, target, noEnd, groups);
                        if (r < 0) return r;
                        if (r > 0) {
                            p = noEnd;
                            break;
                        }
                    }
                }
                if (int r = validBlock(code, p + 2, target, groups); r <= 0) return r;
                p = target;
                break;
            }
            case kAssert:
            case kAssertNot: {
                // <op> <skip> <back> pattern <SUCCESS> tail
                uint32_t skip = skipAt(p);
                if (skip < 3) return false;
                uint32_t next = p + skip;
                if (int r = validBlock(code, p + 2, next - 1, groups); r <= 0) return r;
                if (code[next - 1] != kSuccess) return false;
                p = next;
                break;
            }
            case kFailure:
            case kSuccess:
                // Only where a block's caller expects them; a stray one would end the match.
                break;
            default: return false;
        }
    }
    return p == end ? 1 : 0;
}

}  // namespace

uint32_t lowerAscii(uint32_t ch) { return (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch; }
uint32_t lowerUnicode(uint32_t ch) { return ch <= 0x10FFFF ? unicode::toLowerSimple(ch) : ch; }
uint32_t upperUnicode(uint32_t ch) { return ch <= 0x10FFFF ? unicode::toUpperSimple(ch) : ch; }

int validate(const uint32_t* code, uint32_t size, int64_t groups) {
    if (size == 0 || code[size - 1] != kSuccess) return 0;
    return validBlock(code, 0, size - 1, groups);
}

void State::groupSpan(ssize g, ssize* a, ssize* b) const {
    if (g == 0) {
        *a = start;
        *b = ptr;
        return;
    }
    ssize j = 2 * (g - 1);
    if (j + 1 <= lastmark && marks[size_t(j)] >= 0 && marks[size_t(j) + 1] >= 0) {
        *a = marks[size_t(j)];
        *b = marks[size_t(j) + 1];
        // A lookbehind can set a start after its end (CPython swaps them the same way).
        if (*a > *b) {
            ssize t = *a;
            *a = *b;
            *b = t;
        }
        return;
    }
    *a = -1;
    *b = -1;
}

int match(State& st) {
    st.ptr = st.start;
    st.resetCaptures();
    switch (st.width) {
        case 1: return run<uint8_t>(st, 0, true);
        case 2: return run<uint16_t>(st, 0, true);
        default: return run<uint32_t>(st, 0, true);
    }
}

int search(State& st) {
    st.resetCaptures();
    switch (st.width) {
        case 1: return searchImpl<uint8_t>(st);
        case 2: return searchImpl<uint16_t>(st);
        default: return searchImpl<uint32_t>(st);
    }
}

}  // namespace krait::sre
