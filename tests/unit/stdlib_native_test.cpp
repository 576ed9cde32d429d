// The stdlib accelerator modules (vm/modules/*_module.cpp): each case runs a small program
// on an interpreter and compares repr(result) with what CPython 3.11 prints for it.
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
#include "objects/str.h"

using namespace krait;

namespace {

Interpreter* stdlibInterp() {
    static std::unique_ptr<Interpreter> i = Interpreter::create(InterpreterOptions{});
    return i.get();
}

std::string stdlibErrText() {
    Object* e = fetchError();
    if (!e) return "";
    Object* s = str(e);
    std::string r = std::string(e->type->name) + ": " + (s ? strToStd(s) : "<str failed>");
    xdecref(s);
    decref(e);
    return r;
}

// Runs src in a fresh namespace; returns repr() of its global `result` or "Type: message".
std::string stdlibRun(const std::string& src) {
    REQUIRE(stdlibInterp() != nullptr);
    Object* g = dictNew();
    dictSetItemStr(g, "__builtins__", currentThread()->interp->builtinsModule);
    Object* name = strFromUtf8("__stdlibtest__");
    dictSetItemStr(g, "__name__", name);
    decref(name);
    Object* fname = strFromUtf8("<stdlibtest>");
    Object* code = compileSource(src, fname, CompileMode::Exec, 0);
    decref(fname);
    std::string out;
    if (!code) {
        out = stdlibErrText();
    } else {
        Object* r = evalCode(code, g, g);
        decref(code);
        if (!r) {
            out = stdlibErrText();
        } else {
            decref(r);
            Object* v = dictGetItemStr(g, "result");
            if (v) {
                Object* s = repr(v);
                out = s ? strToStd(s) : stdlibErrText();
                xdecref(s);
            }
        }
    }
    dictClear(g);
    decref(g);
    return out;
}

}  // namespace


TEST_CASE("stdlib native: itertools", "[stdlib]") {
    CHECK(stdlibRun("import itertools as it\nresult = (list(it.islice(it.count(5, 2), 3)), list(it.accumulate([1,2,3])), [(k, list(g)) for k, g in it.groupby('aabc')], list(it.permutations('abc', 2))[:3], list(it.combinations_with_replacement('ab', 2)), list(it.zip_longest('ab', 'c', fillvalue='-')), repr(it.count(3)), repr(it.repeat('x', 2)))") ==
          "([5, 7, 9], [1, 3, 6], [('a', ['a', 'a']), ('b', ['b']), ('c', ['c'])], [('a', 'b'), ('a', 'c'), ('b', 'a')], [('a', 'a'), ('a', 'b'), ('b', 'b')], [('a', 'c'), ('b', '-')], 'count(3)', \"repeat('x', 2)\")");
}

TEST_CASE("stdlib native: deque", "[stdlib]") {
    CHECK(stdlibRun("from collections import deque\nd = deque([1, 2, 3], maxlen=3)\nd.append(4)\nd.rotate(1)\nd.appendleft(9)\nresult = (repr(d), d.maxlen, list(reversed(d)), d.index(4), d == deque([9, 4, 2]))") ==
          "('deque([9, 4, 2], maxlen=3)', 3, [2, 4, 9], 1, True)");
}

TEST_CASE("stdlib native: defaultdict", "[stdlib]") {
    CHECK(stdlibRun("from collections import defaultdict, Counter, OrderedDict, namedtuple\ndd = defaultdict(list)\ndd['a'].append(1)\nP = namedtuple('P', 'x y')\nresult = (repr(dd), Counter('abracadabra').most_common(2), list(OrderedDict(b=1, a=2)), P(1, 2))") ==
          "(\"defaultdict(<class 'list'>, {'a': [1]})\", [('a', 5), ('b', 2)], ['b', 'a'], P(x=1, y=2))");
}

TEST_CASE("stdlib native: random", "[stdlib]") {
    CHECK(stdlibRun("import random\nrandom.seed(42)\na = [random.random() for _ in range(2)]\nrandom.seed('krait')\nresult = (a, random.randint(1, 1000), random.getrandbits(40))") ==
          "([0.6394267984578837, 0.025010755222666936], 115, 635155868587)");
}

