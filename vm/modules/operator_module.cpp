// The _operator module: the operator functions (add ... xor, their in-place forms, the
// comparisons, sequence helpers, length_hint, call, _compare_digest) and the itemgetter,
// attrgetter and methodcaller types with CPython 3.11's reprs, __reduce__ and messages.
// Lib/operator.py imports everything from here, so sorted(key=itemgetter(...)) calls the
// native itemgetter.
#include <string>
#include <string_view>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "interp/import.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/seq_util.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace krait {

extern Type ItemGetterType;
extern Type AttrGetterType;
extern Type MethodCallerType;

namespace {

using Args = Object* const*;

// Positional-only functions with a fixed argument count: "add expected 2 arguments, got 1" and
// "_operator.add() takes no keyword arguments".
bool fixedArgs(const char* name, size_t nargs, Object* kwnames, size_t n) {
    if (kwCount(kwnames) != 0) {
        std::string q = std::string("_operator.") + name;
        return checkNoKwargs(q.c_str(), kwnames);
    }
    if (nargs == n) return true;
    return checkArgCount(name, nargs, n, n);
}

// METH_O functions: "_operator.truth() takes exactly one argument (0 given)".
bool oneArg(const char* name, size_t nargs, Object* kwnames) {
    std::string q = std::string("_operator.") + name;
    if (!checkNoKwargs(q.c_str(), kwnames)) return false;
    if (nargs == 1) return true;
    setError(&ExcTypeError, "%s() takes exactly one argument (%zu given)", q.c_str(), nargs);
    return false;
}

#define KRAIT_OP_BINARY(fn, pyname, op)                                        \
    Object* fn(Object*, Args args, size_t nargs, Object* kwnames) {            \
        if (!fixedArgs(pyname, nargs, kwnames, 2)) return nullptr;             \
        return binaryOp(args[0], args[1], BinOp::op);                          \
    }
KRAIT_OP_BINARY(opAdd, "add", Add)
KRAIT_OP_BINARY(opSub, "sub", Subtract)
KRAIT_OP_BINARY(opMul, "mul", Multiply)
KRAIT_OP_BINARY(opMatmul, "matmul", MatrixMultiply)
KRAIT_OP_BINARY(opTruediv, "truediv", TrueDivide)
KRAIT_OP_BINARY(opFloordiv, "floordiv", FloorDivide)
KRAIT_OP_BINARY(opMod, "mod", Remainder)
KRAIT_OP_BINARY(opPow, "pow", Power)
KRAIT_OP_BINARY(opLshift, "lshift", Lshift)
KRAIT_OP_BINARY(opRshift, "rshift", Rshift)
KRAIT_OP_BINARY(opAnd, "and_", And)
KRAIT_OP_BINARY(opOr, "or_", Or)
KRAIT_OP_BINARY(opXor, "xor", Xor)
KRAIT_OP_BINARY(opIadd, "iadd", InplaceAdd)
KRAIT_OP_BINARY(opIsub, "isub", InplaceSubtract)
KRAIT_OP_BINARY(opImul, "imul", InplaceMultiply)
KRAIT_OP_BINARY(opImatmul, "imatmul", InplaceMatrixMultiply)
KRAIT_OP_BINARY(opItruediv, "itruediv", InplaceTrueDivide)
KRAIT_OP_BINARY(opIfloordiv, "ifloordiv", InplaceFloorDivide)
KRAIT_OP_BINARY(opImod, "imod", InplaceRemainder)
KRAIT_OP_BINARY(opIpow, "ipow", InplacePower)
KRAIT_OP_BINARY(opIlshift, "ilshift", InplaceLshift)
KRAIT_OP_BINARY(opIrshift, "irshift", InplaceRshift)
KRAIT_OP_BINARY(opIand, "iand", InplaceAnd)
KRAIT_OP_BINARY(opIor, "ior", InplaceOr)
KRAIT_OP_BINARY(opIxor, "ixor", InplaceXor)
#undef KRAIT_OP_BINARY

#define KRAIT_OP_COMPARE(fn, pyname, op)                                       \
    Object* fn(Object*, Args args, size_t nargs, Object* kwnames) {            \
        if (!fixedArgs(pyname, nargs, kwnames, 2)) return nullptr;             \
        return richCompare(args[0], args[1], CompareOp::op);                   \
    }
KRAIT_OP_COMPARE(opLt, "lt", Lt)
KRAIT_OP_COMPARE(opLe, "le", Le)
KRAIT_OP_COMPARE(opEq, "eq", Eq)
KRAIT_OP_COMPARE(opNe, "ne", Ne)
KRAIT_OP_COMPARE(opGt, "gt", Gt)
KRAIT_OP_COMPARE(opGe, "ge", Ge)
#undef KRAIT_OP_COMPARE

#define KRAIT_OP_UNARY(fn, pyname, expr)                                       \
    Object* fn(Object*, Args args, size_t nargs, Object* kwnames) {            \
        if (!oneArg(pyname, nargs, kwnames)) return nullptr;                   \
        return expr(args[0]);                                                  \
    }
KRAIT_OP_UNARY(opNeg, "neg", negative)
KRAIT_OP_UNARY(opPos, "pos", positive)
KRAIT_OP_UNARY(opAbs, "abs", absolute)
KRAIT_OP_UNARY(opInv, "inv", invert)
KRAIT_OP_UNARY(opInvert, "invert", invert)
KRAIT_OP_UNARY(opIndex, "index", numberIndex)
#undef KRAIT_OP_UNARY

Object* opTruth(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("truth", nargs, kwnames)) return nullptr;
    int v = isTrue(args[0]);
    if (v < 0) return nullptr;
    return newBool(v);
}

