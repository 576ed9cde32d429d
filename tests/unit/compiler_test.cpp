// Compiler unit tests: disassembly of small snippets, stack sizes, exception tables and the
// compile-time SyntaxErrors of the symbol table and code generator.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "api/interpreter.h"
#include "bytecode/code.h"
#include "bytecode/dis.h"
#include "compiler/compiler.h"
#include "core/errors.h"
#include "core/types.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

using namespace krait;

namespace {

Interpreter* compilerInterp() {
    static std::unique_ptr<Interpreter> i = Interpreter::create(InterpreterOptions{});
    return i.get();
}

Ref<> compileText(const std::string& src, CompileMode mode = CompileMode::Exec) {
    REQUIRE(compilerInterp() != nullptr);
    Ref<> fn = Ref<>::steal(strFromUtf8("<test>"));
    return Ref<>::steal(compileSource(src, fn.get(), mode, 0));
}

std::string dis(const std::string& src) {
    Ref<> code = compileText(src);
    if (!code) {
        clearError();
        return "<error>";
    }
    return disassemble(code.get());
}

// The SyntaxError message (args[0]) raised by compiling src, or "" if it compiled.
std::string syntaxError(const std::string& src, int* lineno = nullptr) {
    Ref<> code = compileText(src);
    if (code) return "";
    Object* exc = fetchError();
    REQUIRE(exc != nullptr);
    std::string msg;
    Object* args = asExc(exc)->args;
    if (args && isTuple(args) && tupleSize(args) >= 1 && isStr(tupleItem(args, 0)))
        msg = std::string(strView(tupleItem(args, 0)));
    if (lineno && args && tupleSize(args) >= 2) {
        Object* loc = tupleItem(args, 1);
        int64_t v = 0;
        if (isTuple(loc) && tupleSize(loc) >= 2 && intAsInt64(tupleItem(loc, 1), &v))
            *lineno = int(v);
    }
    decref(exc);
    return msg;
}

CodeObject* firstCodeConst(Object* code) {
    CodeObject* co = asCode(code);
    for (ssize i = 0; i < tupleSize(co->consts); ++i)
        if (tupleItem(co->consts, i)->type == &CodeType) return asCode(tupleItem(co->consts, i));
    return nullptr;
}

}  // namespace

TEST_CASE("compiler: module basics", "[compiler]") {
    std::string d = dis("x = 1\nprint(x + 2)\n");
    CHECK(d.find("RESUME") != std::string::npos);
    CHECK(d.find("STORE_NAME") != std::string::npos);
    CHECK(d.find("LOAD_NAME") != std::string::npos);
    CHECK(d.find("BINARY_OP") != std::string::npos);
    CHECK(d.find("RETURN_CONST") != std::string::npos);
    CHECK(d.find("PUSH_NULL") != std::string::npos);
}

TEST_CASE("compiler: functions, globals and closures", "[compiler]") {
    Ref<> code = compileText(
        "def outer(a):\n"
        "    b = 2\n"
        "    def inner():\n"
        "        return a + b + len('x')\n"
        "    return inner\n");
    REQUIRE(code);
    CodeObject* outer = firstCodeConst(code.get());
    REQUIRE(outer != nullptr);
    CHECK(outer->argCount == 1);
    CHECK(outer->nCells == 2);
    CodeObject* inner = firstCodeConst(reinterpret_cast<Object*>(outer));
    REQUIRE(inner != nullptr);
    CHECK(inner->nFrees == 2);
    std::string d = disassemble(code.get());
    CHECK(d.find("MAKE_CELL") != std::string::npos);
    CHECK(d.find("COPY_FREE_VARS") != std::string::npos);
    CHECK(d.find("LOAD_DEREF") != std::string::npos);
    CHECK(d.find("LOAD_CLOSURE") != std::string::npos);
    CHECK(d.find("NULL + len") != std::string::npos);
    CHECK(std::string(strView(inner->qualname)) == "outer.<locals>.inner");
}

TEST_CASE("compiler: stack sizes", "[compiler]") {
    Ref<> code = compileText("f(a, b, c)\n");
    REQUIRE(code);
    CHECK(asCode(code.get())->stackSize == 5);
    code = compileText("x = [1, 2, 3]\n");
    REQUIRE(code);
    CHECK(asCode(code.get())->stackSize == 2);
    code = compileText("a, b = b, a\n");
    REQUIRE(code);
    CHECK(asCode(code.get())->stackSize == 2);
}

