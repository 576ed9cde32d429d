// The cycle collector (vm/gc) and weak references (vm/objects/weakref): cycles of lists, dicts
// and instances are freed, PEP 442 finalizers run once, resurrection, weakref callbacks,
// automatic collection, and the gc module's introspection functions.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "api/interpreter.h"
#include "compiler/compiler.h"
#include "core/abstract.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "gc/gc.h"
#include "interp/eval.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"

using namespace krait;

namespace {

Interpreter* gcInterp() {
    static std::unique_ptr<Interpreter> i = Interpreter::create(InterpreterOptions{});
    return i.get();
}

std::string gcErrText() {
    Object* e = fetchError();
    if (!e) return "";
    Object* s = str(e);
    std::string r = std::string(e->type->name) + ": " + (s ? strToStd(s) : "<str failed>");
    xdecref(s);
    decref(e);
    return r;
}

// Runs src in a fresh namespace and returns repr(result) where `result` is the global the
// code assigns, or "Type: message" on error.
std::string gcRun(const std::string& src) {
    REQUIRE(gcInterp() != nullptr);
    Object* g = dictNew();
    dictSetItemStr(g, "__builtins__", currentThread()->interp->builtinsModule);
    Object* name = strFromUtf8("__gctest__");
    dictSetItemStr(g, "__name__", name);
    decref(name);
    Object* fname = strFromUtf8("<gctest>");
    Object* code = compileSource(src, fname, CompileMode::Exec, 0);
    decref(fname);
    std::string out;
    if (!code) {
        out = gcErrText();
    } else {
        Object* r = evalCode(code, g, g);
        decref(code);
        if (!r) {
            out = gcErrText();
        } else {
            decref(r);
            Object* v = dictGetItemStr(g, "result");
            if (v) {
                Object* s = repr(v);
                out = s ? strToStd(s) : gcErrText();
                xdecref(s);
            }
        }
    }
    dictClear(g);
    decref(g);
    return out;
}

}  // namespace

TEST_CASE("gc: headers only on heap-allocated GC objects", "[gc]") {
    REQUIRE(gcInterp() != nullptr);
    CHECK_FALSE(gcHasHeader(emptyTuple()));
    CHECK_FALSE(gcHasHeader(asObject(&ListType)));
    CHECK_FALSE(gcHasHeader(none()));
    Object* l = listNew(0);
    CHECK(gcHasHeader(l));
    CHECK(gcIsTracked(l));
    gcUntrack(l);
    CHECK_FALSE(gcIsTracked(l));
    gcTrack(l);
    CHECK(gcIsTracked(l));
    decref(l);
    Object* d = dictNew();
    CHECK(gcHasHeader(d));
    CHECK_FALSE(gcIsTracked(d));   // only atomic contents: reported untracked, as CPython
    decref(d);
}

TEST_CASE("gc: cycles of lists, dicts and instances are freed", "[gc]") {
    CHECK(gcRun("import gc\n"
                "gc.collect()\n"
                "l = []\n"
                "l.append(l)\n"
                "del l\n"
                "d = {}\n"
                "d['self'] = d\n"
                "del d\n"
                "result = gc.collect()\n") == "2");
    CHECK(gcRun("import gc, _weakref\n"
                "class N: pass\n"
                "a = N(); b = N(); a.other = b; b.other = a\n"
                "a.lst = [a, b, {'x': b}]\n"
                "ra, rb = _weakref.ref(a), _weakref.ref(b)\n"
                "del a, b\n"
                "before = (ra() is not None, rb() is not None)\n"
                "gc.collect()\n"
                "result = before, ra() is None, rb() is None\n") == "((True, True), True, True)");
    // Reachable cycles survive.
    CHECK(gcRun("import gc, _weakref\n"
                "class N: pass\n"
                "a = N(); a.me = a\n"
                "keep = [a]\n"
                "r = _weakref.ref(a)\n"
                "del a\n"
                "gc.collect()\n"
                "result = r() is keep[0]\n") == "True");
}

TEST_CASE("gc: __del__ runs once, in cycles too; resurrection", "[gc]") {
    CHECK(gcRun("import gc\n"
                "log = []\n"
                "class D:\n"
                "    def __init__(self, n): self.n = n\n"
                "    def __del__(self): log.append(self.n)\n"
                "a, b = D('a'), D('b')\n"
                "a.b, b.a = b, a\n"
                "del a, b\n"
                "gc.collect()\n"
                "result = sorted(log)\n") == "['a', 'b']");
    CHECK(gcRun("import gc\n"
                "log = []\n"
                "saved = []\n"
                "class R:\n"
                "    def __del__(self):\n"
                "        log.append('del')\n"
                "        saved.append(self)\n"
                "r = R(); r.me = r\n"
                "del r\n"
                "gc.collect()\n"
                "alive = len(saved) == 1 and saved[0].me is saved[0]\n"
                "fin = gc.is_finalized(saved[0])\n"
                "saved.clear()\n"
                "gc.collect()\n"
                "result = log, alive, fin\n") == "(['del'], True, True)");
    // A resurrected object that dies by reference counting is not finalized again.
    CHECK(gcRun("log = []\n"
                "saved = []\n"
                "class R:\n"
                "    def __del__(self):\n"
                "        log.append('del')\n"
                "        saved.append(self)\n"
                "r = R()\n"
                "del r\n"
                "saved.clear()\n"
                "result = log\n") == "['del']");
}

