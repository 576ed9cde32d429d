// Exceptions, traceback display, modules, the import system and sys (checked against the
// behaviour of CPython 3.11).
#include <catch2/catch.hpp>

#include <cstdio>
#include <memory>
#include <string>

#include "api/interpreter.h"
#include "compiler/compiler.h"
#include "core/abstract.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/eval.h"
#include "interp/import.h"
#include "interp/traceback_print.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "platform/platform.h"

using namespace krait;

namespace {

Interpreter* interp() {
    static std::unique_ptr<Interpreter> i = Interpreter::create(InterpreterOptions{});
    return i.get();
}

std::string text(Object* o) {
    REQUIRE(o != nullptr);
    std::string r = isStr(o) ? strToStd(o) : std::string("<not str>");
    decref(o);
    return r;
}

std::string errText() {
    Object* e = fetchError();
    if (!e) return "";
    Object* s = str(e);
    std::string r = std::string(e->type->name) + ": " + (s ? strToStd(s) : "<str failed>");
    if (!s) clearError();
    xdecref(s);
    decref(e);
    return r;
}

// Runs source as module "__test__" with file name "<test>"; returns "" or "Type: message".
// The module globals are returned through *globalsOut when given.
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
    if (!r) {
        out = errText();
    } else {
        decref(r);
    }
    if (globalsOut) {
        *globalsOut = g;
    } else {
        decref(g);
    }
    return out;
}

// Evaluates an expression in a fresh namespace and returns its repr (or the error).
std::string evalRepr(const std::string& expr) {
    Object* g = nullptr;
    std::string err = run("def S(o):\n    return f'{o}'\n__r = repr(" + expr + ")", &g);
    if (!err.empty()) {
        decref(g);
        return err;
    }
    Object* v = dictGetItemStr(g, "__r");
    std::string out = v && isStr(v) ? strToStd(v) : "<missing>";
    decref(g);
    return out;
}

Object* makeExc(Type* t, std::initializer_list<Object*> args) {
    Object* a = tuplePack(args);
    REQUIRE(a != nullptr);
    Object* e = newException(t, a);
    decref(a);
    REQUIRE(e != nullptr);
    return e;
}

}  // namespace

TEST_CASE("exception str and repr", "[exceptions]") {
    REQUIRE(interp() != nullptr);
    Ref<> x = Ref<>::steal(strFromUtf8("x"));
    Ref<> k = Ref<>::steal(strFromUtf8("k"));
    Ref<> one = Ref<>::steal(intFromInt64(1));
    Ref<> e = Ref<>::steal(makeExc(&ExcValueError, {x.get()}));
    CHECK(text(repr(e.get())) == "ValueError('x')");
    CHECK(text(str(e.get())) == "x");
    Ref<> e2 = Ref<>::steal(makeExc(&ExcValueError, {}));
    CHECK(text(repr(e2.get())) == "ValueError()");
    CHECK(text(str(e2.get())) == "");
    Ref<> e3 = Ref<>::steal(makeExc(&ExcValueError, {x.get(), one.get()}));
    CHECK(text(repr(e3.get())) == "ValueError('x', 1)");
    CHECK(text(str(e3.get())) == "('x', 1)");
    Ref<> ke = Ref<>::steal(makeExc(&ExcKeyError, {k.get()}));
    CHECK(text(str(ke.get())) == "'k'");
    CHECK(text(repr(ke.get())) == "KeyError('k')");
}

TEST_CASE("OSError mapping and str", "[exceptions]") {
    REQUIRE(interp() != nullptr);
    Ref<> two = Ref<>::steal(intFromInt64(2));
    Ref<> msg = Ref<>::steal(strFromUtf8("No such file or directory"));
    Ref<> fn = Ref<>::steal(strFromUtf8("x"));
    Ref<> e = Ref<>::steal(makeExc(&ExcOSError, {two.get(), msg.get(), fn.get()}));
    CHECK(e->type == &ExcFileNotFoundError);
    CHECK(text(str(e.get())) == "[Errno 2] No such file or directory: 'x'");
    CHECK(tupleSize(asExc(e.get())->args) == 2);
    CHECK(evalRepr("OSError(13, 'denied').__class__.__name__") == "'PermissionError'");
    CHECK(evalRepr("S(OSError(2, 'a', 'f', None, 'g'))") ==
          "\"[Errno 2] a: 'f' -> 'g'\"");
}

