// Pattern matching (match statements), as CPython 3.11's compiler_match / compiler_pattern.
// Invariant while compiling a pattern: the subject is on top of the stack, with pc.onTop items
// above the names already captured (pc.stores, kept on the stack until the whole case matched).
// A failing check jumps to failPop[n], which pops the n items (captures and temporaries) and
// falls into the next case.
#include <algorithm>

#include "compiler/codegen.h"
#include "core/abstract.h"
#include "core/errors.h"
#include "core/types.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace krait::compiler {

using namespace krait::ast;

namespace {

bool isWildcard(Pattern* p) {
    return p->kind == PatternKind::MatchAs && static_cast<MatchAs*>(p)->pattern == nullptr &&
           static_cast<MatchAs*>(p)->name.empty();
}
// Literal forms the parser allows in value patterns and mapping keys (before folding).
bool isLiteralValue(Expr* e) {
    switch (e->kind) {
    case ExprKind::Constant: return true;
    case ExprKind::UnaryOp:
        return static_cast<UnaryOp*>(e)->op == UnaryOperator::USub &&
               isLiteralValue(static_cast<UnaryOp*>(e)->operand);
    case ExprKind::BinOp: {
        auto* b = static_cast<ast::BinOp*>(e);
        return (b->op == Operator::Add || b->op == Operator::Sub) && isLiteralValue(b->left) &&
               isLiteralValue(b->right);
    }
    default: return false;
    }
}
bool isWildcardStar(Pattern* p) {
    return p->kind == PatternKind::MatchStar && static_cast<MatchStar*>(p)->name.empty();
}

}  // namespace

void CodeGen::ensureFailPop(PatternContext& pc, int n) {
    while (int(pc.failPop.size()) < n + 1) pc.failPop.push_back(newBlock());
}

bool CodeGen::jumpToFailPop(PatternContext& pc, int op) {
    int pops = pc.onTop + int(pc.stores.size());
    ensureFailPop(pc, pops);
    emitJump(op, pc.failPop[size_t(pops)]);
    return true;
}

void CodeGen::emitAndResetFailPop(PatternContext& pc) {
    if (pc.failPop.empty()) return;
    for (size_t i = pc.failPop.size() - 1; i > 0; --i) {
        useBlock(pc.failPop[i]);
        emit(Op::POP_TOP);
    }
    useBlock(pc.failPop[0]);
    pc.failPop.clear();
}

bool CodeGen::patternHelperRotate(int count) {
    while (count > 1) emit(Op::SWAP, count--);
    return true;
}

bool CodeGen::patternHelperStoreName(const std::string& name, PatternContext& pc, Pattern* p) {
    (void)p;
    if (name.empty()) {
        emit(Op::POP_TOP);
        return true;
    }
    if (!forbiddenName(name, ExprContext::Store)) return false;
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
        return error("multiple assignments to name '" + name + "' in pattern");
    patternHelperRotate(pc.onTop + int(pc.stores.size()) + 1);
    pc.stores.push_back(name);
    return true;
}

bool CodeGen::patternUnpackHelper(const std::vector<Pattern*>& elts) {
    size_t n = elts.size();
    bool seenStar = false;
    for (size_t i = 0; i < n; ++i) {
        Pattern* e = elts[i];
        if (e->kind == PatternKind::MatchStar && !seenStar) {
            if (i >= (1u << 8) || n - i - 1 >= (1u << 16))
                return error("too many expressions in star-unpacking sequence pattern");
            emit(Op::UNPACK_EX, int(i + ((n - i - 1) << 8)));
            seenStar = true;
        } else if (e->kind == PatternKind::MatchStar) {
            return error("multiple starred expressions in sequence pattern");
        }
    }
    if (!seenStar) emit(Op::UNPACK_SEQUENCE, int(n));
    return true;
}

bool CodeGen::patternSubpattern(Pattern* p, PatternContext& pc) {
    bool allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    if (!compilePattern(p, pc)) return false;
    pc.allowIrrefutable = allow;
    return true;
}

bool CodeGen::patternHelperSequenceUnpack(const std::vector<Pattern*>& patterns, int star,
                                          PatternContext& pc) {
    (void)star;
    if (!patternUnpackHelper(patterns)) return false;
    int size = int(patterns.size());
    pc.onTop += size;
    for (int i = 0; i < size; ++i) {
        pc.onTop--;
        if (!patternSubpattern(patterns[size_t(i)], pc)) return false;
    }
    return true;
}