TEST_CASE("gc: weak reference callbacks", "[gc][weakref]") {
    CHECK(gcRun("import _weakref\n"
                "class O: pass\n"
                "log = []\n"
                "o = O()\n"
                "refs = [_weakref.ref(o, lambda r, i=i: log.append((i, r() is None))) for i in range(3)]\n"
                "del o\n"
                "result = log\n") == "[(2, True), (1, True), (0, True)]");
    // Callbacks of weakrefs to garbage run when the collector frees it; a weakref that is
    // itself garbage does not call back.
    CHECK(gcRun("import gc, _weakref\n"
                "class O: pass\n"
                "log = []\n"
                "a = O(); a.me = a\n"
                "keep = _weakref.ref(a, lambda r: log.append('outside'))\n"
                "a.inner = _weakref.ref(a, lambda r: log.append('inside'))\n"
                "del a\n"
                "gc.collect()\n"
                "result = log, keep() is None\n") == "(['outside'], True)");
    CHECK(gcRun("import _weakref\n"
                "class O: pass\n"
                "o = O()\n"
                "r1 = _weakref.ref(o)\n"
                "r2 = _weakref.ref(o)\n"
                "p = _weakref.proxy(o)\n"
                "o.x = 5\n"
                "result = (r1 is r2, _weakref.getweakrefcount(o), p.x, r1 == r2,\n"
                "          type(p).__name__, hash(r1) == hash(o))\n") ==
          "(True, 2, 5, True, 'ProxyType', True)");
    CHECK(gcRun("import _weakref\n"
                "class O: pass\n"
                "o = O()\n"
                "p = _weakref.proxy(o)\n"
                "del o\n"
                "p.x\n") == "ReferenceError: weakly-referenced object no longer exists");
    CHECK(gcRun("import _weakref\n"
                "_weakref.ref(1)\n") == "TypeError: cannot create weak reference to 'int' object");
    CHECK(gcRun("import _weakref\n"
                "def f(): pass\n"
                "d = {'k': _weakref.ref(f)}\n"
                "_weakref._remove_dead_weakref(d, 'k')\n"
                "a = len(d)\n"
                "del f\n"
                "_weakref._remove_dead_weakref(d, 'k')\n"
                "result = a, len(d)\n") == "(1, 0)");
}

TEST_CASE("gc: automatic collection from allocation counts", "[gc]") {
    CHECK(gcRun("import gc, _weakref\n"
                "class N: pass\n"
                "old = gc.get_threshold()\n"
                "gc.set_threshold(50, 10, 10)\n"
                "before = gc.get_stats()[0]['collections']\n"
                "refs = []\n"
                "for i in range(300):\n"
                "    n = N(); n.me = n\n"
                "    refs.append(_weakref.ref(n))\n"
                "del n\n"
                "gc.set_threshold(*old)\n"
                "result = (gc.get_stats()[0]['collections'] > before,\n"
                "          sum(r() is None for r in refs) > 200)\n") == "(True, True)");
    CHECK(gcRun("import gc, _weakref\n"
                "class N: pass\n"
                "gc.disable()\n"
                "n = N(); n.me = n\n"
                "r = _weakref.ref(n)\n"
                "del n\n"
                "for i in range(3000): [i]\n"
                "alive = r() is not None\n"
                "gc.enable()\n"
                "gc.collect()\n"
                "result = alive, r() is None\n") == "(True, True)");
}

TEST_CASE("gc: module introspection", "[gc]") {
    CHECK(gcRun("import gc\n"
                "phases = []\n"
                "def cb(phase, info): phases.append((phase, sorted(info)))\n"
                "gc.callbacks.append(cb)\n"
                "gc.collect()\n"
                "gc.callbacks.remove(cb)\n"
                "result = phases\n") ==
          "[('start', ['collected', 'generation', 'uncollectable']), "
          "('stop', ['collected', 'generation', 'uncollectable'])]");
    CHECK(gcRun("import gc\n"
                "class M: pass\n"
                "m = M()\n"
                "holder = [m]\n"
                "result = (any(r is holder for r in gc.get_referrers(m)),\n"
                "          m in gc.get_referents(holder),\n"
                "          holder in gc.get_objects())\n") == "(True, True, True)");
    CHECK(gcRun("import gc\n"
                "gc.freeze()\n"
                "n = gc.get_freeze_count()\n"
                "gc.unfreeze()\n"
                "result = n > 0, gc.get_freeze_count()\n") == "(True, 0)");
    CHECK(gcRun("import gc\n"
                "gc.set_debug(gc.DEBUG_SAVEALL)\n"
                "l = []; l.append(l)\n"
                "del l\n"
                "gc.collect()\n"
                "gc.set_debug(0)\n"
                "found = any(type(x) is list and x and x[0] is x for x in gc.garbage)\n"
                "for x in gc.garbage:\n"
                "    if type(x) is list: x.clear()\n"
                "gc.garbage.clear()\n"
                "result = found\n") == "True");
}