TEST_CASE("stdlib native: re", "[stdlib]") {
    CHECK(stdlibRun("import re\nm = re.search(r'(?P<k>\\w+)=(\\d+)', 'x: key=42;')\nresult = (m.group('k', 2), m.span(), re.sub(r'(a)(b)?', r'[\\1\\2]', 'ab a'), re.split(r'\\W+', 'a, b  c'), re.findall(r'(?i)[a-c]+', 'xAbCx cab'))") ==
          "(('key', '42'), (3, 9), '[ab] [a]', ['a', 'b', 'c'], ['AbC', 'cab'])");
}

TEST_CASE("stdlib native: struct", "[stdlib]") {
    CHECK(stdlibRun("import struct\nresult = (struct.pack('<hId', -1, 7, 0.5), struct.unpack('>H', b'\\x01\\x02'), struct.calcsize('@bq'))") ==
          "(b'\\xff\\xff\\x07\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\xe0?', (258,), 16)");
}

TEST_CASE("stdlib native: json", "[stdlib]") {
    CHECK(stdlibRun("import json\nresult = (json.dumps({'a': [1, 2.5, None, True]}, sort_keys=True), json.loads('{\"x\": [1, \"y\"]}'))") ==
          "('{\"a\": [1, 2.5, null, true]}', {'x': [1, 'y']})");
}

TEST_CASE("stdlib native: functools", "[stdlib]") {
    CHECK(stdlibRun("import functools\n@functools.lru_cache(maxsize=None)\ndef fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)\np = functools.partial(int, base=2)\nresult = (fib(30), p('101'), functools.reduce(lambda a, b: a * b, range(1, 6)), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))") ==
          "(832040, 5, 120, [3, 2, 1])");
}

TEST_CASE("stdlib native: os", "[stdlib]") {
    CHECK(stdlibRun("import os, os.path, errno\nst = os.stat('/')\nresult = (os.path.join('a', 'b'), os.path.splitext('x.tar.gz'), errno.errorcode[errno.ENOENT], os.path.isdir('/'), st.st_mode == st[0])") ==
          "('a/b', ('x.tar', '.gz'), 'ENOENT', True, True)");
}

TEST_CASE("stdlib native: string", "[stdlib]") {
    CHECK(stdlibRun("import string, _string\nresult = (list(_string.formatter_parser('a{0!r:>3}b')), string.Formatter().format('{x}-{0}', 1, x=2), string.Template('$a').substitute(a=5))") ==
          "([('a', '0', '>3', 'r'), ('b', None, None, None)], '2-1', '5')");
}

TEST_CASE("stdlib native: csv", "[stdlib]") {
    CHECK(stdlibRun("import csv, io\ns = io.StringIO()\ncsv.writer(s).writerow(['a', 'b,c', 'd\"e', None, 1.5])\nresult = (s.getvalue(), list(csv.reader(io.StringIO(s.getvalue(), newline=''))))") ==
          "('a,\"b,c\",\"d\"\"e\",,1.5\\r\\n', [['a', 'b,c', 'd\"e', '', '1.5']])");
}

TEST_CASE("stdlib native: hashlib", "[stdlib]") {
    CHECK(stdlibRun("import hashlib, hmac\nresult = (hashlib.md5(b'abc').hexdigest(), hashlib.sha1(b'abc').hexdigest(), hashlib.sha256(b'abc').hexdigest()[:16], hashlib.sha3_256(b'').hexdigest()[:16], hashlib.blake2s(b'x').hexdigest()[:16], hmac.new(b'k', b'm', 'sha256').hexdigest()[:16])") ==
          "('900150983cd24fb0d6963f7d28e17f72', 'a9993e364706816aba3e25717850c26c9cd0d89d', 'ba7816bf8f01cfea', 'a7ffc6f8bf1ed766', 'ec308c07c83582c6', 'b60090e3052297ae')");
}

