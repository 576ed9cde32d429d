// int, bool, float, complex and the math module through their C++ API and Python-visible
// behaviour. Expected values come from CPython 3.11 (/usr/bin/python3.11).
#include <catch2/catch.hpp>

#include <cmath>
#include <memory>
#include <string>

#include "api/interpreter.h"
#include "core/abstract.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "modules/modules.h"
#include "objects/bigint.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

using namespace krait;

namespace {

Interpreter* numbersInterp() {
    static std::unique_ptr<Interpreter> i = Interpreter::create(InterpreterOptions{});
    return i.get();
}

struct Env {
    Env() { REQUIRE(numbersInterp() != nullptr); }
};

std::string reprOf(Object* o) {
    if (!o) {
        Object* e = fetchError();
        std::string n = e ? e->type->name : "<null>";
        if (e) {
            Object* s = str(e);
            if (s) {
                n += ": " + strToStd(s);
                decref(s);
            } else {
                clearError();
            }
            decref(e);
        }
        return n;
    }
    Object* r = repr(o);
    if (!r) {
        clearError();
        return "<repr error>";
    }
    std::string s = strToStd(r);
    decref(r);
    return s;
}

// repr() of a new reference, which is released.
std::string take(Object* o) {
    std::string s = reprOf(o);
    xdecref(o);
    return s;
}

Object* I(int64_t v) { return intFromInt64(v); }
Object* parseInt(const char* s, int base = 10) { return intFromString(s, base); }

std::string bin(Object* a, Object* b, BinOp op) {
    std::string s = take(binaryOp(a, b, op));
    decref(a);
    decref(b);
    return s;
}

hash_t hashOf(Object* o) {
    hash_t h = hash(o);
    decref(o);
    return h;
}

std::string fmt(Object* v, const char* spec) {
    Object* s = strFromAscii(spec);
    std::string r = take(format(v, s));
    decref(s);
    decref(v);
    return r;
}

// Calls math.<name>(*args) (args are stolen).
std::string mathCall(const char* name, std::initializer_list<Object*> args) {
    static Object* mod = createMathModule(currentInterp());
    REQUIRE(mod != nullptr);
    Object* f = getAttr(mod, name);
    REQUIRE(f != nullptr);
    std::vector<Object*> v(args);
    std::string r = take(call(f, v.data(), v.size()));
    for (Object* a : v) decref(a);
    decref(f);
    return r;
}

}  // namespace

TEST_CASE("int: small-int cache, conversions and repr", "[numbers]") {
    Env env;
    Object* a = I(256);
    Object* b = I(256);
    CHECK(a == b);
    CHECK(a->refcnt >= kImmortalRefcnt);
    decref(a);
    decref(b);
    CHECK(take(I(INT64_MIN)) == "-9223372036854775808");
    CHECK(take(intFromUint64(UINT64_MAX)) == "18446744073709551615");
    CHECK(take(parseInt(" -0x_ff ", 0)) == "-255");
    CHECK(take(parseInt("1_000_000")) == "1000000");
    CHECK(take(parseInt("010", 0)) == "ValueError: invalid literal for int() with base 0: '010'");
    CHECK(take(parseInt("\xd9\xa1\xd9\xa2")) == "12");   // Arabic-Indic digits
    CHECK(take(parseInt("zz", 36)) == "1295");
    CHECK(take(intFromDouble(1e20)) == "100000000000000000000");
    CHECK(take(intFromDouble(NAN)) == "ValueError: cannot convert float NaN to integer");
    Object* big = parseInt("123456789012345678901234567890");
    REQUIRE(big);
    CHECK(!intIsSmall(big));
    int64_t v;
    CHECK(!intAsInt64(big, &v));
    clearError();
    decref(big);
}