TEST_CASE("compiler: exception tables", "[compiler]") {
    Ref<> code = compileText(
        "try:\n"
        "    f()\n"
        "except ValueError as e:\n"
        "    g(e)\n"
        "finally:\n"
        "    h()\n"
        "with a as b, c:\n"
        "    pass\n");
    REQUIRE(code);
    CodeObject* co = asCode(code.get());
    REQUIRE(!co->exceptionTable->empty());
    uint32_t lastEnd = 0;
    for (const ExceptionEntry& e : *co->exceptionTable) {
        CHECK(e.start < e.end);
        CHECK(e.start >= lastEnd);
        CHECK(e.target < co->code->size());
        CHECK(int(e.depth) < co->stackSize);
        lastEnd = e.end;
    }
    CHECK(co->positions->size() == co->code->size());
}

TEST_CASE("compiler: comprehensions, generators, classes, match", "[compiler]") {
    CHECK(dis("[x * 2 for x in y if x]\n").find("LIST_APPEND") != std::string::npos);
    CHECK(dis("def g():\n    yield 1\n").find("RETURN_GENERATOR") != std::string::npos);
    CHECK(dis("class C:\n    def f(self):\n        return super().f()\n")
              .find("__classcell__") != std::string::npos);
    std::string m = dis("match p:\n    case [1, *rest]: pass\n    case {'k': v, **kw}: pass\n"
                        "    case Point(x=0) | Point(y=0): pass\n    case _: pass\n");
    CHECK(m.find("MATCH_SEQUENCE") != std::string::npos);
    CHECK(m.find("MATCH_KEYS") != std::string::npos);
    CHECK(m.find("MATCH_CLASS") != std::string::npos);
    CHECK(dis("async def f():\n    async with a:\n        await b\n").find("SEND") !=
          std::string::npos);
}

TEST_CASE("compiler: constant folding", "[compiler]") {
    Ref<> code = compileText("x = -1\ny = (1, 2, 3)\nz = 2 ** 10\n");
    REQUIRE(code);
    std::string d = disassemble(code.get());
    CHECK(d.find("(-1)") != std::string::npos);
    CHECK(d.find("(1, 2, 3)") != std::string::npos);
    CHECK(d.find("(1024)") != std::string::npos);
    CHECK(d.find("UNARY_NEGATIVE") == std::string::npos);
}

TEST_CASE("compiler: SyntaxErrors from the symbol table and code generator", "[compiler]") {
    int line = 0;
    CHECK(syntaxError("return 1\n", &line) == "'return' outside function");
    CHECK(line == 1);
    CHECK(syntaxError("yield 1\n") == "'yield' outside function");
    CHECK(syntaxError("def f():\n    await x\n") == "'await' outside async function");
    CHECK(syntaxError("await x\n") == "'await' outside function");
    CHECK(syntaxError("break\n") == "'break' outside loop");
    CHECK(syntaxError("continue\n") == "'continue' not properly in loop");
    CHECK(syntaxError("def f():\n    nonlocal x\n") == "no binding for nonlocal 'x' found");
    CHECK(syntaxError("nonlocal x\n") == "nonlocal declaration not allowed at module level");
    CHECK(syntaxError("def f(x):\n    global x\n") == "name 'x' is parameter and global");
    CHECK(syntaxError("def f():\n    x\n    global x\n") ==
          "name 'x' is used prior to global declaration");
    CHECK(syntaxError("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n") ==
          "name 'x' is assigned to before nonlocal declaration");
    CHECK(syntaxError("async def f():\n    yield 1\n    return 2\n") ==
          "'return' with value in async generator");
    CHECK(syntaxError("def f():\n    [x async for x in y]\n") ==
          "asynchronous comprehension outside of an asynchronous function");
    CHECK(syntaxError("a, *b, *c = d\n") == "multiple starred expressions in assignment");
    CHECK(syntaxError("[(yield x) for x in y]\n") == "'yield' inside list comprehension");
    CHECK(syntaxError("[x for x in (y := z)]\n") ==
          "assignment expression cannot be used in a comprehension iterable expression");
    CHECK(syntaxError("class C:\n    [(y := 1) for x in z]\n") ==
          "assignment expression within a comprehension cannot be used in a class body");
    CHECK(syntaxError("f(a=1, a=2)\n") == "keyword argument repeated: a");
    CHECK(syntaxError("match x:\n    case y: pass\n    case 1: pass\n") ==
          "name capture 'y' makes remaining patterns unreachable");
    CHECK(syntaxError("match x:\n    case [a, a]: pass\n") ==
          "multiple assignments to name 'a' in pattern");
    CHECK(syntaxError("match x:\n    case 1 | a: pass\n") ==
          "alternative patterns bind different names");
    CHECK(syntaxError("def f():\n    from m import *\n") ==
          "import * only allowed at module level");
    CHECK(syntaxError("x = 1\nfrom __future__ import annotations\n") ==
          "from __future__ imports must occur at the beginning of the file");
    CHECK(syntaxError("try:\n    pass\nexcept* E:\n    break\n") ==
          "'break', 'continue' and 'return' cannot appear in an except* block");
}