TEST_CASE("stdlib native: binascii", "[stdlib]") {
    CHECK(stdlibRun("import binascii, base64\nresult = (binascii.hexlify(b'\\x01\\xff', ':'), base64.b64encode(b'hi!?'), binascii.crc32(b'abc'), base64.b32decode(b'NBUQ===='))") ==
          "(b'01:ff', b'aGkhPw==', 891568578, b'hi')");
}

TEST_CASE("stdlib native: contextvars", "[stdlib]") {
    CHECK(stdlibRun("import contextvars\nv = contextvars.ContextVar('v', default=1)\nt = v.set(2)\na = v.get()\nv.reset(t)\nresult = (a, v.get(), contextvars.copy_context().run(lambda: v.set(3) and v.get()), v.get())") ==
          "(2, 1, 3, 1)");
}

TEST_CASE("stdlib native: thread", "[stdlib]") {
    CHECK(stdlibRun("import threading, _thread\nl = threading.Lock()\nresult = (l.acquire(), l.locked(), l.acquire(False), _thread.get_ident() == threading.get_ident(), _thread.error is RuntimeError)") ==
          "(True, True, False, True, True)");
}

namespace {

// A tick hook for the _sre polling test: after `limit` calls it either requests a
// KeyboardInterrupt or raises TimeoutError (as the web build's run budgets do).
struct SreTickBudget {
    int calls = 0;
    int limit = 0;
    bool keyboard = false;
};

int sreTickHook(InterpState* interp, void* data) {
    auto* b = static_cast<SreTickBudget*>(data);
    if (++b->calls < b->limit) return 0;
    if (b->keyboard) {
        interp->pendingInterrupt = kInterruptKeyboard;
        return 0;
    }
    setError(&ExcTimeoutError, "regex budget");
    return -1;
}

// Runs a catastrophic match (hours of backtracking) under a tick budget: the matcher must
// poll the hook and stop with its exception.
std::string sreRunBudgeted(bool keyboard) {
    REQUIRE(stdlibInterp() != nullptr);
    InterpState* interp = currentThread()->interp;
    SreTickBudget budget;
    budget.limit = 20;
    budget.keyboard = keyboard;
    interp->tickHook = sreTickHook;
    interp->tickHookData = &budget;
    int32_t oldInterval = interp->tickInterval;
    interp->tickInterval = 1000;
    currentThread()->tickCountdown = 1000;
    std::string out = stdlibRun(
        "import re\np = re.compile(r'(x+x+)+y')\nresult = p.match('x' * 60)");
    interp->tickHook = nullptr;
    interp->tickHookData = nullptr;
    interp->tickInterval = oldInterval;
    currentThread()->tickCountdown = oldInterval;
    interp->pendingInterrupt = 0;
    CHECK(budget.calls >= budget.limit);
    return out;
}

}  // namespace

TEST_CASE("stdlib native: re polls the tick hook in long matches", "[stdlib]") {
    CHECK(sreRunBudgeted(false) == "TimeoutError: regex budget");
    CHECK(sreRunBudgeted(true) == "KeyboardInterrupt: ");
    // The interpreter still works afterwards.
    CHECK(stdlibRun("import re\nresult = re.match(r'(x+x+)+y', 'xxxy').span()") == "(0, 4)");
}

TEST_CASE("stdlib native: re validates absurdly nested code without overflowing", "[stdlib]") {
    // 200000 nested ATOMIC_GROUPs around one LITERAL: the validator recurses per level, so
    // the recursion guard must stop it with RecursionError instead of a native stack overflow.
    CHECK(stdlibRun("import _sre\nn = 200000\ncode = [27, 0] * n + [16, 97] + [1] * n + [1]\n"
                    "for i in range(n):\n    code[2 * i + 1] = 3 * n + 1 - 3 * i\n"
                    "try:\n    _sre.compile('a', 0, code, 0, {}, ())\n    result = 'accepted'\n"
                    "except RecursionError as e:\n    result = str(e)\n") ==
          "'maximum recursion depth exceeded while validating a regular expression'");
    CHECK(stdlibRun("import _sre\ncode = [27, 7, 27, 4, 16, 97, 1, 1, 1]\n"
                    "result = _sre.compile('a', 0, code, 0, {}, ()).match('ab').span()") == "(0, 1)");
}