Object* opNot(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!oneArg("not_", nargs, kwnames)) return nullptr;
    int v = isTrue(args[0]);
    if (v < 0) return nullptr;
    return newBool(!v);
}

Object* opIs(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("is_", nargs, kwnames, 2)) return nullptr;
    return newBool(args[0] == args[1]);
}

Object* opIsNot(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("is_not", nargs, kwnames, 2)) return nullptr;
    return newBool(args[0] != args[1]);
}

// PySequence_Check: has __getitem__ and is not a dict.
bool isSequenceLike(Object* o) { return !isDict(o) && o->type->getItem != nullptr; }

Object* concatOp(const char* name, Args args, size_t nargs, Object* kwnames, BinOp op) {
    if (!fixedArgs(name, nargs, kwnames, 2)) return nullptr;
    if (!isSequenceLike(args[0]) || !isSequenceLike(args[1])) {
        return setError(&ExcTypeError, "'%s' object can't be concatenated",
                        typeName(args[0]->type));
    }
    return binaryOp(args[0], args[1], op);
}

Object* opConcat(Object*, Args args, size_t nargs, Object* kwnames) {
    return concatOp("concat", args, nargs, kwnames, BinOp::Add);
}

Object* opIconcat(Object*, Args args, size_t nargs, Object* kwnames) {
    return concatOp("iconcat", args, nargs, kwnames, BinOp::InplaceAdd);
}

Object* opContains(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("contains", nargs, kwnames, 2)) return nullptr;
    int v = contains(args[0], args[1]);
    if (v < 0) return nullptr;
    return newBool(v);
}

// countOf/indexOf: walk iter(seq) comparing by identity, then ==. Returns the count or the
// index, -1 when indexOf finds nothing, -2 on error.
ssize iterSearch(Object* seq, Object* item, bool count) {
    Ref<> it = Ref<>::steal(getIter(seq));
    if (!it) {
        if (errMatches(&ExcTypeError)) {
            clearError();
            setError(&ExcTypeError, "argument of type '%s' is not iterable", typeName(seq->type));
        }
        return -2;
    }
    ssize n = 0, i = 0;
    for (;; i++) {
        Ref<> x = Ref<>::steal(iterNext(it.get()));
        if (!x) break;
        int eq = x.get() == item ? 1 : richCompareBool(x.get(), item, CompareOp::Eq);
        if (eq < 0) return -2;
        if (eq) {
            if (!count) return i;
            n++;
        }
    }
    if (errOccurred()) return -2;
    return count ? n : -1;
}

