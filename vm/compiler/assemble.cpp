// The assembler: turns a Unit's control-flow graph into a code object.
// Steps: (1) flow analysis from the entry block computing each block's stack depth at entry
// (handlers reached through SETUP_* get the depth the handler sees) and the max depth;
// (2) labelling every instruction with its innermost exception handler by walking the CFG
// with a stack of active handlers (SETUP_* push, POP_BLOCK pops); (3) dropping unreachable
// blocks and pseudo instructions, choosing jump directions, computing offsets; (4) emitting
// code units, per-unit positions and the exception table (runs of equal handlers).
#include <algorithm>
#include <cassert>

#include "compiler/compiler_impl.h"
#include "objects/bytes.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace krait::compiler {

bool isJumpOp(int op) {
    if (op >= kPseudoBase) return op == kJump || op == kJumpNoInterrupt;
    if (op >= int(Op::kCount)) return false;
    return (kOpInfo[op].flags & opflags::J) != 0;
}

bool isUncondJumpOrExit(int op) {
    switch (op) {
    case kJump:
    case kJumpNoInterrupt:
    case int(Op::JUMP_FORWARD):
    case int(Op::JUMP_BACKWARD):
    case int(Op::JUMP_BACKWARD_NO_INTERRUPT):
    case int(Op::RETURN_VALUE):
    case int(Op::RETURN_CONST):
    case int(Op::RAISE_VARARGS):
    case int(Op::RERAISE):
        return true;
    default:
        return false;
    }
}

static bool isBlockPush(int op) {
    return op == kSetupFinally || op == kSetupCleanup || op == kSetupWith;
}