TEST_CASE("int: arithmetic with Python semantics", "[numbers]") {
    Env env;
    CHECK(bin(I(INT64_MAX), I(1), BinOp::Add) == "9223372036854775808");
    CHECK(bin(I(INT64_MIN), I(-1), BinOp::FloorDivide) == "9223372036854775808");
    CHECK(bin(I(-7), I(2), BinOp::FloorDivide) == "-4");
    CHECK(bin(I(-7), I(2), BinOp::Remainder) == "1");
    CHECK(bin(I(7), I(-2), BinOp::Remainder) == "-1");
    CHECK(bin(I(1), I(0), BinOp::Remainder) == "ZeroDivisionError: integer modulo by zero");
    CHECK(bin(I(1), I(0), BinOp::FloorDivide) ==
          "ZeroDivisionError: integer division or modulo by zero");
    CHECK(bin(I(1), I(3), BinOp::TrueDivide) == "0.3333333333333333");
    CHECK(bin(I(2), I(100), BinOp::Power) == "1267650600228229401496703205376");
    CHECK(bin(I(2), I(-2), BinOp::Power) == "0.25");
    CHECK(bin(I(1), I(-1), BinOp::Lshift) == "ValueError: negative shift count");
    CHECK(bin(I(-1), I(1000), BinOp::Rshift) == "-1");
    CHECK(bin(I(1), I(64), BinOp::Lshift) == "18446744073709551616");
    CHECK(bin(I(-5), I(3), BinOp::And) == "3");
    CHECK(take(power(I(3), I(-1), I(7))) == "5");
    CHECK(take(power(I(2), I(3), I(0))) == "ValueError: pow() 3rd argument cannot be 0");
    CHECK(take(power(I(2), I(-1), I(4))) ==
          "ValueError: base is not invertible for the given modulus");
    std::string digits = "1" + std::string(4400, '0');
    CHECK(take(parseInt(digits.c_str())) ==
          "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has "
          "4401 digits; use sys.set_int_max_str_digits() to increase the limit");
}

TEST_CASE("int/float/complex hashes equal CPython's", "[numbers]") {
    Env env;
    CHECK(hashOf(I(-1)) == -2);
    CHECK(hashOf(parseInt("2305843009213693951")) == 0);            // 2**61-1
    CHECK(hashOf(parseInt("2305843009213693952")) == 1);            // 2**61
    CHECK(hashOf(parseInt("-9223372036854775808")) == -4);          // -2**63
    CHECK(hashOf(parseInt("18446744073709551621")) == 13);          // 2**64+5
    CHECK(hashOf(floatFromDouble(1.5)) == 1152921504606846977);
    CHECK(hashOf(floatFromDouble(0.1)) == 230584300921369408);
    CHECK(hashOf(floatFromDouble(1e100)) == 1822893315824342674);
    CHECK(hashOf(floatFromDouble(1e-300)) == 482449582752280463);
    CHECK(hashOf(floatFromDouble(-std::ldexp(1.0, 70))) == -512);
    CHECK(hashOf(floatFromDouble(INFINITY)) == 314159);
    CHECK(hashOf(complexFromDoubles(1.0, 2.0)) == 2000007);
    CHECK(hashOf(floatFromDouble(3.0)) == hashOf(I(3)));
}

TEST_CASE("int/float comparisons are exact", "[numbers]") {
    Env env;
    Object* a = parseInt("9007199254740993");   // 2**53 + 1
    Object* f = floatFromDouble(9007199254740992.0);
    CHECK(richCompareBool(a, f, CompareOp::Gt) == 1);
    CHECK(richCompareBool(f, a, CompareOp::Lt) == 1);
    CHECK(richCompareBool(a, f, CompareOp::Eq) == 0);
    Object* n = floatFromDouble(NAN);
    CHECK(richCompareBool(a, n, CompareOp::Ne) == 1);
    CHECK(richCompareBool(a, n, CompareOp::Lt) == 0);
    decref(a);
    decref(f);
    decref(n);
}

TEST_CASE("float: arithmetic, pow special cases and errors", "[numbers]") {
    Env env;
    CHECK(bin(floatFromDouble(1.0), I(0), BinOp::TrueDivide) ==
          "ZeroDivisionError: float division by zero");
    CHECK(bin(floatFromDouble(1.0), I(0), BinOp::Remainder) == "ZeroDivisionError: float modulo");
    CHECK(bin(floatFromDouble(-7.5), I(2), BinOp::FloorDivide) == "-4.0");
    CHECK(bin(floatFromDouble(7.5), I(-2), BinOp::Remainder) == "-0.5");
    CHECK(bin(floatFromDouble(0.0), I(-1), BinOp::Power) ==
          "ZeroDivisionError: 0.0 cannot be raised to a negative power");
    CHECK(bin(floatFromDouble(10.0), I(400), BinOp::Power) ==
          "OverflowError: (34, 'Numerical result out of range')");
    CHECK(bin(floatFromDouble(-8.0), floatFromDouble(1.0 / 3.0), BinOp::Power) ==
          "(1.0000000000000002+1.7320508075688772j)");
    CHECK(bin(floatFromDouble(0.1), floatFromDouble(0.2), BinOp::Add) == "0.30000000000000004");
    std::string big = "1" + std::string(400, '0');
    CHECK(bin(parseInt(big.c_str()), floatFromDouble(1.5), BinOp::Multiply) ==
          "OverflowError: int too large to convert to float");
}