Object* opCountOf(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("countOf", nargs, kwnames, 2)) return nullptr;
    ssize n = iterSearch(args[0], args[1], true);
    if (n < 0) return nullptr;
    return intFromSsize(n);
}

Object* opIndexOf(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("indexOf", nargs, kwnames, 2)) return nullptr;
    ssize n = iterSearch(args[0], args[1], false);
    if (n == -1) return setError(&ExcValueError, "sequence.index(x): x not in sequence");
    if (n < 0) return nullptr;
    return intFromSsize(n);
}

Object* opGetitem(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("getitem", nargs, kwnames, 2)) return nullptr;
    return getItem(args[0], args[1]);
}

Object* opSetitem(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("setitem", nargs, kwnames, 3)) return nullptr;
    if (setItem(args[0], args[1], args[2]) < 0) return nullptr;
    return newNone();
}

Object* opDelitem(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("delitem", nargs, kwnames, 2)) return nullptr;
    if (delItem(args[0], args[1]) < 0) return nullptr;
    return newNone();
}

// call(obj, /, *args, **kwargs)
Object* opCall(Object*, Args args, size_t nargs, Object* kwnames) {
    if (nargs < 1) {
        return setError(&ExcTypeError, "call() missing 1 required positional argument: 'obj'");
    }
    return call(args[0], args + 1, nargs - 1, kwnames);
}

// length_hint(obj, default=0, /): PyObject_LengthHint.
Object* opLengthHint(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("length_hint", kwnames) || !checkArgCount("length_hint", nargs, 1, 2))
        return nullptr;
    ssize deflt = 0;
    if (nargs == 2) {
        if (!isIndex(args[1])) {
            return setError(&ExcTypeError, "'%s' object cannot be interpreted as an integer",
                            typeName(args[1]->type));
        }
        deflt = asSsize(args[1], &ExcOverflowError);
        if (deflt == -1 && errOccurred()) return nullptr;
    }
    ssize n = lengthHint(args[0], deflt);
    if (n == -1 && errOccurred()) return nullptr;
    return intFromSsize(n);
}

// _compare_digest(a, b, /): constant-time comparison of two ASCII strs or two buffers (the
// time depends on the length of b only).
Object* opCompareDigest(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!fixedArgs("_compare_digest", nargs, kwnames, 2)) return nullptr;
    Object* a = args[0];
    Object* b = args[1];
    std::string sa, sb;
    std::string_view va, vb;
    if (isStr(a) && isStr(b)) {
        for (int k = 0; k < 2; k++) {
            Object* s = k == 0 ? a : b;
            ssize n = strLength(s);
            std::string& out = k == 0 ? sa : sb;
            out.reserve(static_cast<size_t>(n));
            for (ssize i = 0; i < n; i++) {
                uint32_t c = strCharAt(s, i);
                if (c > 127) {
                    return setError(&ExcTypeError,
                                    "comparing strings with non-ASCII characters is not "
                                    "supported");
                }
                out.push_back(static_cast<char>(c));
            }
        }
        va = sa;
        vb = sb;
    } else {
        // As CPython: "unsupported ..." when neither is a buffer, else the buffer error of
        // the first one that is not.
        bool okA = getBytesView(a, &va);
        if (!okA && !errMatches(&ExcTypeError)) return nullptr;
        clearError();
        bool okB = getBytesView(b, &vb);
        if (!okB && !errMatches(&ExcTypeError)) return nullptr;
        clearError();
        if (!okA && !okB) {
            return setError(&ExcTypeError,
                            "unsupported operand types(s) or combination of types: '%s' and "
                            "'%s'",
                            typeName(a->type), typeName(b->type));
        }
        if (!okA || !okB) {
            return setError(&ExcTypeError, "a bytes-like object is required, not '%s'",
                            typeName((okA ? b : a)->type));
        }
    }
    // Always walk b: compare against itself when the lengths differ.
    const unsigned char* left = reinterpret_cast<const unsigned char*>(
        va.size() == vb.size() ? va.data() : vb.data());
    const unsigned char* right = reinterpret_cast<const unsigned char*>(vb.data());
    unsigned result = va.size() == vb.size() ? 0 : 1;
    for (size_t i = 0; i < vb.size(); i++) result |= left[i] ^ right[i];
    return newBool(result == 0);
}