int stackEffect(int op, int arg, bool jump) {
    switch (op) {
    case kSetupFinally: return jump ? 1 : 0;
    case kSetupCleanup: return jump ? 2 : 0;
    case kSetupWith: return jump ? 1 : 0;
    case kPopBlock: return 0;
    case kJump:
    case kJumpNoInterrupt: return 0;
    default: break;
    }
    switch (Op(op)) {
    case Op::NOP:
    case Op::CACHE:
    case Op::RESUME: return 0;
    case Op::POP_TOP: return -1;
    case Op::PUSH_NULL: return 1;
    case Op::COPY: return 1;
    case Op::SWAP: return 0;
    case Op::LOAD_CONST:
    case Op::LOAD_FAST:
    case Op::LOAD_FAST_CHECK:
    case Op::LOAD_NAME:
    case Op::LOAD_CLOSURE:
    case Op::LOAD_DEREF:
    case Op::LOAD_CLASSDEREF: return 1;
    case Op::STORE_FAST:
    case Op::STORE_NAME:
    case Op::STORE_GLOBAL:
    case Op::STORE_DEREF: return -1;
    case Op::DELETE_FAST:
    case Op::DELETE_NAME:
    case Op::DELETE_GLOBAL:
    case Op::DELETE_DEREF:
    case Op::MAKE_CELL:
    case Op::COPY_FREE_VARS: return 0;
    case Op::LOAD_GLOBAL: return 1 + (arg & 1);
    case Op::LOAD_ATTR: return 0;
    case Op::STORE_ATTR: return -2;
    case Op::DELETE_ATTR: return -1;
    case Op::LOAD_METHOD: return 1;
    case Op::UNARY_POSITIVE:
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_NOT:
    case Op::UNARY_INVERT: return 0;
    case Op::BINARY_OP:
    case Op::COMPARE_OP:
    case Op::IS_OP:
    case Op::CONTAINS_OP:
    case Op::BINARY_SUBSCR: return -1;
    case Op::STORE_SUBSCR: return -3;
    case Op::DELETE_SUBSCR: return -2;
    case Op::BUILD_SLICE:
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_STRING: return 1 - arg;
    case Op::BUILD_MAP: return 1 - 2 * arg;
    case Op::BUILD_CONST_KEY_MAP: return -arg;
    case Op::LIST_APPEND:
    case Op::SET_ADD: return -1;
    case Op::MAP_ADD: return -2;
    case Op::LIST_EXTEND:
    case Op::SET_UPDATE:
    case Op::DICT_UPDATE:
    case Op::DICT_MERGE: return -1;
    case Op::LIST_TO_TUPLE: return 0;
    case Op::UNPACK_SEQUENCE: return arg - 1;
    case Op::UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case Op::FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case Op::GET_ITER:
    case Op::GET_YIELD_FROM_ITER: return 0;
    case Op::FOR_ITER: return jump ? -1 : 1;
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
    case Op::JUMP_BACKWARD_NO_INTERRUPT: return 0;
    case Op::POP_JUMP_IF_FALSE:
    case Op::POP_JUMP_IF_TRUE:
    case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE: return -1;
    case Op::JUMP_IF_FALSE_OR_POP:
    case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op::RETURN_VALUE: return -1;
    case Op::RETURN_CONST: return 0;
    case Op::RETURN_GENERATOR: return 1;   // the first send() value, popped by the POP_TOP
    case Op::YIELD_VALUE: return 0;
    case Op::SEND: return jump ? -1 : 0;
    case Op::ASYNC_GEN_WRAP:
    case Op::GET_AWAITABLE:
    case Op::GET_AITER: return 0;
    case Op::GET_ANEXT: return 1;
    case Op::END_ASYNC_FOR: return -2;
    case Op::BEFORE_ASYNC_WITH:
    case Op::BEFORE_WITH: return 1;
    case Op::WITH_EXCEPT_START: return 1;
    case Op::PUSH_EXC_INFO: return 1;
    case Op::POP_EXCEPT: return -1;
    case Op::CHECK_EXC_MATCH:
    case Op::CHECK_EG_MATCH: return 0;
    case Op::PREP_RERAISE_STAR: return -1;
    case Op::RERAISE: return -1;
    case Op::RAISE_VARARGS: return -arg;
    case Op::LOAD_ASSERTION_ERROR:
    case Op::LOAD_BUILD_CLASS: return 1;
    case Op::SETUP_ANNOTATIONS: return 0;
    case Op::PRINT_EXPR: return -1;
    case Op::IMPORT_NAME: return -1;
    case Op::IMPORT_FROM: return 1;
    case Op::IMPORT_STAR: return -1;
    case Op::MAKE_FUNCTION:
        return -(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0) + ((arg & 8) != 0));
    case Op::KW_NAMES: return 0;
    case Op::CALL: return -(arg + 1);
    case Op::CALL_FUNCTION_EX: return -2 - (arg & 1);
    case Op::GET_LEN:
    case Op::MATCH_MAPPING:
    case Op::MATCH_SEQUENCE:
    case Op::MATCH_KEYS: return 1;
    case Op::MATCH_CLASS: return -2;
    case Op::kCount: break;
    default: break;   // specialized forms: never emitted by the compiler
    }
    return 0;
}