TEST_CASE("complex: arithmetic and repr", "[numbers]") {
    Env env;
    CHECK(take(complexFromDoubles(0.0, 1.0)) == "1j");
    CHECK(take(complexFromDoubles(-0.0, -1.0)) == "(-0-1j)");
    CHECK(bin(complexFromDoubles(1, 2), complexFromDoubles(3, -4), BinOp::TrueDivide) ==
          "(-0.2+0.4j)");
    CHECK(bin(complexFromDoubles(1, 1), I(-2), BinOp::Power) == "-0.5j");
    CHECK(bin(complexFromDoubles(0, 0), I(-1), BinOp::Power) ==
          "ZeroDivisionError: 0.0 to a negative or complex power");
    CHECK(bin(complexFromDoubles(1, 0), I(0), BinOp::TrueDivide) ==
          "ZeroDivisionError: complex division by zero");
}

TEST_CASE("format() of numbers", "[numbers]") {
    Env env;
    CHECK(fmt(I(1234567), ",") == "'1,234,567'");
    CHECK(fmt(I(-255), "#b") == "'-0b11111111'");
    CHECK(fmt(I(65), "c") == "'A'");
    CHECK(fmt(I(-1), "c") == "OverflowError: %c arg not in range(0x110000)");
    CHECK(fmt(I(42), ".2f") == "'42.00'");
    CHECK(fmt(floatFromDouble(2.5), ".0f") == "'2'");
    CHECK(fmt(floatFromDouble(1e16), "") == "'1e+16'");
    CHECK(fmt(complexFromDoubles(1, 2), ".2f") == "'1.00+2.00j'");
    CHECK(fmt(newBool(true), "") == "'True'");
    CHECK(fmt(newBool(true), "d") == "'1'");
}

TEST_CASE("math module", "[numbers]") {
    Env env;
    CHECK(mathCall("gamma", {floatFromDouble(0.1)}) == "9.513507698668732");
    CHECK(mathCall("lgamma", {floatFromDouble(-0.5)}) == "1.265512123484645");
    CHECK(mathCall("factorial", {I(30)}) == "265252859812191058636308480000000");
    CHECK(mathCall("factorial", {I(-1)}) ==
          "ValueError: factorial() not defined for negative values");
    CHECK(mathCall("comb", {I(100), I(50)}) == "100891344545564193334812497256");
    CHECK(mathCall("isqrt", {I(-1)}) == "ValueError: isqrt() argument must be nonnegative");
    CHECK(mathCall("isqrt", {parseInt("100000000000000000000000000000000000000000")}) ==
          "316227766016837933199");
    CHECK(mathCall("gcd", {I(-12), I(18), I(0)}) == "6");
    CHECK(mathCall("lcm", {I(4), I(6), I(10)}) == "60");
    CHECK(mathCall("hypot", {floatFromDouble(1e-320), floatFromDouble(3e-320)}) == "3.162e-320");
    CHECK(mathCall("hypot", {floatFromDouble(1.1), floatFromDouble(2.2), floatFromDouble(3.3)}) ==
          "4.115823125451335");
    CHECK(mathCall("sqrt", {I(-1)}) == "ValueError: math domain error");
    CHECK(mathCall("exp", {I(1000)}) == "OverflowError: math range error");
    CHECK(mathCall("log", {I(1024), I(2)}) == "10.0");
    CHECK(mathCall("log10", {parseInt("1000")}) == "3.0");
    CHECK(mathCall("floor", {floatFromDouble(-2.5)}) == "-3");
    CHECK(mathCall("trunc", {strFromAscii("a")}) ==
          "TypeError: type str doesn't define __trunc__ method");
    CHECK(mathCall("pow", {I(0), I(-1)}) == "ValueError: math domain error");
    CHECK(mathCall("ulp", {floatFromDouble(1.0)}) == "2.220446049250313e-16");
}

TEST_CASE("math.fsum is exact", "[numbers]") {
    Env env;
    Object* items[] = {floatFromDouble(1e100), floatFromDouble(1.0), floatFromDouble(-1e100),
                       floatFromDouble(1e-100), floatFromDouble(1e50), floatFromDouble(-1.0),
                       floatFromDouble(-1e50)};
    Object* t = tupleNew(7);
    for (int i = 0; i < 7; i++) tupleSetItemSteal(t, i, items[i]);
    CHECK(mathCall("fsum", {t}) == "1e-100");
}