// ---- itemgetter ----
struct ItemGetterObject {
    Object ob;
    Object* items;   // tuple of the keys
};

ItemGetterObject* asItemGetter(Object* o) { return reinterpret_cast<ItemGetterObject*>(o); }

Object* itemGetterNew(Type* t, Object* args, Object* kwargs) {
    if (kwargs && dictSize(kwargs) != 0) {
        return setError(&ExcTypeError, "itemgetter() takes no keyword arguments");
    }
    ssize n = tupleSize(args);
    if (n < 1) return setError(&ExcTypeError, "itemgetter expected 1 argument, got 0");
    Object* o = allocObject(t);
    if (!o) return nullptr;
    asItemGetter(o)->items = newRef(args);
    return o;
}

Object* itemGetterCall(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("itemgetter", kwnames)) return nullptr;
    if (nargs != 1)
        return setError(&ExcTypeError, "itemgetter expected 1 argument, got %zu", nargs);
    Object* items = asItemGetter(self)->items;
    ssize n = tupleSize(items);
    Object* obj = args[0];
    if (n == 1) return getItem(obj, tupleItem(items, 0));
    Ref<> out = Ref<>::steal(tupleNew(n));
    if (!out) return nullptr;
    for (ssize i = 0; i < n; i++) {
        Object* v = getItem(obj, tupleItem(items, i));
        if (!v) return nullptr;
        asTuple(out.get())->items[i] = v;
    }
    return out.release();
}

// "operator.NAME(" + repr of each item joined by ", " + ")".
Object* reprCall(Object* self, const char* name, Object* const* items, ssize n,
                 Object* kwnames = nullptr, Object* const* kwvalues = nullptr) {
    int status = reprEnter(self);
    if (status < 0) return nullptr;
    if (status > 0) return strFromUtf8(std::string("operator.") + name + "(...)");
    if (!enterRecursiveCall(" while getting the repr of an object")) {
        reprLeave(self);
        return nullptr;
    }
    std::string s = std::string("operator.") + name + "(";
    bool ok = true;
    ssize nkw = kwnames ? tupleSize(kwnames) : 0;
    for (ssize i = 0; i < n + nkw && ok; i++) {
        if (i) s += ", ";
        Object* v = i < n ? items[i] : kwvalues[i - n];
        if (i >= n) {
            Object* key = tupleItem(kwnames, i - n);
            s += strView(key);
            s += "=";
        }
        Ref<> r = Ref<>::steal(repr(v));
        if (!r) {
            ok = false;
            break;
        }
        s += strView(r.get());
    }
    leaveRecursiveCall();
    reprLeave(self);
    if (!ok) return nullptr;
    s += ")";
    return strFromUtf8(s);
}

Object* itemGetterRepr(Object* self) {
    Object* items = asItemGetter(self)->items;
    return reprCall(self, "itemgetter", asTuple(items)->items, tupleSize(items));
}

Object* itemGetterReduce(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("__reduce__", kwnames) || !checkArgCount("__reduce__", nargs, 0, 0))
        return nullptr;
    return tuplePack({asObject(self->type), asItemGetter(self)->items});
}

void itemGetterTraverse(Object* self, VisitFn visit, void* arg) {
    if (asItemGetter(self)->items) visit(asItemGetter(self)->items, arg);
}

void itemGetterClear(Object* self) { clearRef(asItemGetter(self)->items); }

void itemGetterDealloc(Object* self) {
    itemGetterClear(self);
    freeObject(self);
}