TEST_CASE("exception attributes", "[exceptions]") {
    CHECK(evalRepr("SystemExit(3).code") == "3");
    CHECK(evalRepr("SystemExit().code") == "None");
    CHECK(evalRepr("StopIteration(7).value") == "7");
    CHECK(evalRepr("ImportError('m', name='n', path='p').path") == "'p'");
    CHECK(evalRepr("AttributeError('a', name='nm', obj=5).obj") == "5");
    CHECK(evalRepr("NameError('n', name='q').name") == "'q'");
    CHECK(evalRepr("S(SyntaxError('bad', ('dir/f.py', 3, 4, 'x = (', 3, 6)))") ==
          "'bad (f.py, line 3)'");
    CHECK(evalRepr("S(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte'))") ==
          "\"'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\"");
    CHECK(evalRepr("S(UnicodeEncodeError('ascii', 'h\\xe9', 1, 2, 'ordinal not in "
                   "range(128)'))") ==
          "\"'ascii' codec can't encode character '\\\\xe9' in position 1: ordinal not in "
          "range(128)\"");
    Object* g = nullptr;
    CHECK(run("e = ValueError('v')\ne.add_note('n1')\nnotes = e.__notes__\n"
              "e.__cause__ = KeyError()\nsc = e.__suppress_context__\n",
              &g) == "");
    CHECK(text(repr(dictGetItemStr(g, "notes"))) == "['n1']");
    CHECK(dictGetItemStr(g, "sc") == trueObj());
    decref(g);
    CHECK(run("ValueError(x=1)") == "TypeError: ValueError() takes no keyword arguments");
    CHECK(run("ImportError(foo=1)") ==
          "TypeError: 'foo' is an invalid keyword argument for ImportError()");
    CHECK(run("ValueError().add_note(3)") == "TypeError: note must be a str, not 'int'");
}

TEST_CASE("exception groups", "[exceptions]") {
    CHECK(evalRepr("S(ExceptionGroup('m', [ValueError(1), TypeError(2)]))") ==
          "'m (2 sub-exceptions)'");
    CHECK(evalRepr("type(BaseExceptionGroup('x', [ValueError()])).__name__") ==
          "'ExceptionGroup'");
    CHECK(evalRepr("type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__") ==
          "'BaseExceptionGroup'");
    CHECK(evalRepr("ExceptionGroup('o', [ValueError(1), TypeError(2)]).split(ValueError)") ==
          "(ExceptionGroup('o', [ValueError(1)]), ExceptionGroup('o', [TypeError(2)]))");
    CHECK(evalRepr("ExceptionGroup('o', [ValueError(1)]).subgroup(TypeError)") == "None");
    CHECK(run("ExceptionGroup('x', [])") ==
          "ValueError: second argument (exceptions) must be a non-empty sequence");
    CHECK(run("ExceptionGroup('x', [KeyboardInterrupt()])") ==
          "TypeError: Cannot nest BaseExceptions in an ExceptionGroup");
    CHECK(run("ExceptionGroup('x', [1])") ==
          "ValueError: Item 0 of second argument (exceptions) is not an exception");
}

TEST_CASE("systemExitStatus", "[exceptions]") {
    REQUIRE(interp() != nullptr);
    Ref<> seven = Ref<>::steal(intFromInt64(7));
    Ref<> e = Ref<>::steal(makeExc(&ExcSystemExit, {seven.get()}));
    int status = -5;
    CHECK(systemExitStatus(e.get(), &status));
    CHECK(status == 7);
    Ref<> none0 = Ref<>::steal(makeExc(&ExcSystemExit, {}));
    CHECK(systemExitStatus(none0.get(), &status));
    CHECK(status == 0);
    Ref<> v = Ref<>::steal(makeExc(&ExcValueError, {}));
    CHECK_FALSE(systemExitStatus(v.get(), &status));
}

TEST_CASE("traceback formatting", "[traceback]") {
    REQUIRE(interp() != nullptr);
    std::string path = platform::currentDirectory() + "/krait_tb_test_tmp.py";
    {
        FILE* f = std::fopen(path.c_str(), "w");
        REQUIRE(f != nullptr);
        std::fputs("def f(a, b):\n    return a / b\ntry:\n    f(1, 0)\nexcept Exception as e:\n"
                   "    err = e\n",
                   f);
        std::fclose(f);
    }
    std::string src;
    int errNo = 0;
    REQUIRE(platform::readFile(path, src, &errNo));
    Object* g = dictNew();
    dictSetItemStr(g, "__builtins__", currentThread()->interp->builtinsModule);
    Ref<> fname = Ref<>::steal(strFromUtf8(path));
    Ref<> code = Ref<>::steal(compileSource(src, fname.get(), CompileMode::Exec, 0));
    REQUIRE(code);
    Ref<> r = Ref<>::steal(evalCode(code.get(), g, g));
    REQUIRE(r);
    Object* err = dictGetItemStr(g, "err");
    REQUIRE(err != nullptr);
    std::string out;
    REQUIRE(formatException(err, &out));
    std::string expected = "Traceback (most recent call last):\n"
                           "  File \"" + path + "\", line 4, in <module>\n"
                           "    f(1, 0)\n"
                           "  File \"" + path + "\", line 2, in f\n"
                           "    return a / b\n"
                           "           ~~^~~\n"
                           "ZeroDivisionError: division by zero\n";
    CHECK(out == expected);
    decref(g);
    std::remove(path.c_str());
}

