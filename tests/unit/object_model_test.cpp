// Object model through the C++ API: class creation, MRO, slots, attribute protocol, binary
// operator dispatch, descriptors, error messages.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "api/interpreter.h"
#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

using namespace krait;

namespace {

Interpreter* interp() {
    static std::unique_ptr<Interpreter> i = Interpreter::create(InterpreterOptions{});
    return i.get();
}

// The message of the pending exception (cleared), or "" if none.
std::string errText(Type** type = nullptr) {
    Object* e = fetchError();
    if (!e) return "";
    if (type) *type = e->type;
    Object* s = str(e);
    std::string r = s ? strToStd(s) : "<str failed>";
    xdecref(s);
    decref(e);
    return r;
}

Object* makeClass(const char* name, std::initializer_list<Object*> bases, Object* dict) {
    Object* n = strFromUtf8(name);
    Object* b = tuplePack(bases);
    Object* c = newClass(&TypeType, n, b, dict, nullptr);
    decref(n);
    decref(b);
    return c;
}

std::string reprOf(Object* o) {
    Object* r = repr(o);
    if (!r) return "<error: " + errText() + ">";
    std::string s = strToStd(r);
    decref(r);
    return s;
}

}  // namespace

TEST_CASE("object model: builtin type basics", "[object]") {
    REQUIRE(interp());
    CHECK(reprOf(asObject(&ObjectType)) == "<class 'object'>");
    CHECK(reprOf(asObject(&TypeType)) == "<class 'type'>");
    CHECK(reprOf(none()) == "None");
    CHECK(reprOf(notImplemented()) == "NotImplemented");
    CHECK(reprOf(ellipsis()) == "Ellipsis");
    CHECK(isSubtype(&BoolType, &IntType));
    CHECK(isSubtype(&IntType, &ObjectType));
    Object* w = getAttr(asObject(&IntType), "__add__");
    REQUIRE(w);
    CHECK(reprOf(w) == "<slot wrapper '__add__' of 'int' objects>");
    Object* one = intFromInt64(1);
    Object* two = intFromInt64(2);
    Object* args[2] = {one, two};
    Object* r = call(w, args, 2);
    REQUIRE(r);
    CHECK(reprOf(r) == "3");
    decref(r);
    decref(w);
    CHECK(call(getAttr(asObject(&ObjectType), "__init__"), nullptr, 0) == nullptr);
    CHECK(errText() == "descriptor '__init__' of 'object' object needs an argument");
    decref(one);
    decref(two);
}

TEST_CASE("object model: classes, MRO and attributes", "[object]") {
    REQUIRE(interp());
    Object* da = dictNew();
    Object* x = intFromInt64(5);
    dictSetItemStr(da, "x", x);
    dictSetItemStr(da, "__module__", strIntern("m"));
    Object* A = makeClass("A", {}, da);
    REQUIRE(A);
    CHECK(reprOf(A) == "<class 'm.A'>");
    Object* B = makeClass("B", {A}, dictNew());
    Object* C = makeClass("C", {A}, dictNew());
    Object* D = makeClass("D", {B, C}, dictNew());
    REQUIRE(D);
    Object* mro = getAttr(D, "__mro__");
    REQUIRE(mro);
    CHECK(tupleSize(mro) == 5);
    CHECK(tupleItem(mro, 1) == B);
    CHECK(tupleItem(mro, 2) == C);
    CHECK(tupleItem(mro, 3) == A);
    decref(mro);
    CHECK(makeClass("E", {A, B}, dictNew()) == nullptr);
    CHECK(errText() ==
          "Cannot create a consistent method resolution\norder (MRO) for bases A, B");
    // Instances
    Object* d = call(D, nullptr, 0);
    REQUIRE(d);
    Object* v = getAttr(d, "x");
    REQUIRE(v == x);
    decref(v);
    Object* seven = intFromInt64(7);
    REQUIRE(setAttr(d, "y", seven) == 0);
    v = getAttr(d, "y");
    CHECK(v == seven);
    xdecref(v);
    CHECK(getAttr(d, "zz") == nullptr);
    Type* et = nullptr;
    CHECK(errText(&et) == "'D' object has no attribute 'zz'");
    CHECK(et == &ExcAttributeError);
    CHECK(getAttr(D, "zz") == nullptr);
    CHECK(errText() == "type object 'D' has no attribute 'zz'");
    CHECK(call(D, &seven, 1) == nullptr);
    CHECK(errText() == "D() takes no arguments");
    CHECK(isInstance(d, A) == 1);
    CHECK(isSubclass(D, A) == 1);
    CHECK(isSubclass(A, D) == 0);
    decref(d);
    decref(seven);
    decref(x);
}

TEST_CASE("object model: binary operators and errors", "[object]") {
    REQUIRE(interp());
    Object* one = intFromInt64(1);
    Object* s = strFromUtf8("a");
    CHECK(binaryOp(one, s, BinOp::Add) == nullptr);
    CHECK(errText() == "unsupported operand type(s) for +: 'int' and 'str'");
    CHECK(binaryOp(one, s, BinOp::InplaceAdd) == nullptr);
    CHECK(errText() == "unsupported operand type(s) for +=: 'int' and 'str'");
    CHECK(richCompare(one, s, CompareOp::Lt) == nullptr);
    CHECK(errText() == "'<' not supported between instances of 'int' and 'str'");
    Object* r = richCompare(one, s, CompareOp::Eq);
    CHECK(r == falseObj());
    xdecref(r);
    CHECK(negative(s) == nullptr);
    CHECK(errText() == "bad operand type for unary -: 'str'");
    CHECK(hash(s) != -1);
    CHECK(length(one) == -1);
    CHECK(errText() == "object of type 'int' has no len()");
    CHECK(getItem(one, one) == nullptr);
    CHECK(errText() == "'int' object is not subscriptable");
    CHECK(getIter(one) == nullptr);
    CHECK(errText() == "'int' object is not iterable");
    CHECK(call(one, nullptr, 0) == nullptr);
    CHECK(errText() == "'int' object is not callable");
    decref(one);
    decref(s);
}

TEST_CASE("object model: argument parsing messages", "[object]") {
    REQUIRE(interp());
    static const char* const names[] = {"a", "b"};
    Object* out[2];
    Object* one = intFromInt64(1);
    Object* args[3] = {one, one, one};
    CHECK(!parseArgs("f", args, 3, nullptr, names, 2, 1, out));
    CHECK(errText() == "f() takes at most 2 arguments (3 given)");
    CHECK(!parseArgs("f", args, 0, nullptr, names, 2, 1, out));
    CHECK(errText() == "f() missing required argument 'a' (pos 1)");
    Object* kw = tuplePack({strIntern("c")});
    CHECK(!parseArgs("f", args, 1, kw, names, 2, 1, out));
    CHECK(errText() == "'c' is an invalid keyword argument for f()");
    decref(kw);
    CHECK(!checkArgCount("divmod", 1, 2, 2));
    CHECK(errText() == "divmod expected 2 arguments, got 1");
    decref(one);
}