const MethodDef kItemGetterMethods[] = {
    {"__reduce__", itemGetterReduce, 0, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- attrgetter ----
struct AttrGetterObject {
    Object ob;
    Object* names;   // tuple of the names as given (for repr and __reduce__)
    Object* parts;   // tuple of tuples: each name split at '.'
};

AttrGetterObject* asAttrGetter(Object* o) { return reinterpret_cast<AttrGetterObject*>(o); }

Object* attrGetterNew(Type* t, Object* args, Object* kwargs) {
    if (kwargs && dictSize(kwargs) != 0) {
        return setError(&ExcTypeError, "attrgetter() takes no keyword arguments");
    }
    ssize n = tupleSize(args);
    if (n < 1) return setError(&ExcTypeError, "attrgetter expected 1 argument, got 0");
    Ref<> parts = Ref<>::steal(tupleNew(n));
    if (!parts) return nullptr;
    for (ssize i = 0; i < n; i++) {
        Object* name = tupleItem(args, i);
        if (!isStr(name)) return setError(&ExcTypeError, "attribute name must be a string");
        std::string_view s = strView(name);
        std::vector<Object*> pieces;
        size_t start = 0;
        bool ok = true;
        for (;;) {
            size_t dot = s.find('.', start);
            std::string_view piece = s.substr(start, dot == std::string_view::npos
                                                         ? std::string_view::npos
                                                         : dot - start);
            Object* p = strIntern(piece);
            if (!p) {
                ok = false;
                break;
            }
            pieces.push_back(p);
            if (dot == std::string_view::npos) break;
            start = dot + 1;
        }
        Object* tup = ok ? tupleFromArray(pieces.data(), static_cast<ssize>(pieces.size()))
                         : nullptr;
        for (Object* p : pieces) decref(p);
        if (!tup) return nullptr;
        asTuple(parts.get())->items[i] = tup;
    }
    Object* o = allocObject(t);
    if (!o) return nullptr;
    asAttrGetter(o)->names = newRef(args);
    asAttrGetter(o)->parts = parts.release();
    return o;
}

Object* dottedGetAttr(Object* obj, Object* parts) {
    Ref<> cur = Ref<>::borrow(obj);
    for (ssize i = 0; i < tupleSize(parts); i++) {
        cur = Ref<>::steal(getAttr(cur.get(), tupleItem(parts, i)));
        if (!cur) return nullptr;
    }
    return cur.release();
}

Object* attrGetterCall(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("attrgetter", kwnames)) return nullptr;
    if (nargs != 1)
        return setError(&ExcTypeError, "attrgetter expected 1 argument, got %zu", nargs);
    Object* parts = asAttrGetter(self)->parts;
    ssize n = tupleSize(parts);
    if (n == 1) return dottedGetAttr(args[0], tupleItem(parts, 0));
    Ref<> out = Ref<>::steal(tupleNew(n));
    if (!out) return nullptr;
    for (ssize i = 0; i < n; i++) {
        Object* v = dottedGetAttr(args[0], tupleItem(parts, i));
        if (!v) return nullptr;
        asTuple(out.get())->items[i] = v;
    }
    return out.release();
}

Object* attrGetterRepr(Object* self) {
    Object* names = asAttrGetter(self)->names;
    return reprCall(self, "attrgetter", asTuple(names)->items, tupleSize(names));
}

Object* attrGetterReduce(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("__reduce__", kwnames) || !checkArgCount("__reduce__", nargs, 0, 0))
        return nullptr;
    return tuplePack({asObject(self->type), asAttrGetter(self)->names});
}

void attrGetterTraverse(Object* self, VisitFn visit, void* arg) {
    AttrGetterObject* g = asAttrGetter(self);
    if (g->names) visit(g->names, arg);
    if (g->parts) visit(g->parts, arg);
}

void attrGetterClear(Object* self) {
    clearRef(asAttrGetter(self)->names);
    clearRef(asAttrGetter(self)->parts);
}

void attrGetterDealloc(Object* self) {
    attrGetterClear(self);
    freeObject(self);
}