TEST_CASE("chained and group display", "[traceback]") {
    Object* g = nullptr;
    REQUIRE(run("try:\n    try:\n        raise KeyError('a')\n    except KeyError as k:\n"
                "        raise ValueError('b') from k\nexcept ValueError as v:\n    err = v\n"
                "eg = ExceptionGroup('m', [TypeError('t')])\n",
                &g) == "");
    std::string out;
    REQUIRE(formatException(dictGetItemStr(g, "err"), &out));
    CHECK(out.find("KeyError: 'a'\n\nThe above exception was the direct cause of the following "
                   "exception:\n\nTraceback (most recent call last):\n") != std::string::npos);
    std::string tail = "ValueError: b\n";
    CHECK(out.compare(out.size() - tail.size(), tail.size(), tail) == 0);
    REQUIRE(formatException(dictGetItemStr(g, "eg"), &out));
    CHECK(out == "  | ExceptionGroup: m (1 sub-exception)\n"
                 "  +-+---------------- 1 ----------------\n"
                 "    | TypeError: t\n"
                 "    +------------------------------------\n");
    decref(g);
}

TEST_CASE("modules", "[modules]") {
    REQUIRE(interp() != nullptr);
    Ref<> m = Ref<>::steal(moduleNew("mymod"));
    REQUIRE(m);
    CHECK(text(repr(m.get())) == "<module 'mymod'>");
    CHECK(moduleAddInt(m.get(), "answer", 42));
    Ref<> v = Ref<>::steal(getAttr(m.get(), "answer"));
    REQUIRE(v);
    CHECK(asInt(v.get())->value == 42);
    CHECK(getAttr(m.get(), "nope") == nullptr);
    CHECK(errText() == "AttributeError: module 'mymod' has no attribute 'nope'");
    CHECK(evalRepr("__import__('sys')") == "<module 'sys' (built-in)>");
    CHECK(run("import sys\nt = type(sys)('x', 'doc')\nassert t.__doc__ == 'doc'\n"
              "t.__getattr__ = lambda n: n * 2\nassert t.ab == 'abab'\n") == "");
}

TEST_CASE("import system", "[import]") {
    REQUIRE(interp() != nullptr);
    std::string dir = platform::currentDirectory();
    std::string file = dir + "/krait_imp_test_mod.py";
    FILE* f = std::fopen(file.c_str(), "w");
    REQUIRE(f != nullptr);
    std::fputs("VALUE = 41 + 1\n", f);
    std::fclose(f);
    Object* g = nullptr;
    std::string err = run("import sys\nsys.path.insert(0, " + std::string("'") + dir + "')\n"
                          "import krait_imp_test_mod as m\nv = m.VALUE\n"
                          "same = sys.modules['krait_imp_test_mod'] is m\n"
                          "f = m.__file__\n",
                          &g);
    CHECK(err == "");
    if (err.empty()) {
        CHECK(asInt(dictGetItemStr(g, "v"))->value == 42);
        CHECK(dictGetItemStr(g, "same") == trueObj());
        CHECK(strToStd(dictGetItemStr(g, "f")) == file);
    }
    xdecref(g);
    std::remove(file.c_str());
    CHECK(run("import no_such_module_krait") ==
          "ModuleNotFoundError: No module named 'no_such_module_krait'");
    CHECK(run("from . import x") ==
          "ImportError: attempted relative import with no known parent package");
    CHECK(run("from sys import nothing_here") ==
          "ImportError: cannot import name 'nothing_here' from 'sys' (unknown location)");
    Ref<> sys = Ref<>::steal(importModule("sys"));
    CHECK(sys.get() == currentThread()->interp->sysModule);
}

TEST_CASE("sys module", "[sys]") {
    CHECK(evalRepr("__import__('sys').version_info[:2]") == "(3, 11)");
    CHECK(evalRepr("__import__('sys').maxsize") == "9223372036854775807");
    CHECK(evalRepr("__import__('sys').hash_info.modulus") == "2305843009213693951");
    CHECK(evalRepr("__import__('sys').stdout") ==
          "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
    CHECK(evalRepr("__import__('sys').float_info.dig") == "15");
    CHECK(run("import sys\nsys.setrecursionlimit(0)") ==
          "ValueError: recursion limit must be greater or equal than 1");
    CHECK(run("import sys\nsys.stdout.write(1)") ==
          "TypeError: write() argument must be str, not int");
    CHECK(run("import sys\nsys.exit(3)") == "SystemExit: 3");
}
