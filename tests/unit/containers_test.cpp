// Containers and iterators (tuple, list, dict, set, range, slice) through their C++ API and
// their Python-visible behaviour; expected values come from CPython 3.11.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "api/interpreter.h"
#include "core/abstract.h"
#include "core/errors.h"
#include "core/types.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"

using namespace krait;

namespace {

Interpreter* containersInterp() {
    static std::unique_ptr<Interpreter> i = Interpreter::create(InterpreterOptions{});
    return i.get();
}

struct Env {
    Env() { REQUIRE(containersInterp() != nullptr); }
};

Object* I(int64_t v) { return intFromInt64(v); }

std::string reprOf(Object* o) {
    Object* r = repr(o);
    if (!r) {
        clearError();
        return "<error>";
    }
    std::string s = strToStd(r);
    decref(r);
    return s;
}

std::string errName() {
    Object* e = fetchError();
    if (!e) return "";
    std::string n = e->type->name;
    Object* s = str(e);
    if (s) {
        n += ": " + strToStd(s);
        decref(s);
    }
    clearError();
    decref(e);
    return n;
}

}  // namespace

TEST_CASE("tuple basics and hash", "[containers]") {
    Env env;
    Ref<> a = Ref<>::steal(I(1));
    Ref<> b = Ref<>::steal(I(2));
    Ref<> t = Ref<>::steal(tuplePack({a.get(), b.get()}));
    CHECK(reprOf(t.get()) == "(1, 2)");
    CHECK(hash(t.get()) == -3550055125485641917LL);
    CHECK(hash(emptyTuple()) == 5740354900026072187LL);
    Ref<> one = Ref<>::steal(tuplePack({a.get()}));
    CHECK(reprOf(one.get()) == "(1,)");
    CHECK(hash(one.get()) == -6644214454873602895LL);
    Ref<> s = Ref<>::steal(tupleSlice(t.get(), 1, 5));
    CHECK(reprOf(s.get()) == "(2,)");
    CHECK(tupleNew(0) == emptyTuple());
    decref(emptyTuple());
}

TEST_CASE("list operations", "[containers]") {
    Env env;
    Ref<> l = Ref<>::steal(listNew(0));
    for (int i = 5; i > 0; i--) {
        Ref<> v = Ref<>::steal(I(i));
        REQUIRE(listAppend(l.get(), v.get()) == 0);
    }
    CHECK(reprOf(l.get()) == "[5, 4, 3, 2, 1]");
    REQUIRE(listSort(l.get(), nullptr, false) == 0);
    CHECK(reprOf(l.get()) == "[1, 2, 3, 4, 5]");
    REQUIRE(listSort(l.get(), nullptr, true) == 0);
    CHECK(reprOf(l.get()) == "[5, 4, 3, 2, 1]");
    Ref<> z = Ref<>::steal(I(0));
    REQUIRE(listInsert(l.get(), -100, z.get()) == 0);
    CHECK(reprOf(l.get()) == "[0, 5, 4, 3, 2, 1]");
    REQUIRE(listReverse(l.get()) == 0);
    CHECK(reprOf(l.get()) == "[1, 2, 3, 4, 5, 0]");
    Ref<> t = Ref<>::steal(listAsTuple(l.get()));
    CHECK(reprOf(t.get()) == "(1, 2, 3, 4, 5, 0)");
    // Recursive repr.
    REQUIRE(listAppend(l.get(), l.get()) == 0);
    CHECK(reprOf(l.get()) == "[1, 2, 3, 4, 5, 0, [...]]");
    Ref<> idx = Ref<>::steal(I(100));
    CHECK(getItem(l.get(), idx.get()) == nullptr);
    CHECK(errName() == "IndexError: list index out of range");
    Ref<> last = Ref<>::steal(I(-1));
    REQUIRE(delItem(l.get(), last.get()) == 0);   // break the cycle
    CHECK(listSize(l.get()) == 6);
}

TEST_CASE("list sort is stable for many items", "[containers]") {
    Env env;
    Ref<> l = Ref<>::steal(listNew(0));
    for (int i = 0; i < 1000; i++) {
        Ref<> k = Ref<>::steal(I((i * 7919) % 97));
        Ref<> v = Ref<>::steal(I(i));
        Ref<> t = Ref<>::steal(tuplePack({k.get(), v.get()}));
        REQUIRE(listAppend(l.get(), t.get()) == 0);
    }
    REQUIRE(listSort(l.get(), nullptr, false) == 0);
    for (ssize i = 1; i < listSize(l.get()); i++)
        REQUIRE(richCompareBool(listItem(l.get(), i - 1), listItem(l.get(), i), CompareOp::Lt) == 1);
}