const MethodDef kAttrGetterMethods[] = {
    {"__reduce__", attrGetterReduce, 0, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- methodcaller ----
struct MethodCallerObject {
    Object ob;
    Object* name;      // str
    Object* args;      // tuple: the positional arguments, then the keyword values
    Object* kwnames;   // tuple of keyword names or null
    ssize nPos;
};

MethodCallerObject* asMethodCaller(Object* o) { return reinterpret_cast<MethodCallerObject*>(o); }

Object* methodCallerNew(Type* t, Object* args, Object* kwargs) {
    ssize n = tupleSize(args);
    if (n < 1) {
        return setError(&ExcTypeError,
                        "methodcaller needs at least one argument, the method name");
    }
    Object* name = tupleItem(args, 0);
    if (!isStr(name)) return setError(&ExcTypeError, "method name must be a string");
    std::vector<Object*> flat(asTuple(args)->items + 1, asTuple(args)->items + n);
    Ref<> kwnames;
    if (kwargs && dictSize(kwargs) != 0) {
        kwnames = Ref<>::steal(tupleNew(dictSize(kwargs)));
        if (!kwnames) return nullptr;
        ssize pos = 0, i = 0;
        Object *k, *v;
        while (dictNext(kwargs, &pos, &k, &v)) {
            asTuple(kwnames.get())->items[i++] = newRef(k);
            flat.push_back(v);
        }
    }
    Ref<> flatTuple = Ref<>::steal(tupleFromArray(flat.data(), static_cast<ssize>(flat.size())));
    if (!flatTuple) return nullptr;
    Ref<> interned = Ref<>::steal(strIntern(strView(name)));
    if (!interned) return nullptr;
    Object* o = allocObject(t);
    if (!o) return nullptr;
    MethodCallerObject* m = asMethodCaller(o);
    m->name = interned.release();
    m->args = flatTuple.release();
    m->kwnames = kwnames.release();
    m->nPos = n - 1;
    return o;
}

Object* methodCallerCall(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("methodcaller", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError, "methodcaller expected 1 argument, got %zu", nargs);
    }
    MethodCallerObject* m = asMethodCaller(self);
    Ref<> method = Ref<>::steal(getAttr(args[0], m->name));
    if (!method) return nullptr;
    return call(method.get(), asTuple(m->args)->items, static_cast<size_t>(m->nPos), m->kwnames);
}

Object* methodCallerRepr(Object* self) {
    MethodCallerObject* m = asMethodCaller(self);
    std::vector<Object*> items{m->name};
    items.insert(items.end(), asTuple(m->args)->items, asTuple(m->args)->items + m->nPos);
    return reprCall(self, "methodcaller", items.data(), static_cast<ssize>(items.size()),
                    m->kwnames, asTuple(m->args)->items + m->nPos);
}

// (methodcaller, (name, *args)) without keywords, else
// (functools.partial(methodcaller, name, **kwargs), args).
Object* methodCallerReduce(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("__reduce__", kwnames) || !checkArgCount("__reduce__", nargs, 0, 0))
        return nullptr;
    MethodCallerObject* m = asMethodCaller(self);
    Object* const* items = asTuple(m->args)->items;
    if (!m->kwnames) {
        std::vector<Object*> all{m->name};
        all.insert(all.end(), items, items + m->nPos);
        Ref<> t = Ref<>::steal(tupleFromArray(all.data(), static_cast<ssize>(all.size())));
        if (!t) return nullptr;
        return tuplePack({asObject(self->type), t.get()});
    }
    Ref<> functools = Ref<>::steal(importModule("functools"));
    if (!functools) return nullptr;
    Ref<> partial = Ref<>::steal(getAttr(functools.get(), "partial"));
    if (!partial) return nullptr;
    std::vector<Object*> pargs{asObject(self->type), m->name};
    ssize nkw = tupleSize(m->kwnames);
    pargs.insert(pargs.end(), items + m->nPos, items + m->nPos + nkw);
    Ref<> p = Ref<>::steal(call(partial.get(), pargs.data(), 2, m->kwnames));
    if (!p) return nullptr;
    Ref<> posArgs = Ref<>::steal(tupleFromArray(items, m->nPos));
    if (!posArgs) return nullptr;
    return tuplePack({p.get(), posArgs.get()});
}

