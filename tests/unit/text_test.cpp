// Text and binary types: the Unicode database, str methods and formatting, codecs, bytes and
// bytearray, through the C++ API. Expected values come from CPython 3.11.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "api/interpreter.h"
#include "core/abstract.h"
#include "core/errors.h"
#include "core/types.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode_db.h"

using namespace krait;

namespace {

Interpreter* textInterp() {
    static std::unique_ptr<Interpreter> i = Interpreter::create(InterpreterOptions{});
    return i.get();
}

struct Env {
    Env() { REQUIRE(textInterp() != nullptr); }
};

// The text of a str result (or "!ExcName: message" when the call raised), consuming it.
std::string text(Object* o) {
    if (!o) {
        Object* e = fetchError();
        REQUIRE(e != nullptr);
        std::string out = std::string("!") + typeName(e->type) + ": ";
        Object* s = str(e);
        if (s) {
            out += strToStd(s);
            decref(s);
        }
        decref(e);
        return out;
    }
    Object* s = isStr(o) ? newRef(o) : repr(o);
    decref(o);
    REQUIRE(s != nullptr);
    std::string out = strToStd(s);
    decref(s);
    return out;
}

Object* S(const char* utf8) { return strFromUtf8(utf8); }

// s.name(*args) with str arguments given as UTF-8.
std::string call(const char* self, const char* name, std::vector<Object*> args = {}) {
    Ref<> s = Ref<>::steal(S(self));
    Object* r = callMethod(s.get(), name, args.data(), args.size());
    for (Object* a : args) decref(a);
    return text(r);
}

}  // namespace

TEST_CASE("unicode database properties and mappings", "[text]") {
    using namespace krait::unicode;
    CHECK(isAlpha(0xE9));
    CHECK(isDecimal(0x0663));
    CHECK(decimalValue(0x0663) == 3);
    CHECK(isDigit(0x00B2));
    CHECK_FALSE(isDecimal(0x00B2));
    CHECK(isNumeric(0x4E00));    // CJK "one" (Unihan numeric)
    CHECK(isSpace(0x3000));
    CHECK(isSpace(0x1C));
    CHECK_FALSE(isSpace(0x200B));
    CHECK(isLinebreak(0x2028));
    CHECK_FALSE(isPrintable(0xAD));
    CHECK(isPrintable(0x1F600));
    CHECK(isTitle(0x01C5));
    CHECK(isXidStart(0x4E16));
    CHECK_FALSE(isAlpha(0x1E030));   // assigned only in Unicode 15.0
    uint32_t m[3];
    REQUIRE(toUpperFull(0xDF, m) == 2);
    CHECK((m[0] == 'S' && m[1] == 'S'));
    REQUIRE(toFoldedFull(0xDF, m) == 2);
    CHECK((m[0] == 's' && m[1] == 's'));
    REQUIRE(toTitleFull(0x01C6, m) == 1);
    CHECK(m[0] == 0x01C5);
    CHECK(toLowerSimple(0x0130) == 'i');
}

TEST_CASE("str case mapping and predicates", "[text]") {
    Env env;
    CHECK(call("straße", "upper") == "STRASSE");
    CHECK(call("ΑΣ", "lower") == "ας");
    CHECK(call("ΑΣ Α", "lower") == "ας α");
    CHECK(call("ﬁsh", "title") == "Fish");
    CHECK(call("hELLO wORLD", "swapcase") == "Hello World");
    CHECK(call("ǆemal", "capitalize") == "ǅemal");
    CHECK(call("Straße", "casefold") == "strasse");
    CHECK(call("They're bill's", "title") == "They'Re Bill'S");
    CHECK(call("Hello World", "istitle") == "True");
    CHECK(call("١٢٣", "isdecimal") == "True");
    CHECK(call("²", "isdigit") == "True");
    CHECK(call("½", "isnumeric") == "True");
    CHECK(call("_x1", "isidentifier") == "True");
    CHECK(call("1x", "isidentifier") == "False");
    CHECK(call("", "isascii") == "True");
    CHECK(call("\u00a0", "isprintable") == "False");
}