namespace {

// Flow analysis: entry depths and the maximum depth. Marks reachable blocks.
int computeStackDepth(Unit& u) {
    std::vector<Block>& blocks = u.blocks;
    std::vector<int> work;
    int maxDepth = 0;
    auto push = [&](int b, int depth) {
        if (blocks[b].startDepth < 0) {
            blocks[b].startDepth = depth;
            blocks[b].reachable = true;
            work.push_back(b);
        }
        // Inconsistent depths would be a compiler bug; keep the first one.
    };
    if (u.layout.empty()) return 0;
    push(u.layout[0], 0);
    while (!work.empty()) {
        int bi = work.back();
        work.pop_back();
        int depth = blocks[bi].startDepth;
        bool fallthrough = true;
        for (const Instr& in : blocks[bi].instrs) {
            if (in.target >= 0) {
                int td = depth + stackEffect(in.op, in.arg, true);
                if (td > maxDepth) maxDepth = td;
                push(in.target, td);
            }
            depth += stackEffect(in.op, in.arg, false);
            if (depth > maxDepth) maxDepth = depth;
            if (isUncondJumpOrExit(in.op)) {
                fallthrough = false;
                break;
            }
        }
        if (fallthrough) {
            int pos = blocks[bi].layoutPos;
            if (pos + 1 < int(u.layout.size())) push(u.layout[pos + 1], depth);
        }
    }
    return maxDepth;
}

// Assigns Instr::handler by propagating the stack of active SETUP_* handlers along the CFG.
void labelExceptionTargets(Unit& u) {
    std::vector<Block>& blocks = u.blocks;
    std::vector<std::vector<int>> stacks(blocks.size());
    std::vector<bool> visited(blocks.size(), false);
    std::vector<int> work;
    if (u.layout.empty()) return;
    int entry = u.layout[0];
    visited[entry] = true;
    work.push_back(entry);
    while (!work.empty()) {
        int bi = work.back();
        work.pop_back();
        std::vector<int> stack = stacks[bi];
        bool fallthrough = true;
        for (Instr& in : blocks[bi].instrs) {
            int handler = stack.empty() ? -1 : stack.back();
            if (isBlockPush(in.op)) {
                if (!visited[in.target]) {
                    visited[in.target] = true;
                    stacks[in.target] = stack;
                    work.push_back(in.target);
                }
                if (in.op != kSetupFinally) blocks[in.target].preserveLasti = true;
                stack.push_back(in.target);
                in.handler = -1;
            } else if (in.op == kPopBlock) {
                if (!stack.empty()) stack.pop_back();
                in.handler = -1;
            } else {
                in.handler = handler;
                if (in.target >= 0 && !visited[in.target]) {
                    visited[in.target] = true;
                    stacks[in.target] = stack;
                    work.push_back(in.target);
                }
            }
            if (isUncondJumpOrExit(in.op)) {
                fallthrough = false;
                break;
            }
        }
        if (fallthrough) {
            int pos = blocks[bi].layoutPos;
            if (pos + 1 < int(u.layout.size())) {
                int next = u.layout[pos + 1];
                if (!visited[next]) {
                    visited[next] = true;
                    stacks[next] = stack;
                    work.push_back(next);
                }
            }
        }
    }
}

int instrSize(int op) { return 1 + kOpInfo[op].caches; }

}  // namespace

