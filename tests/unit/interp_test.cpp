// The interpreter core: calls and argument binding, frames, closures, generators, exceptions,
// deep recursion without C++ recursion, and pausing/resuming the loop.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "api/interpreter.h"
#include "compiler/compiler.h"
#include "core/abstract.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/eval.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"

using namespace krait;

namespace {

Interpreter* interp() {
    static std::unique_ptr<Interpreter> i = Interpreter::create(InterpreterOptions{});
    return i.get();
}

std::string errText() {
    Object* e = fetchError();
    if (!e) return "";
    Object* s = str(e);
    std::string r = std::string(e->type->name) + ": " + (s ? strToStd(s) : "<str failed>");
    xdecref(s);
    decref(e);
    return r;
}

// Runs source in a fresh namespace; returns "" on success or "Type: message".
std::string run(const std::string& src, Object** globalsOut = nullptr) {
    REQUIRE(interp() != nullptr);
    Object* g = dictNew();
    dictSetItemStr(g, "__builtins__", currentThread()->interp->builtinsModule);
    Object* name = strFromUtf8("__test__");
    dictSetItemStr(g, "__name__", name);
    decref(name);
    Object* fname = strFromUtf8("<test>");
    Object* code = compileSource(src, fname, CompileMode::Exec, 0);
    decref(fname);
    if (!code) {
        decref(g);
        return errText();
    }
    Object* r = evalCode(code, g, g);
    decref(code);
    std::string out;
    if (!r) out = errText();
    else decref(r);
    if (globalsOut) *globalsOut = g;
    else decref(g);
    return out;
}

// repr() of a global after running src.
std::string evalRepr(const std::string& src, const char* var) {
    Object* g = nullptr;
    std::string err = run(src, &g);
    if (!err.empty()) return err;
    Object* v = dictGetItemStr(g, var);
    std::string out = "<missing>";
    if (v) {
        Object* r = repr(v);
        out = r ? strToStd(r) : errText();
        xdecref(r);
    }
    decref(g);
    return out;
}

}  // namespace

TEST_CASE("calls bind arguments as CPython", "[interp]") {
    CHECK(evalRepr("def f(a, b=2, *c, d, e=5, **k): return (a, b, c, d, e, k)\n"
                   "x = f(1, d=4)", "x") == "(1, 2, (), 4, 5, {})");
    CHECK(evalRepr("def f(a, b=2, *c, d, e=5, **k): return (a, b, c, d, e, k)\n"
                   "x = f(1, 2, 3, d=4, z=6)", "x") == "(1, 2, (3,), 4, 5, {'z': 6})");
    CHECK(run("def f(a, b): pass\nf(1, 2, 3)") ==
          "TypeError: f() takes 2 positional arguments but 3 were given");
    CHECK(run("def f(a, b=1): pass\nf(1, 2, 3)") ==
          "TypeError: f() takes from 1 to 2 positional arguments but 3 were given");
    CHECK(run("def f(a, b, c): pass\nf()") ==
          "TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'");
    CHECK(run("def f(*, a, b): pass\nf()") ==
          "TypeError: f() missing 2 required keyword-only arguments: 'a' and 'b'");
    CHECK(run("def f(a): pass\nf(1, a=2)") ==
          "TypeError: f() got multiple values for argument 'a'");
    CHECK(run("def f(a): pass\nf(z=2)") ==
          "TypeError: f() got an unexpected keyword argument 'z'");
    CHECK(run("def f(a, /, b): pass\nf(a=1, b=2)") ==
          "TypeError: f() got some positional-only arguments passed as keyword arguments: 'a'");
    CHECK(run("def f(a, *, k): pass\nf(1, 2, k=3)") ==
          "TypeError: f() takes 1 positional argument but 2 positional arguments (and 1 "
          "keyword-only argument) were given");
    CHECK(evalRepr("def f(*a, **k): return a, k\nx = f(*[1, 2], **{'y': 3})", "x") ==
          "((1, 2), {'y': 3})");
}

TEST_CASE("closures, cells and unbound names", "[interp]") {
    CHECK(evalRepr("def mk():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n"
                   "        return n\n    return inc\ni = mk(); i(); x = i()", "x") == "2");
    CHECK(run("def f():\n    print(x)\n    x = 1\nf()") ==
          "UnboundLocalError: cannot access local variable 'x' where it is not associated with "
          "a value");
    CHECK(run("y") == "NameError: name 'y' is not defined");
}