void methodCallerTraverse(Object* self, VisitFn visit, void* arg) {
    MethodCallerObject* m = asMethodCaller(self);
    if (m->name) visit(m->name, arg);
    if (m->args) visit(m->args, arg);
    if (m->kwnames) visit(m->kwnames, arg);
}

void methodCallerClear(Object* self) {
    MethodCallerObject* m = asMethodCaller(self);
    clearRef(m->name);
    clearRef(m->args);
    clearRef(m->kwnames);
}

void methodCallerDealloc(Object* self) {
    methodCallerClear(self);
    freeObject(self);
}

const MethodDef kMethodCallerMethods[] = {
    {"__reduce__", methodCallerReduce, 0, "Return state information for pickling"},
    {nullptr, nullptr, 0, nullptr},
};

const MethodDef kOperatorFunctions[] = {
    {"abs", opAbs, 0, "Same as abs(a)."},
    {"add", opAdd, 0, "Same as a + b."},
    {"and_", opAnd, 0, "Same as a & b."},
    {"call", opCall, 0, "Same as obj(*args, **kwargs)."},
    {"concat", opConcat, 0, "Same as a + b, for a and b sequences."},
    {"contains", opContains, 0, "Same as b in a (note reversed operands)."},
    {"countOf", opCountOf, 0, "Return the number of items in a which are, or which equal, b."},
    {"delitem", opDelitem, 0, "Same as del a[b]."},
    {"eq", opEq, 0, "Same as a == b."},
    {"floordiv", opFloordiv, 0, "Same as a // b."},
    {"ge", opGe, 0, "Same as a >= b."},
    {"getitem", opGetitem, 0, "Same as a[b]."},
    {"gt", opGt, 0, "Same as a > b."},
    {"iadd", opIadd, 0, "Same as a += b."},
    {"iand", opIand, 0, "Same as a &= b."},
    {"iconcat", opIconcat, 0, "Same as a += b, for a and b sequences."},
    {"ifloordiv", opIfloordiv, 0, "Same as a //= b."},
    {"ilshift", opIlshift, 0, "Same as a <<= b."},
    {"imatmul", opImatmul, 0, "Same as a @= b."},
    {"imod", opImod, 0, "Same as a %= b."},
    {"imul", opImul, 0, "Same as a *= b."},
    {"index", opIndex, 0, "Same as a.__index__()"},
    {"indexOf", opIndexOf, 0, "Return the first index of b in a."},
    {"inv", opInv, 0, "Same as ~a."},
    {"invert", opInvert, 0, "Same as ~a."},
    {"ior", opIor, 0, "Same as a |= b."},
    {"ipow", opIpow, 0, "Same as a **= b."},
    {"irshift", opIrshift, 0, "Same as a >>= b."},
    {"is_", opIs, 0, "Same as a is b."},
    {"is_not", opIsNot, 0, "Same as a is not b."},
    {"isub", opIsub, 0, "Same as a -= b."},
    {"itruediv", opItruediv, 0, "Same as a /= b."},
    {"ixor", opIxor, 0, "Same as a ^= b."},
    {"le", opLe, 0, "Same as a <= b."},
    {"length_hint", opLengthHint, 0,
     "Return an estimate of the number of items in obj.\n\nThis is useful for presizing "
     "containers when building from an iterable.\n\nIf the object supports len(), the result "
     "will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe "
     "result will be an integer >= 0."},
    {"lshift", opLshift, 0, "Same as a << b."},
    {"lt", opLt, 0, "Same as a < b."},
    {"matmul", opMatmul, 0, "Same as a @ b."},
    {"mod", opMod, 0, "Same as a % b."},
    {"mul", opMul, 0, "Same as a * b."},
    {"ne", opNe, 0, "Same as a != b."},
    {"neg", opNeg, 0, "Same as -a."},
    {"not_", opNot, 0, "Same as not a."},
    {"or_", opOr, 0, "Same as a | b."},
    {"pos", opPos, 0, "Same as +a."},
    {"pow", opPow, 0, "Same as a ** b."},
    {"rshift", opRshift, 0, "Same as a >> b."},
    {"setitem", opSetitem, 0, "Same as a[b] = c."},
    {"sub", opSub, 0, "Same as a - b."},
    {"truediv", opTruediv, 0, "Same as a / b."},
    {"truth", opTruth, 0, "Return True if a is true, False otherwise."},
    {"xor", opXor, 0, "Same as a ^ b."},
    {"_compare_digest", opCompareDigest, 0,
     "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, "
     "making it appropriate for cryptography.\n\na and b must both be of the same type: either "
     "str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, "
     "or if an error occurs,\na timing attack could theoretically reveal information about "
     "the\ntypes and lengths of a and b--but not their values."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Type ItemGetterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "operator.itemgetter",
    .basicSize = sizeof(ItemGetterObject),
    .flags = kTypeHaveGC,
    .doc = "itemgetter(item, ...) --> itemgetter object\n\n"
           "Return a callable object that fetches the given item(s) from its operand.\n"
           "After f = itemgetter(2), the call f(r) returns r[2].\n"
           "After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
    .methods = kItemGetterMethods,
    .dealloc = itemGetterDealloc,
    .traverse = itemGetterTraverse,
    .clear = itemGetterClear,
    .repr = itemGetterRepr,
    .getAttr = genericGetAttr,
    .call = itemGetterCall,
    .new_ = itemGetterNew,
};

Type AttrGetterType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "operator.attrgetter",
    .basicSize = sizeof(AttrGetterObject),
    .flags = kTypeHaveGC,
    .doc = "attrgetter(attr, ...) --> attrgetter object\n\n"
           "Return a callable object that fetches the given attribute(s) from its operand.\n"
           "After f = attrgetter('name'), the call f(r) returns r.name.\n"
           "After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\n"
           "After h = attrgetter('name.first', 'name.last'), the call h(r) returns\n"
           "(r.name.first, r.name.last).",
    .methods = kAttrGetterMethods,
    .dealloc = attrGetterDealloc,
    .traverse = attrGetterTraverse,
    .clear = attrGetterClear,
    .repr = attrGetterRepr,
    .getAttr = genericGetAttr,
    .call = attrGetterCall,
    .new_ = attrGetterNew,
};