Object* assembleUnit(Unit& u, Object* filename) {
    for (size_t i = 0; i < u.layout.size(); ++i) u.blocks[u.layout[i]].layoutPos = int(i);
    int maxDepth = computeStackDepth(u);
    labelExceptionTargets(u);

    // Keep reachable blocks only; drop pseudo instructions and NOPs; resolve jump opcodes.
    std::vector<int> layout;
    for (int b : u.layout)
        if (u.blocks[b].reachable) layout.push_back(b);
    for (size_t i = 0; i < layout.size(); ++i) u.blocks[layout[i]].layoutPos = int(i);
    for (int b : layout) {
        std::vector<Instr>& ins = u.blocks[b].instrs;
        std::vector<Instr> out;
        out.reserve(ins.size());
        for (Instr& in : ins) {
            if (in.op == int(Op::NOP) || isBlockPush(in.op) || in.op == kPopBlock) {
                // A NOP keeps its line only when nothing else marks it; drop it.
                continue;
            }
            if (in.op == kJump || in.op == kJumpNoInterrupt) {
                bool backward = u.blocks[in.target].layoutPos <= u.blocks[b].layoutPos;
                if (!backward) {
                    in.op = int(Op::JUMP_FORWARD);
                } else {
                    in.op = in.op == kJump ? int(Op::JUMP_BACKWARD)
                                           : int(Op::JUMP_BACKWARD_NO_INTERRUPT);
                }
            }
            out.push_back(in);
        }
        ins.swap(out);
    }
    // Remove forward jumps to the immediately following code.
    for (size_t i = 0; i < layout.size(); ++i) {
        std::vector<Instr>& ins = u.blocks[layout[i]].instrs;
        if (ins.empty() || ins.back().op != int(Op::JUMP_FORWARD)) continue;
        int t = u.blocks[ins.back().target].layoutPos;
        bool onlyEmpty = t > int(i);
        for (int j = int(i) + 1; j < t && onlyEmpty; ++j)
            if (!u.blocks[layout[j]].instrs.empty()) onlyEmpty = false;
        if (onlyEmpty) ins.pop_back();
    }

    // Offsets.
    int offset = 0;
    for (int b : layout) {
        u.blocks[b].offset = offset;
        for (const Instr& in : u.blocks[b].instrs) offset += instrSize(in.op);
    }

    auto* code = new std::vector<CodeUnit>();
    auto* positions = new std::vector<Position>();
    auto* table = new std::vector<ExceptionEntry>();
    code->reserve(size_t(offset));
    positions->reserve(size_t(offset));
    Loc last{u.firstLineNo, u.firstLineNo, -1, -1};
    int curHandler = -1;
    uint32_t runStart = 0;
    auto closeRun = [&](uint32_t end) {
        if (curHandler >= 0 && end > runStart) {
            const Block& h = u.blocks[curHandler];
            int depth = h.startDepth - 1 - (h.preserveLasti ? 1 : 0);
            if (depth < 0) depth = 0;
            table->push_back(ExceptionEntry{runStart, end, uint32_t(h.offset), uint32_t(depth),
                                            h.preserveLasti});
        }
    };
    for (int b : layout) {
        for (const Instr& in : u.blocks[b].instrs) {
            uint32_t here = uint32_t(code->size());
            if (in.handler != curHandler) {
                closeRun(here);
                curHandler = in.handler;
                runStart = here;
            }
            uint32_t arg = in.target >= 0 ? uint32_t(u.blocks[in.target].offset)
                                          : uint32_t(in.arg);
            code->push_back(makeUnit(Op(in.op), arg & kMaxOparg));
            Loc loc = in.loc;
            if (loc.line < 0) loc = last;
            else last = loc;
            Position p{loc.line < 0 ? 0 : loc.line, loc.endLine < 0 ? 0 : loc.endLine, loc.col,
                       loc.endCol};
            positions->push_back(p);
            for (int c = 0; c < kOpInfo[in.op].caches; ++c) {
                code->push_back(makeUnit(Op::CACHE, 0));
                positions->push_back(p);
            }
        }
    }
    closeRun(uint32_t(code->size()));

    // Tuples of constants and names.
    Ref<> consts = Ref<>::steal(tupleNew(ssize(u.consts.size())));
    Ref<> names = Ref<>::steal(tupleNew(ssize(u.names.size())));
    Ref<> lpNames = Ref<>::steal(tupleNew(ssize(u.localsplus.size())));
    if (!consts || !names || !lpNames) {
        delete code;
        delete positions;
        delete table;
        return nullptr;
    }
    for (size_t i = 0; i < u.consts.size(); ++i)
        tupleSetItemSteal(consts.get(), ssize(i), newRef(u.consts[i].get()));
    for (size_t i = 0; i < u.names.size(); ++i)
        tupleSetItemSteal(names.get(), ssize(i), newRef(strIntern(u.names[i])));
    for (size_t i = 0; i < u.localsplus.size(); ++i)
        tupleSetItemSteal(lpNames.get(), ssize(i), newRef(strIntern(u.localsplus[i])));
    Ref<> kinds = Ref<>::steal(bytesFromStd(std::string_view(
        reinterpret_cast<const char*>(u.kinds.data()), u.kinds.size())));
    Ref<> name = Ref<>::steal(strFromUtf8(u.name));
    Ref<> qualname = Ref<>::steal(strFromUtf8(u.qualname));
    if (!kinds || !name || !qualname) {
        delete code;
        delete positions;
        delete table;
        return nullptr;
    }
    return codeNew(u.argcount, u.posonly, u.kwonly, u.flags, maxDepth, u.firstLineNo, code,
                   consts.get(), names.get(), lpNames.get(), kinds.get(), filename, name.get(),
                   qualname.get(), table, positions);
}

}  // namespace krait::compiler