bool CodeGen::patternHelperSequenceSubscr(const std::vector<Pattern*>& patterns, int star,
                                          PatternContext& pc) {
    pc.onTop++;
    int size = int(patterns.size());
    for (int i = 0; i < size; ++i) {
        Pattern* p = patterns[size_t(i)];
        if (isWildcard(p) || i == star) continue;
        emit(Op::COPY, 1);
        if (i < star) {
            loadConst(Ref<>::steal(intFromInt64(i)));
        } else {
            emit(Op::GET_LEN);
            loadConst(Ref<>::steal(intFromInt64(size - i)));
            emit(Op::BINARY_OP, int(krait::BinOp::Subtract));
        }
        emit(Op::BINARY_SUBSCR);
        if (!patternSubpattern(p, pc)) return false;
    }
    pc.onTop--;
    emit(Op::POP_TOP);
    return true;
}

bool CodeGen::compilePattern(Pattern* p, PatternContext& pc) {
    setLoc(p);
    switch (p->kind) {
    case PatternKind::MatchValue: {
        Expr* v = static_cast<MatchValue*>(p)->value;
        if (v->kind != ExprKind::Attribute && !isLiteralValue(v))
            return error("patterns may only match literals and attribute lookups");
        if (!visitExpr(v)) return false;
        emit(Op::COMPARE_OP, int(CompareOp::Eq));
        return jumpToFailPop(pc, int(Op::POP_JUMP_IF_FALSE));
    }
    case PatternKind::MatchSingleton: {
        Ref<> v = constantValue(static_cast<MatchSingleton*>(p)->value);
        if (!v) return false;
        loadConst(std::move(v));
        emit(Op::IS_OP, 0);
        return jumpToFailPop(pc, int(Op::POP_JUMP_IF_FALSE));
    }
    case PatternKind::MatchSequence: {
        const std::vector<Pattern*>& patterns = static_cast<MatchSequence*>(p)->patterns;
        int size = int(patterns.size());
        int star = -1;
        bool onlyWildcard = true, starWildcard = false;
        for (int i = 0; i < size; ++i) {
            Pattern* q = patterns[size_t(i)];
            if (q->kind == PatternKind::MatchStar) {
                if (star >= 0) return error("multiple starred names in sequence pattern");
                starWildcard = isWildcardStar(q);
                onlyWildcard = onlyWildcard && starWildcard;
                star = i;
                continue;
            }
            onlyWildcard = onlyWildcard && isWildcard(q);
        }
        pc.onTop++;
        emit(Op::MATCH_SEQUENCE);
        jumpToFailPop(pc, int(Op::POP_JUMP_IF_FALSE));
        if (star < 0) {
            emit(Op::GET_LEN);
            loadConst(Ref<>::steal(intFromInt64(size)));
            emit(Op::COMPARE_OP, int(CompareOp::Eq));
            jumpToFailPop(pc, int(Op::POP_JUMP_IF_FALSE));
        } else if (size - 1 > 0) {
            emit(Op::GET_LEN);
            loadConst(Ref<>::steal(intFromInt64(size - 1)));
            emit(Op::COMPARE_OP, int(CompareOp::Ge));
            jumpToFailPop(pc, int(Op::POP_JUMP_IF_FALSE));
        }
        pc.onTop--;
        if (onlyWildcard) {
            emit(Op::POP_TOP);
            return true;
        }
        if (starWildcard) return patternHelperSequenceSubscr(patterns, star, pc);
        return patternHelperSequenceUnpack(patterns, star, pc);
    }
    case PatternKind::MatchStar:
        return patternHelperStoreName(static_cast<MatchStar*>(p)->name, pc, p);
    case PatternKind::MatchAs: {
        auto* m = static_cast<MatchAs*>(p);
        if (m->pattern == nullptr) {
            if (!pc.allowIrrefutable) {
                if (!m->name.empty())
                    return error("name capture '" + m->name +
                                 "' makes remaining patterns unreachable");
                return error("wildcard makes remaining patterns unreachable");
            }
            return patternHelperStoreName(m->name, pc, p);
        }
        pc.onTop++;
        emit(Op::COPY, 1);
        if (!compilePattern(m->pattern, pc)) return false;
        pc.onTop--;
        return patternHelperStoreName(m->name, pc, p);
    }
    case PatternKind::MatchMapping: {
        auto* m = static_cast<MatchMapping*>(p);
        size_t size = m->keys.size();
        if (size != m->patterns.size())
            return error("keys / patterns length mismatch in mapping pattern");
        bool hasRest = !m->rest.empty();
        pc.onTop++;
        emit(Op::MATCH_MAPPING);
        jumpToFailPop(pc, int(Op::POP_JUMP_IF_FALSE));
        if (!size && !hasRest) {
            pc.onTop--;
            emit(Op::POP_TOP);
            return true;
        }
        if (size) {
            emit(Op::GET_LEN);
            loadConst(Ref<>::steal(intFromInt64(int64_t(size))));
            emit(Op::COMPARE_OP, int(CompareOp::Ge));
            jumpToFailPop(pc, int(Op::POP_JUMP_IF_FALSE));
        }
        Ref<> seen = Ref<>::steal(setNew(nullptr));
        if (!seen) return false;
        for (size_t i = 0; i < size; ++i) {
            Expr* key = m->keys[i];
            if (key->kind != ExprKind::Attribute) {
                if (!isLiteralValue(key))
                    return error(
                        "mapping pattern keys may only match literals and attribute lookups");
                Ref<> c = foldConstant(key);
                if (!c) {
                    if (!visitExpr(key)) return false;
                    continue;
                }
                int in = setContains(seen.get(), c.get());
                if (in < 0) return false;
                if (in) {
                    Object* r = repr(c.get());
                    if (!r) return false;
                    std::string rs(strView(r));
                    decref(r);
                    setLoc(p);
                    return error("mapping pattern checks duplicate key (" + rs + ")");
                }
                if (setAdd(seen.get(), c.get()) < 0) return false;
            }
            if (!visitExpr(key)) return false;
        }
        emit(Op::BUILD_TUPLE, int(size));
        emit(Op::MATCH_KEYS);
        pc.onTop += 2;
        emit(Op::COPY, 1);
        loadNone();
        emit(Op::IS_OP, 1);
        jumpToFailPop(pc, int(Op::POP_JUMP_IF_FALSE));
        emit(Op::UNPACK_SEQUENCE, int(size));
        pc.onTop += int(size) - 1;
        for (size_t i = 0; i < size; ++i) {
            pc.onTop--;
            if (!patternSubpattern(m->patterns[i], pc)) return false;
        }
        pc.onTop -= 2;
        if (hasRest) {
            emit(Op::BUILD_MAP, 0);
            emit(Op::SWAP, 3);
            emit(Op::DICT_UPDATE, 2);
            emit(Op::UNPACK_SEQUENCE, int(size));
            int sz = int(size);
            while (sz) {
                emit(Op::COPY, 1 + sz--);
                emit(Op::SWAP, 2);
                emit(Op::DELETE_SUBSCR);
            }
            return patternHelperStoreName(m->rest, pc, p);
        }
        emit(Op::POP_TOP);
        emit(Op::POP_TOP);
        return true;
    }
    case PatternKind::MatchClass: {
        auto* m = static_cast<MatchClass*>(p);
        size_t nargs = m->patterns.size(), nattrs = m->kwdAttrs.size();
        if (nattrs != m->kwdPatterns.size())
            return error("kwd_attrs / kwd_patterns length mismatch in class pattern");
        for (size_t i = 0; i < nattrs; ++i) {
            setLoc(m->kwdPatterns[i]);
            if (!forbiddenName(m->kwdAttrs[i], ExprContext::Store)) return false;
            for (size_t j = i + 1; j < nattrs; ++j) {
                if (m->kwdAttrs[i] == m->kwdAttrs[j]) {
                    setLoc(m->kwdPatterns[j]);
                    return error("attribute name repeated in class pattern: " + m->kwdAttrs[i]);
                }
            }
        }
        setLoc(p);
        if (!visitExpr(m->cls)) return false;
        Ref<> names = Ref<>::steal(tupleNew(ssize(nattrs)));
        if (!names) return false;
        for (size_t i = 0; i < nattrs; ++i) {
            Object* s = strFromUtf8(m->kwdAttrs[i]);
            if (!s) return false;
            tupleSetItemSteal(names.get(), ssize(i), s);
        }
        loadConst(std::move(names));
        emit(Op::MATCH_CLASS, int(nargs));
        emit(Op::COPY, 1);
        loadNone();
        emit(Op::IS_OP, 1);
        pc.onTop++;
        jumpToFailPop(pc, int(Op::POP_JUMP_IF_FALSE));
        emit(Op::UNPACK_SEQUENCE, int(nargs + nattrs));
        pc.onTop += int(nargs + nattrs) - 1;
        for (size_t i = 0; i < nargs + nattrs; ++i) {
            pc.onTop--;
            Pattern* q = i < nargs ? m->patterns[i] : m->kwdPatterns[i - nargs];
            if (isWildcard(q)) {
                emit(Op::POP_TOP);
                continue;
            }
            if (!patternSubpattern(q, pc)) return false;
        }
        return true;
    }
    case PatternKind::MatchOr: {
        auto* m = static_cast<MatchOr*>(p);
        int end = newBlock();
        size_t size = m->patterns.size();
        PatternContext old = pc;
        std::vector<std::string> control;
        for (size_t i = 0; i < size; ++i) {
            Pattern* alt = m->patterns[i];
            setLoc(alt);
            pc.stores.clear();
            pc.allowIrrefutable = (i == size - 1) && old.allowIrrefutable;
            pc.failPop.clear();
            pc.onTop = 0;
            emit(Op::COPY, 1);
            if (!compilePattern(alt, pc)) return false;
            size_t nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                return error("alternative patterns bind different names");
            } else if (nstores) {
                for (size_t ic = nstores; ic-- > 0;) {
                    const std::string& name = control[ic];
                    auto it = std::find(pc.stores.begin(), pc.stores.end(), name);
                    if (it == pc.stores.end())
                        return error("alternative patterns bind different names");
                    size_t is = size_t(it - pc.stores.begin());
                    if (ic != is) {
                        size_t rotations = is + 1;
                        std::vector<std::string> rotated(pc.stores.begin(),
                                                         pc.stores.begin() + long(rotations));
                        pc.stores.erase(pc.stores.begin(), pc.stores.begin() + long(rotations));
                        pc.stores.insert(pc.stores.begin() + long(ic - is), rotated.begin(),
                                         rotated.end());
                        while (rotations--) patternHelperRotate(int(ic) + 1);
                    }
                }
            }
            emitJump(kJump, end);
            emitAndResetFailPop(pc);
        }
        pc = old;
        emit(Op::POP_TOP);
        jumpToFailPop(pc, kJump);
        useBlock(end);
        size_t nstores = control.size();
        int nrots = int(nstores) + 1 + pc.onTop + int(pc.stores.size());
        for (size_t i = 0; i < nstores; ++i) {
            patternHelperRotate(nrots);
            const std::string& name = control[i];
            if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
                return error("multiple assignments to name '" + name + "' in pattern");
            pc.stores.push_back(name);
        }
        emit(Op::POP_TOP);
        return true;
    }
    }
    return true;
}