TEST_CASE("dict insert, delete, order and errors", "[containers]") {
    Env env;
    Ref<> d = Ref<>::steal(dictNew());
    for (int i = 0; i < 100; i++) {
        Ref<> k = Ref<>::steal(I(i));
        Ref<> v = Ref<>::steal(I(i * i));
        REQUIRE(dictSetItem(d.get(), k.get(), v.get()) == 0);
    }
    CHECK(dictSize(d.get()) == 100);
    for (int i = 0; i < 100; i += 2) {
        Ref<> k = Ref<>::steal(I(i));
        REQUIRE(dictDelItem(d.get(), k.get()) == 0);
    }
    CHECK(dictSize(d.get()) == 50);
    ssize pos = 0;
    Object *k, *v;
    int64_t expect = 1;
    while (dictNext(d.get(), &pos, &k, &v)) {
        CHECK(asInt(k)->value == expect);
        CHECK(asInt(v)->value == expect * expect);
        expect += 2;
    }
    Ref<> missing = Ref<>::steal(I(4));
    CHECK(dictGetItem(d.get(), missing.get()) == nullptr);
    CHECK(!errOccurred());
    CHECK(dictDelItem(d.get(), missing.get()) == -1);
    CHECK(errName() == "KeyError: 4");
    // Keys versions: assigned on demand, kept when a value is replaced, dropped (and never
    // reused) when the set of keys changes.
    uint32_t ver = dictKeysVersion(d.get());
    CHECK(ver != 0);
    CHECK(dictKeysVersion(d.get()) == ver);
    REQUIRE(dictSetItemStr(d.get(), "name", missing.get()) == 0);
    CHECK(asDictObject(d.get())->keysVersion == 0);
    uint32_t ver2 = dictKeysVersion(d.get());
    CHECK(ver2 != ver);
    CHECK(dictGetItemStr(d.get(), "name") == missing.get());
    Ref<> one = Ref<>::steal(I(1));
    REQUIRE(dictSetItemStr(d.get(), "name", one.get()) == 0);   // replace: same keys
    CHECK(asDictObject(d.get())->keysVersion == ver2);
    Ref<> nameKey = Ref<>::steal(strFromUtf8("name"));
    ssize ix = dictIndexOf(d.get(), nameKey.get());
    REQUIRE(ix >= 0);
    CHECK(asDictObject(d.get())->entries[ix].value == one.get());
    CHECK(dictIndexOf(d.get(), missing.get()) == -1);   // not a str
    REQUIRE(dictDelItemStr(d.get(), "name") == 0);
    CHECK(asDictObject(d.get())->keysVersion == 0);
    CHECK(dictKeysVersion(d.get()) != ver2);
    Ref<> small = Ref<>::steal(dictNew());
    Ref<> a = Ref<>::steal(strFromUtf8("a"));
    REQUIRE(dictSetItem(small.get(), a.get(), a.get()) == 0);
    CHECK(reprOf(small.get()) == "{'a': 'a'}");
}

TEST_CASE("set iteration order and frozenset hash match CPython", "[containers]") {
    Env env;
    Ref<> s = Ref<>::steal(setNew(nullptr));
    for (int64_t x : {8, 16, 24, 3, 100, -1}) {
        Ref<> v = Ref<>::steal(I(x));
        REQUIRE(setAdd(s.get(), v.get()) == 0);
    }
    CHECK(reprOf(s.get()) == "{3, 100, 8, 16, 24, -1}");
    Ref<> one = Ref<>::steal(I(1));
    Ref<> two = Ref<>::steal(I(2));
    Ref<> t = Ref<>::steal(tuplePack({one.get(), two.get()}));
    Ref<> f = Ref<>::steal(frozenSetNew(t.get()));
    CHECK(hash(f.get()) == -1826646154956904602LL);
    Ref<> e = Ref<>::steal(frozenSetNew(nullptr));
    CHECK(hash(e.get()) == 133146708735736LL);
    CHECK(reprOf(e.get()) == "frozenset()");
    CHECK(setDiscard(s.get(), one.get()) == 0);
    Ref<> eight = Ref<>::steal(I(8));
    CHECK(setDiscard(s.get(), eight.get()) == 1);
    CHECK(setSize(s.get()) == 5);
}

TEST_CASE("range and slice", "[containers]") {
    Env env;
    Ref<> r = Ref<>::steal(rangeNew(0, 10, 2));
    CHECK(reprOf(r.get()) == "range(0, 10, 2)");
    CHECK(length(r.get()) == 5);
    CHECK(hash(r.get()) == -6143170332311272345LL);
    Ref<> r2 = Ref<>::steal(rangeNew(0, 5, 1));
    CHECK(reprOf(r2.get()) == "range(0, 5)");
    Ref<> sl = Ref<>::steal(sliceNew(nullptr, nullptr, nullptr));
    ssize start, stop, step, count;
    REQUIRE(sliceUnpack(sl.get(), 10, &start, &stop, &step, &count));
    CHECK((start == 0 && stop == 10 && step == 1 && count == 10));
    Ref<> m1 = Ref<>::steal(I(-1));
    Ref<> rev = Ref<>::steal(sliceNew(nullptr, nullptr, m1.get()));
    REQUIRE(sliceUnpack(rev.get(), 10, &start, &stop, &step, &count));
    CHECK((start == 9 && stop == -1 && step == -1 && count == 10));
    Ref<> sub = Ref<>::steal(getItem(r.get(), rev.get()));
    CHECK(reprOf(sub.get()) == "range(8, -2, -2)");
    CHECK(reprOf(sl.get()) == "slice(None, None, None)");
    Ref<> zero = Ref<>::steal(I(0));
    Ref<> bad = Ref<>::steal(sliceNew(nullptr, nullptr, zero.get()));
    CHECK(!sliceUnpack(bad.get(), 10, &start, &stop, &step, &count));
    CHECK(errName() == "ValueError: slice step cannot be zero");
}

TEST_CASE("freeing deeply nested containers does not overflow the stack", "[containers]") {
    Env env;
    Object* cur = listNew(0);
    for (int i = 0; i < 200000; i++) {
        Object* outer = listNew(0);
        REQUIRE(listAppend(outer, cur) == 0);
        decref(cur);
        cur = outer;
    }
    decref(cur);
    Object* t = newRef(emptyTuple());
    for (int i = 0; i < 200000; i++) {
        Object* outer = tuplePack({t});
        decref(t);
        t = outer;
    }
    CHECK(hash(t) == -1);   // RecursionError, not a crash
    CHECK(errName().rfind("RecursionError", 0) == 0);
    decref(t);
}