TEST_CASE("str searching, splitting and padding", "[text]") {
    Env env;
    CHECK(call("hello", "find", {S("l")}) == "2");
    CHECK(call("hello", "rfind", {S("l")}) == "3");
    CHECK(call("hello", "index", {S("z")}) == "!ValueError: substring not found");
    CHECK(call("aaaa", "count", {S("aa")}) == "2");
    CHECK(call("abc", "count", {S("")}) == "4");
    CHECK(call(" a  b ", "split") == "['a', 'b']");
    CHECK(call("a b   c  ", "split", {S(" "), intFromInt64(1)}) == "['a', 'b   c  ']");
    CHECK(call("a,b,,c", "rsplit", {S(","), intFromInt64(1)}) == "['a,b,', 'c']");
    CHECK(call("a\r\nb\rc\n", "splitlines") == "['a', 'b', 'c']");
    CHECK(call("x", "center", {intFromInt64(4), S("*")}) == "*x**");
    CHECK(call("-42", "zfill", {intFromInt64(6)}) == "-00042");
    CHECK(call("a\tbc\td", "expandtabs", {intFromInt64(4)}) == "a   bc  d");
    CHECK(call("abcabc", "replace", {S("b"), S("X"), intFromInt64(1)}) == "aXcabc");
    CHECK(call("abc", "replace", {S(""), S("-")}) == "-a-b-c-");
    CHECK(call("a.b.c", "rpartition", {S(".")}) == "('a.b', '.', 'c')");
    CHECK(call("xxhixx", "strip", {S("x")}) == "hi");
    CHECK(call("abc", "startswith", {tuplePack({}), intFromInt64(0)}) == "False");
    CHECK(call("a", "split", {S("")}) == "!ValueError: empty separator");
}

TEST_CASE("str.format and %-formatting", "[text]") {
    Env env;
    CHECK(call("{0}-{1!r}-{x:>4}", "format", {intFromInt64(1), S("a")}) ==
          "!KeyError: 'x'");
    CHECK(call("{}{0}", "format", {intFromInt64(1)}) ==
          "!ValueError: cannot switch from automatic field numbering to manual field "
          "specification");
    CHECK(call("{:{}}|{{}}", "format", {S("ab"), intFromInt64(4)}) == "ab  |{}");
    CHECK(call("{0[1]}", "format", {S("xyz")}) == "y");
    CHECK(call("}", "format") == "!ValueError: Single '}' encountered in format string");
    Ref<> fmt = Ref<>::steal(S("%5.2f|%-4d|%x|%s|%%"));
    Ref<> pi = Ref<>::steal(floatFromDouble(3.14159));
    Ref<> n42 = Ref<>::steal(intFromInt64(42));
    Ref<> n255 = Ref<>::steal(intFromInt64(255));
    Ref<> word = Ref<>::steal(S("é"));
    Ref<> args = Ref<>::steal(tuplePack({pi.get(), n42.get(), n255.get(), word.get()}));
    CHECK(text(strPercentFormat(fmt.get(), args.get())) == " 3.14|42  |ff|é|%");
    Ref<> t = Ref<>::steal(S("%d"));
    Ref<> one = Ref<>::steal(S("x"));
    CHECK(text(strPercentFormat(t.get(), one.get())) ==
          "!TypeError: %d format: a real number is required, not str");
    Ref<> two = Ref<>::steal(S("%s"));
    Ref<> pair = Ref<>::steal(tuplePack({one.get(), one.get()}));
    CHECK(text(strPercentFormat(two.get(), pair.get())) ==
          "!TypeError: not all arguments converted during string formatting");
    Ref<> named = Ref<>::steal(S("%(a)s"));
    CHECK(text(strPercentFormat(named.get(), one.get())) ==
          "!TypeError: format requires a mapping");
}

TEST_CASE("codecs", "[text]") {
    Env env;
    Ref<> s = Ref<>::steal(S("Grüße 😀"));
    std::string out;
    REQUIRE(codecsEncodeToStd(s.get(), "UTF8", "strict", out));
    CHECK(out == "Gr\xc3\xbc\xc3\x9f" "e \xf0\x9f\x98\x80");
    REQUIRE(codecsEncodeToStd(s.get(), "utf-16-le", "strict", out));
    CHECK(out.size() == 16);
    REQUIRE(codecsEncodeToStd(s.get(), "ascii", "xmlcharrefreplace", out));
    CHECK(out == "Gr&#252;&#223;e &#128512;");
    REQUIRE(codecsEncodeToStd(s.get(), "latin1", "backslashreplace", out));
    CHECK(out == "Gr\xfc\xdf" "e \\U0001f600");
    CHECK(text(codecsEncode(s.get(), "ascii", "strict")) ==
          "!UnicodeEncodeError: 'ascii' codec can't encode characters in position 2-3: "
          "ordinal not in range(128)");
    CHECK(text(codecsDecode("\xff", "utf-8", "strict")) ==
          "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid "
          "start byte");
    CHECK(text(codecsDecode("\xe2\x82", "utf-8", "strict")) ==
          "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected "
          "end of data");
    CHECK(text(codecsDecode("ok\xff", "utf-8", "surrogateescape")) == "ok\xed\xb3\xbf");
    CHECK(text(codecsDecode("a\xffz", "utf-8", "replace")) == "a\xef\xbf\xbdz");
    CHECK(text(codecsDecode(std::string_view("\xff\xfe" "a\x00", 4), "utf-16", "strict")) == "a");
    CHECK(text(codecsDecode("x", "koi9", "strict")) == "!LookupError: unknown encoding: koi9");
    CHECK(text(codecsDecode("\xff", "ascii", "nope")) ==
          "!LookupError: unknown error handler name 'nope'");
    CHECK(codecCanonicalName("ISO-8859-1") == "latin-1");
}

