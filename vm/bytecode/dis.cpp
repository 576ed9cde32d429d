// Debugging disassembler (see dis.h).
#include "bytecode/dis.h"

#include <cstdio>
#include <set>

#include "bytecode/code.h"
#include "core/abstract.h"
#include "core/errors.h"
#include "core/types.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace krait {

namespace {

std::string reprOf(Object* o) {
    Object* r = repr(o);
    if (!r) {
        clearError();
        return "<?>";
    }
    std::string s(strView(r));
    decref(r);
    return s;
}

void disOne(CodeObject* co, std::string& out) {
    char buf[256];
    std::snprintf(buf, sizeof buf, "Disassembly of %s (argcount=%d, stacksize=%d, flags=0x%x):\n",
                  strUtf8(co->qualname), int(co->argCount), int(co->stackSize),
                  unsigned(co->flags));
    out += buf;
    const std::vector<CodeUnit>& code = *co->code;
    std::set<uint32_t> targets;
    // Walk by instruction size: cache units hold counters and versions, not opcodes.
    for (size_t i = 0; i < code.size(); i += 1 + kOpInfo[int(unitOp(code[i]))].caches) {
        Op op = unitOp(code[i]);
        if (kOpInfo[int(op)].flags & opflags::J) targets.insert(unitArg(code[i]));
    }
    for (const ExceptionEntry& e : *co->exceptionTable) targets.insert(e.target);
    int lastLine = -1;
    for (size_t i = 0; i < code.size(); i += 1 + kOpInfo[int(unitOp(code[i]))].caches) {
        Op op = unitOp(code[i]);
        uint32_t arg = unitArg(code[i]);
        int line = i < co->positions->size() ? (*co->positions)[i].line : 0;
        std::string lineStr;
        if (line != lastLine) {
            lineStr = std::to_string(line);
            lastLine = line;
        }
        const OpInfo& info = kOpInfo[int(op)];
        std::snprintf(buf, sizeof buf, "%4s %2s %4zu %-24s", lineStr.c_str(),
                      targets.count(uint32_t(i)) ? ">>" : "", i, info.name);
        out += buf;
        if (info.flags & opflags::A) {
            std::snprintf(buf, sizeof buf, " %u", arg);
            out += buf;
            std::string detail;
            if ((info.flags & opflags::C) && arg < uint32_t(tupleSize(co->consts))) {
                detail = reprOf(tupleItem(co->consts, ssize(arg)));
            } else if (info.flags & opflags::N) {
                uint32_t ni = deoptOp(op) == Op::LOAD_GLOBAL ? arg >> 1 : arg;
                if (ni < uint32_t(tupleSize(co->names)))
                    detail = std::string(strView(tupleItem(co->names, ssize(ni))));
                if (deoptOp(op) == Op::LOAD_GLOBAL && (arg & 1)) detail = "NULL + " + detail;
            } else if ((info.flags & opflags::L) && arg < uint32_t(co->nLocalsPlus)) {
                detail = std::string(strView(tupleItem(co->localsPlusNames, ssize(arg))));
            } else if (info.flags & opflags::J) {
                detail = "to " + std::to_string(arg);
            }
            if (!detail.empty()) out += " (" + detail + ")";
        }
        out += "\n";
    }
    if (!co->exceptionTable->empty()) {
        out += "ExceptionTable:\n";
        for (const ExceptionEntry& e : *co->exceptionTable) {
            std::snprintf(buf, sizeof buf, "  %u to %u -> %u [%u]%s\n", e.start, e.end, e.target,
                          e.depth, e.lasti ? " lasti" : "");
            out += buf;
        }
    }
}

void disRec(CodeObject* co, std::string& out) {
    disOne(co, out);
    for (ssize i = 0; i < tupleSize(co->consts); ++i) {
        Object* c = tupleItem(co->consts, i);
        if (c->type == &CodeType) {
            out += "\n";
            disRec(asCode(c), out);
        }
    }
}

}  // namespace

std::string disassemble(Object* code) {
    std::string out;
    if (!code || code->type != &CodeType) return "<not a code object>\n";
    disRec(asCode(code), out);
    return out;
}

}  // namespace krait