TEST_CASE("deep recursion does not use the C++ stack", "[interp]") {
    int saved = currentThread()->interp->recursionLimit;
    currentThread()->interp->recursionLimit = 200000;
    CHECK(evalRepr("def r(n):\n    return 0 if n == 0 else 1 + r(n - 1)\nx = r(150000)", "x") ==
          "150000");
    currentThread()->interp->recursionLimit = 1000;
    CHECK(run("def r(n): return r(n + 1)\nr(0)") ==
          "RecursionError: maximum recursion depth exceeded");
    currentThread()->interp->recursionLimit = saved;
}

TEST_CASE("long chains of any objects free without deep C++ recursion", "[interp]") {
    // Each object holds the previous one, so freeing the last frees them all; CPython 3.11
    // overflows its C stack on slices, properties and bound methods (no trashcan in their
    // deallocs), Krait's deallocObject bounds the nesting for every type.
    const char* chains[] = {
        "x = None\nfor i in range(300000): x = slice(x)\nx = None",
        "x = None\nfor i in range(300000): x = property(x)\nx = None",
        "import types\nx = 0\nfor i in range(300000): x = types.MethodType(len, x)\nx = None",
        "x = lambda: None\nfor i in range(300000): x = x.__call__\nx = None",
        "x = None\nfor i in range(300000): x = [x]\nx = None",
    };
    for (const char* src : chains) CHECK(run(src) == "");
}

TEST_CASE("generators run inline and from C++", "[interp]") {
    CHECK(evalRepr("def g(n):\n    for i in range(n): yield i\nx = [v for v in g(4)]", "x") ==
          "[0, 1, 2, 3]");
    CHECK(evalRepr("def g():\n    r = yield 1\n    yield r * 2\n"
                   "it = g(); a = next(it); x = (a, it.send(5))", "x") == "(1, 10)");
    CHECK(evalRepr("def inner():\n    yield 1\n    return 7\n"
                   "def outer():\n    v = yield from inner()\n    yield v\n"
                   "x = list(outer())", "x") == "[1, 7]");
    CHECK(run("def g():\n    raise StopIteration\n    yield 1\nnext(g())") ==
          "RuntimeError: generator raised StopIteration");
    CHECK(run("def g():\n    try:\n        yield 1\n    except GeneratorExit:\n        yield 2\n"
              "it = g(); next(it); it.close()") ==
          "RuntimeError: generator ignored GeneratorExit");
}

TEST_CASE("exceptions: handlers, context, reraise", "[interp]") {
    CHECK(evalRepr("try:\n    1/0\nexcept ZeroDivisionError as e:\n    x = 'caught'", "x") ==
          "'caught'");
    CHECK(evalRepr("try:\n    try:\n        1/0\n    except Exception:\n        {}['k']\n"
                   "except KeyError as e:\n    x = type(e.__context__).__name__", "x") ==
          "'ZeroDivisionError'");
    CHECK(run("raise") == "RuntimeError: No active exception to reraise");
    CHECK(evalRepr("def f():\n    try:\n        return 1\n    finally:\n        x.append(2)\n"
                   "x = []\nx.append(f())", "x") == "[2, 1]");
}

TEST_CASE("the loop pauses and resumes between bytecodes", "[interp]") {
    REQUIRE(interp() != nullptr);
    Object* g = dictNew();
    dictSetItemStr(g, "__builtins__", currentThread()->interp->builtinsModule);
    Object* fname = strFromUtf8("<pause>");
    Object* code = compileSource("t = 0\nfor i in range(100):\n    t += i\n", fname,
                                 CompileMode::Exec, 0);
    decref(fname);
    REQUIRE(code);
    currentThread()->interp->pendingInterrupt = kInterruptPause;
    bool paused = false;
    Object* r = evalCodeResumable(code, g, g, &paused);
    CHECK(r == nullptr);
    CHECK(paused);
    CHECK(!errOccurred());
    int rounds = 0;
    while (paused && rounds < 1000) {
        rounds++;
        r = evalResume(&paused);
    }
    REQUIRE(r != nullptr);
    decref(r);
    Object* t = dictGetItemStr(g, "t");
    REQUIRE(t);
    Object* s = repr(t);
    CHECK(strToStd(s) == "4950");
    decref(s);
    decref(code);
    decref(g);
}