bool CodeGen::compileMatch(Match* s) {
    if (!visitExpr(s->subject)) return false;
    int end = newBlock();
    size_t cases = s->cases.size();
    MatchCase* last = s->cases[cases - 1];
    bool hasDefault = isWildcard(last->pattern) && cases > 1;
    size_t n = cases - (hasDefault ? 1 : 0);
    for (size_t i = 0; i < n; ++i) {
        MatchCase* m = s->cases[i];
        setLoc(m->pattern);
        if (i != n - 1) emit(Op::COPY, 1);
        PatternContext pc;
        pc.allowIrrefutable = m->guard != nullptr || i == cases - 1;
        if (!compilePattern(m->pattern, pc)) return false;
        for (const std::string& name : pc.stores)
            if (!nameOp(name, ExprContext::Store)) return false;
        if (m->guard) {
            ensureFailPop(pc, 0);
            if (!jumpIf(m->guard, pc.failPop[0], false)) return false;
        }
        if (i != n - 1) emit(Op::POP_TOP);
        if (!visitStmts(m->body)) return false;
        unsetLoc();
        emitJump(kJump, end);
        setLoc(m->pattern);
        emitAndResetFailPop(pc);
    }
    if (hasDefault) {
        MatchCase* m = last;
        setLoc(m->pattern);
        if (cases == 1) emit(Op::POP_TOP);
        else emit(Op::NOP);
        if (m->guard && !jumpIf(m->guard, end, false)) return false;
        if (!visitStmts(m->body)) return false;
    }
    useBlock(end);
    return true;
}

}  // namespace krait::compiler