TEST_CASE("bytes and bytearray", "[text]") {
    Env env;
    Ref<> b = Ref<>::steal(bytesFromStd(std::string_view("a'\"\x00\xff", 5)));
    CHECK(text(repr(b.get())) == "b'a\\'\"\\x00\\xff'");
    Ref<> h = Ref<>::steal(bytesFromStd("abc"));
    CHECK(hash(h.get()) == strHash(Ref<>::steal(S("abc")).get()));
    Ref<> sep = Ref<>::steal(S(":"));
    Ref<> two = Ref<>::steal(intFromInt64(2));
    Object* hexArgs[] = {sep.get(), two.get()};
    CHECK(text(callMethod(h.get(), "hex", hexArgs, 2)) == "61:6263");
    Ref<> ba = Ref<>::steal(byteArrayFromStd("hello"));
    Ref<> x = Ref<>::steal(intFromInt64(33));
    Object* appendArgs[] = {x.get()};
    Ref<> r = Ref<>::steal(callMethod(ba.get(), "append", appendArgs, 1));
    CHECK(text(repr(ba.get())) == "bytearray(b'hello!')");
    std::string_view v;
    REQUIRE(getBytesView(ba.get(), &v));
    CHECK(v == "hello!");
    Ref<> s = Ref<>::steal(S("x"));
    CHECK_FALSE(getBytesView(s.get(), &v));
    CHECK(text(nullptr) == "!TypeError: a bytes-like object is required, not 'str'");
}

TEST_CASE("memoryview", "[text]") {
    Env env;
    REQUIRE(typeReady(&MemoryViewType));
    Ref<> ba = Ref<>::steal(byteArrayFromStd("hello"));
    Object* argv[] = {ba.get()};
    Ref<> mv = Ref<>::steal(call(asObject(&MemoryViewType), argv, 1));
    REQUIRE(mv);
    Ref<> zero = Ref<>::steal(intFromInt64(0));
    Ref<> j = Ref<>::steal(intFromInt64('J'));
    REQUIRE(setItem(mv.get(), zero.get(), j.get()) == 0);
    CHECK(text(repr(ba.get())) == "bytearray(b'Jello')");
    Ref<> x = Ref<>::steal(intFromInt64(1));
    Object* appendArgs[] = {x.get()};
    CHECK(text(callMethod(ba.get(), "append", appendArgs, 1)) ==
          "!BufferError: Existing exports of data: object cannot be re-sized");
    std::string_view v;
    REQUIRE(getBytesView(mv.get(), &v));
    CHECK(v == "Jello");
    Ref<> r = Ref<>::steal(callMethod(mv.get(), "release", nullptr, 0));
    CHECK(text(callMethod(ba.get(), "append", appendArgs, 1)) == "None");
    CHECK(text(callMethod(mv.get(), "tobytes", nullptr, 0)) ==
          "!ValueError: operation forbidden on released memoryview object");
    Ref<> b = Ref<>::steal(bytesFromStd("abcdef"));
    Object* bargs[] = {b.get()};
    Ref<> ro = Ref<>::steal(call(asObject(&MemoryViewType), bargs, 1));
    CHECK(setItem(ro.get(), zero.get(), j.get()) == -1);
    CHECK(text(nullptr) == "!TypeError: cannot modify read-only memory");
    CHECK(text(callMethod(ro.get(), "tolist", nullptr, 0)) == "[97, 98, 99, 100, 101, 102]");
}