Type MethodCallerType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "operator.methodcaller",
    .basicSize = sizeof(MethodCallerObject),
    .flags = kTypeHaveGC,
    .doc = "methodcaller(name, ...) --> methodcaller object\n\n"
           "Return a callable object that calls the given method on its operand.\n"
           "After f = methodcaller('name'), the call f(r) returns r.name().\n"
           "After g = methodcaller('name', 'date', foo=1), the call g(r) returns\n"
           "r.name('date', foo=1).",
    .methods = kMethodCallerMethods,
    .dealloc = methodCallerDealloc,
    .traverse = methodCallerTraverse,
    .clear = methodCallerClear,
    .repr = methodCallerRepr,
    .getAttr = genericGetAttr,
    .call = methodCallerCall,
    .new_ = methodCallerNew,
};

Object* createOperatorModule(InterpState*) {
    Ref<> m = Ref<>::steal(moduleNew("_operator"));
    if (!m || !moduleAddFunctions(m.get(), kOperatorFunctions)) return nullptr;
    const std::pair<const char*, Type*> kTypes[] = {
        {"itemgetter", &ItemGetterType},
        {"attrgetter", &AttrGetterType},
        {"methodcaller", &MethodCallerType},
    };
    for (const auto& [name, t] : kTypes) {
        if (!typeReady(t) || !moduleAddObject(m.get(), name, newRef(asObject(t)))) return nullptr;
    }
    if (!moduleAddString(m.get(), "__doc__",
                         "Operator interface.\n\nThis module exports a set of functions "
                         "implemented in C corresponding\nto the intrinsic operators of Python."
                         "  For example, operator.add(x, y)\nis equivalent to the expression "
                         "x+y.  The function names are those\nused for special methods; "
                         "variants without leading and trailing\n'__' are also provided for "
                         "convenience.")) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
