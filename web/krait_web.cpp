// Embind bindings for the JavaScript package (js/): one Session per wasm instance owns a
// krait::Interpreter, a table of Python objects handed to JS (PyProxy handles), the `js` and
// `_krait_web` modules that let Python see JS objects, and the resumable-run state used by
// runPythonAsync (time slices, suspension for input()/time.sleep()/await of a promise).
//
// Ownership: a PyProxy holds one reference to its Python object through its handle slot;
// Session::release() (proxy.destroy() or the FinalizationRegistry) drops it. A JsProxy (the
// Python view of a JS value) holds an id into the JS-side reference table of js/bridge.mjs;
// its __del__ releases the id.
//
// JS is only ever called through the bridge object's methods, which catch every JS exception
// (a JS exception unwinding through wasm frames would skip the interpreter's cleanup).
#include <emscripten.h>
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cmath>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "api/interpreter.h"
#include "bytecode/code.h"
#include "compiler/compiler.h"
#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/eval.h"
#include "interp/function.h"
#include "interp/import.h"
#include "interp/traceback_print.h"
#include "modules/embedded_py_module.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parser/parser.h"

using emscripten::val;

namespace krait::web {
namespace {

// Kinds reported by bridge.kind(value) (keep in sync with js/bridge.mjs).
enum JsKind : int {
    kJsUndefined = 0, kJsNull = 1, kJsBool = 2, kJsNumber = 3, kJsBigInt = 4, kJsString = 5,
    kJsBytes = 6, kJsArray = 7, kJsMap = 8, kJsPyProxy = 9, kJsDestroyedPyProxy = 10,
    kJsFunction = 11, kJsObject = 12, kJsPlainObject = 13, kJsSet = 14,
};

// What a paused async run waits for (Session::waitKind()).
enum WaitKind : int { kWaitNone = 0, kWaitStdin = 1, kWaitSleep = 2, kWaitPromise = 3 };

// Status of startAsync()/resume().
enum RunStatus : int { kRunDone = 0, kRunPaused = 1, kRunError = 2 };

extern const char kWebPySuspendSource[];
extern const char kWebPyJsSource[];

}  // namespace

class Session {
public:
    explicit Session(val bridge, val options);
    ~Session();

    bool ok() const { return interp_ != nullptr; }

    // ---- running code
    val runPython(std::string code, std::string filename, int globalsHandle);
    int startAsync(std::string code, std::string filename, int globalsHandle, double sliceMs,
                   double timeLimitMs, double tickLimit);
    int resume(double sliceMs);
    val takeResult();
    void cancelAsync();
    void interrupt() { state_->pendingInterrupt = kInterruptKeyboard; }
    void setPollInterrupts(bool on) { pollInterrupts_ = on; }
    void flush() { flushStdStreams(); }

    // ---- suspension (runPythonAsync)
    int waitKind() const { return waitKind_; }
    val waitArg() const { return waitArg_; }
    void deliver(val v);
    void deliverError(val err);
    void deliverInterrupt();

    // ---- PyProxy operations (handles)
    int globalsHandle() const { return mainHandle_; }
    val getAttr(int h, std::string name);
    bool setAttr(int h, std::string name, val value);
    bool delAttr(int h, std::string name);
    val hasAttr(int h, std::string name);
    val callHandle(int h, val args, val kwargs);
    val getItem(int h, val key);
    bool setItem(int h, val key, val value);
    bool delItem(int h, val key);
    val contains(int h, val key);
    val length(int h);
    val repr(int h);
    val strOf(int h);
    std::string typeName(int h);
    bool isCallable(int h);
    int getIter(int h);
    val iterNext(int h);
    val toJsDeep(int h);
    val dir(int h);
    val isCoroutine(int h);
    int toPyHandle(val v, bool deep);
    void release(int h);
    int handleCount() const { return int(handles_.size() - freeHandles_.size()); }
    val pyimport(std::string name);
    bool registerJsModule(std::string name, val obj);
    bool unregisterJsModule(std::string name);

    // ---- used by the _krait_web module functions
    Object* jsToPy(const val& v, bool deep, int depth = 0);
    val pyToJs(Object* o, bool deep, int depth = 0);
    Object* newJsProxy(const val& v);
    // Defines JsProxy, JsException and _drive (kWebPyJsSource) on first use: start-up does
    // not pay for compiling them. False with an exception set on failure.
    bool ensureJsClasses();
    // Replaces input() and time.sleep() with versions that suspend a runPythonAsync() run
    // (kWebPySuspendSource), once, before the first runPythonAsync() code runs.
    bool ensureSuspension();
    bool jsIdOf(Object* o, int* id);
    Object* raiseJsError();   // after a bridge call returned the error sentinel
    val bridgeCall(const char* method, val a = val::undefined(), val b = val::undefined(),
                   val c = val::undefined(), val d = val::undefined());
    bool isErr(const val& v) const { return v.strictlyEquals(errSentinel_); }
    val& bridge() { return bridge_; }

    // Suspension requests from Python (see kWebPySuspendSource: _wait()).
    Object* request(int kind, Object* arg);
    Object* take();
    bool canSuspend() const { return asyncActive_; }

private:
    friend int tickHook(InterpState*, void*);
    int newHandle(Object* o);   // steals o
    Object* handleObj(int h);   // borrowed; null with a JS-side error for a bad handle
    val fail();                 // converts the pending Python exception to a JS PythonError
    bool compileSplit(const std::string& code, const std::string& filename, int flags,
                      Ref<>* execCode, Ref<>* evalCode);
    int runAsyncStep(Object* r, bool paused);
    int startPhase(Object* code);
    int finishAsync(int status);

    std::unique_ptr<Interpreter> interp_;
    InterpState* state_ = nullptr;
    val bridge_;
    val errSentinel_ = val::undefined();
    val doneSentinel_ = val::undefined();
    std::vector<Object*> handles_;
    std::vector<int> freeHandles_;
    int mainHandle_ = -1;
    Object* webModule_ = nullptr;     // _krait_web
    Object* jsProxyClass_ = nullptr;
    Object* jsExceptionClass_ = nullptr;
    Object* driveCode_ = nullptr;     // runs a coroutine inline (top-level await)
    bool suspensionReady_ = false;    // ensureSuspension() ran

    // async run state
    bool asyncActive_ = false;
    bool asyncHasValue_ = false;      // the code ends with an expression
    Object* asyncGlobals_ = nullptr;
    Object* pendingEval_ = nullptr;   // the last expression's code, run after the statements
    Object* asyncResult_ = nullptr;
    Object* driveBox_ = nullptr;      // list receiving a driven coroutine's result
    double sliceDeadline_ = 0;
    double runDeadline_ = 0;
    double tickLimit_ = 0;
    double ticksUsed_ = 0;
    bool pollInterrupts_ = false;
    // wait state
    int waitKind_ = kWaitNone;
    val waitArg_ = val::undefined();
    bool delivered_ = false;
    bool waitInterrupted_ = false;
    Object* deliveredValue_ = nullptr;
    Object* deliveredError_ = nullptr;
};

namespace {

Session* sessionOf() { return static_cast<Session*>(currentInterp()->hostData); }

constexpr int32_t kTickInterval = 256;   // ticks between host checks (slices, interrupts, budgets)

}  // namespace

int tickHook(InterpState* interp, void* data) {
    Session* s = static_cast<Session*>(data);
    if (s->pollInterrupts_) {
        val r = s->bridge_.call<val>("pollInterrupt");
        if (r.as<bool>()) interp->pendingInterrupt = kInterruptKeyboard;
    }
    if (!s->asyncActive_) return 0;
    s->ticksUsed_ += kTickInterval;
    double now = emscripten_get_now();
    if (s->tickLimit_ > 0 && s->ticksUsed_ > s->tickLimit_) {
        setError(&ExcTimeoutError, "run exceeded its instruction budget (%.0f ticks)",
                 s->tickLimit_);
        return -1;
    }
    if (s->runDeadline_ > 0 && now > s->runDeadline_) {
        setError(&ExcTimeoutError, "run exceeded its time budget");
        return -1;
    }
    if (now >= s->sliceDeadline_ && interp->pendingInterrupt == 0)
        interp->pendingInterrupt = kInterruptPause;
    return 0;
}

// ---------------------------------------------------------------------------------------------
// _krait_web: the native half of the `js` module and of the suspension machinery.

namespace {

Object* jsIdArg(Object* o, int* id) {
    int64_t v = 0;
    if (!isInt(o) || !intAsInt64(o, &v)) {
        if (!errOccurred()) setError(&ExcTypeError, "expected a JS reference id");
        return nullptr;
    }
    *id = int(v);
    return o;
}

#define WEB_ARGS(name, lo, hi)                                                   \
    if (!checkNoKwargs(name, kwnames) || !checkArgCount(name, nargs, lo, hi)) \
        return nullptr;                                                          \
    Session* s = sessionOf();

Object* wrapResult(Session* s, const val& r) {
    if (s->isErr(r)) return s->raiseJsError();
    return s->jsToPy(r, false);
}

Object* webGet(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_get", 2, 2);
    int id;
    if (!jsIdArg(args[0], &id) || !isStr(args[1])) return nullptr;
    val r = s->bridgeCall("get", val(id), val(strToStd(args[1])));
    if (r.strictlyEquals(s->bridge()["MISSING"])) {
        return setError(&ExcAttributeError, "JS object has no attribute '%s'", strUtf8(args[1]));
    }
    return wrapResult(s, r);
}

Object* webSet(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_set", 3, 3);
    int id;
    if (!jsIdArg(args[0], &id) || !isStr(args[1])) return nullptr;
    val v = s->pyToJs(args[2], false);
    if (errOccurred()) return nullptr;
    val r = s->bridgeCall("set", val(id), val(strToStd(args[1])), v);
    if (s->isErr(r)) return s->raiseJsError();
    return newNone();
}

Object* webDel(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_del", 2, 2);
    int id;
    if (!jsIdArg(args[0], &id) || !isStr(args[1])) return nullptr;
    val r = s->bridgeCall("del", val(id), val(strToStd(args[1])));
    if (s->isErr(r)) return s->raiseJsError();
    return newNone();
}

// _call(id, this_id_or_None, args_tuple, kwargs_dict_or_None, construct)
Object* webCall(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_call", 5, 5);
    int id, thisId = -1;
    if (!jsIdArg(args[0], &id)) return nullptr;
    if (!isNone(args[1]) && !jsIdArg(args[1], &thisId)) return nullptr;
    if (!isTuple(args[2])) return setError(&ExcTypeError, "_call: args must be a tuple");
    val jsArgs = val::array();
    for (ssize i = 0; i < tupleSize(args[2]); ++i) {
        val a = s->pyToJs(tupleItem(args[2], i), false);
        if (errOccurred()) return nullptr;
        jsArgs.call<void>("push", a);
    }
    if (isDict(args[3]) && dictSize(args[3]) > 0) {
        val kw = val::object();
        ssize pos = 0;
        Object *k, *v;
        while (dictNext(args[3], &pos, &k, &v)) {
            val jv = s->pyToJs(v, false);
            if (errOccurred()) return nullptr;
            kw.set(strToStd(k), jv);
        }
        jsArgs.call<void>("push", kw);
    }
    flushStdStreams();   // keep Python's and JS's output in order
    val r = s->bridgeCall("call", val(id), val(thisId), jsArgs, val(isTrueNoErr(args[4]) == 1));
    return wrapResult(s, r);
}

Object* webSimple(const char* method, Object* const* args) {
    Session* s = sessionOf();
    int id;
    if (!jsIdArg(args[0], &id)) return nullptr;
    val r = s->bridgeCall(method, val(id));
    return wrapResult(s, r);
}

Object* webRepr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_repr", 1, 1);
    (void)s;
    return webSimple("repr", args);
}
Object* webTypeof(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_typeof", 1, 1);
    (void)s;
    return webSimple("typeOf", args);
}
Object* webLen(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_len", 1, 1);
    (void)s;
    return webSimple("len", args);
}
Object* webIter(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_iter", 1, 1);
    (void)s;
    return webSimple("iter", args);
}
Object* webTruthy(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_truthy", 1, 1);
    (void)s;
    return webSimple("truthy", args);
}
Object* webDir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_dir", 1, 1);
    (void)s;
    return webSimple("dir", args);
}

Object* webNext(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_next", 1, 1);
    int id;
    if (!jsIdArg(args[0], &id)) return nullptr;
    val r = s->bridgeCall("next", val(id));
    if (s->isErr(r)) return s->raiseJsError();
    if (r.strictlyEquals(s->bridge()["DONE"])) return setErrorObject(&ExcStopIteration, nullptr);
    return s->jsToPy(r, false);
}

Object* webGetItem(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_getitem", 2, 2);
    int id;
    if (!jsIdArg(args[0], &id)) return nullptr;
    val k = s->pyToJs(args[1], false);
    if (errOccurred()) return nullptr;
    val r = s->bridgeCall("getItem", val(id), k);
    if (r.strictlyEquals(s->bridge()["MISSING"])) return setErrorObject(&ExcKeyError, args[1]);
    return wrapResult(s, r);
}

Object* webSetItem(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_setitem", 3, 3);
    int id;
    if (!jsIdArg(args[0], &id)) return nullptr;
    val k = s->pyToJs(args[1], false);
    if (errOccurred()) return nullptr;
    val v = s->pyToJs(args[2], false);
    if (errOccurred()) return nullptr;
    val r = s->bridgeCall("setItem", val(id), k, v);
    if (s->isErr(r)) return s->raiseJsError();
    return newNone();
}

Object* webEquals(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_equals", 2, 2);
    int a, b;
    if (!jsIdArg(args[0], &a) || !jsIdArg(args[1], &b)) return nullptr;
    return wrapResult(s, s->bridgeCall("equals", val(a), val(b)));
}

Object* webToPy(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_to_py", 1, 1);
    int id;
    if (!jsIdArg(args[0], &id)) return nullptr;
    val r = s->bridgeCall("ref", val(id));
    if (s->isErr(r)) return s->raiseJsError();
    return s->jsToPy(r, true);
}

Object* webToJs(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    // to_js(obj): deep conversion to a JS value, returned as a JsProxy (or a primitive).
    WEB_ARGS("to_js", 1, 1);
    val v = s->pyToJs(args[0], true);
    if (errOccurred()) return nullptr;
    return s->newJsProxy(v);
}

Object* webRelease(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_release", 1, 1);
    int id;
    if (!jsIdArg(args[0], &id)) return nullptr;
    s->bridge().call<void>("release", id);
    return newNone();
}

Object* webGlobal(Object*, Object* const*, size_t nargs, Object* kwnames) {
    WEB_ARGS("_global", 0, 0);
    return s->newJsProxy(s->bridge().call<val>("globalObject"));
}

Object* webRequest(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    WEB_ARGS("_request", 2, 2);
    int64_t kind = 0;
    if (!intAsInt64(args[0], &kind)) return nullptr;
    return s->request(int(kind), args[1]);
}

Object* webTake(Object*, Object* const*, size_t nargs, Object* kwnames) {
    WEB_ARGS("_take", 0, 0);
    return s->take();
}

Object* webCanSuspend(Object*, Object* const*, size_t nargs, Object* kwnames) {
    WEB_ARGS("_can_suspend", 0, 0);
    return newBool(s->canSuspend());
}

Object* webSyncStdin(Object*, Object* const*, size_t nargs, Object* kwnames) {
    // One line from the stdin callback, synchronously (None at EOF).
    WEB_ARGS("_sync_stdin", 0, 0);
    flushStdStreams();
    return wrapResult(s, s->bridgeCall("stdinSync"));
}

const MethodDef kWebMethods[] = {
    {"_get", webGet, 0, nullptr},           {"_set", webSet, 0, nullptr},
    {"_del", webDel, 0, nullptr},           {"_call", webCall, 0, nullptr},
    {"_repr", webRepr, 0, nullptr},         {"_typeof", webTypeof, 0, nullptr},
    {"_len", webLen, 0, nullptr},           {"_iter", webIter, 0, nullptr},
    {"_next", webNext, 0, nullptr},         {"_truthy", webTruthy, 0, nullptr},
    {"_dir", webDir, 0, nullptr},           {"_getitem", webGetItem, 0, nullptr},
    {"_setitem", webSetItem, 0, nullptr},   {"_equals", webEquals, 0, nullptr},
    {"_to_py", webToPy, 0, nullptr},        {"to_js", webToJs, 0, nullptr},
    {"_release", webRelease, 0, nullptr},   {"_global", webGlobal, 0, nullptr},
    {"_request", webRequest, 0, nullptr},   {"_take", webTake, 0, nullptr},
    {"_can_suspend", webCanSuspend, 0, nullptr},
    {"_sync_stdin", webSyncStdin, 0, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// `import js`: globalThis as a JsProxy, made on first import (InterpState::hostModules).
Object* createJsModule(InterpState*) {
    Session* s = sessionOf();
    return s->newJsProxy(s->bridge().call<val>("globalObject"));
}

const NativeModuleDef kHostModules[] = {{"js", createJsModule}, {nullptr, nullptr}};

}  // namespace

// ---------------------------------------------------------------------------------------------
// Session

Session::Session(val bridge, val options) : bridge_(bridge) {
    errSentinel_ = bridge_["ERR"];
    doneSentinel_ = bridge_["DONE"];
    InterpreterOptions opts;
    if (options["args"].isArray()) {
        opts.argv = emscripten::vecFromJSArray<std::string>(options["args"]);
    }
    if (opts.argv.empty()) opts.argv.push_back("");
    if (options["stdlibDir"].isString()) opts.stdlibDir = options["stdlibDir"].as<std::string>();
    if (options["path"].isArray()) {
        opts.extraPath = emscripten::vecFromJSArray<std::string>(options["path"]);
    }
    opts.executable = "krait";
    opts.unbuffered = true;   // js/ batches the text into lines itself
    interp_ = Interpreter::create(opts);
    if (!interp_) return;
    state_ = interp_->state();
    state_->hostData = this;
    state_->tickHook = tickHook;
    state_->tickHookData = this;
    state_->tickInterval = kTickInterval;
    currentThread()->tickCountdown = kTickInterval;

    // __main__ and its namespace (globals of runPython).
    Ref<> main = Ref<>::steal(moduleNew("__main__"));
    Ref<> web = Ref<>::steal(moduleNew("_krait_web"));
    bool good = main && web;
    if (good) {
        Object* g = moduleDict(main.get());
        good = dictSetItemStr(g, "__builtins__", state_->builtinsModule) == 0 &&
               dictSetItemStr(state_->modules, "__main__", main.get()) == 0 &&
               moduleAddFunctions(web.get(), kWebMethods) &&
               dictSetItemStr(state_->modules, "_krait_web", web.get()) == 0;
        if (good) mainHandle_ = newHandle(newRef(g));
    }
    // No Python source is compiled at start-up (the first line would wait for it): the
    // suspending input()/time.sleep() are installed by the first runPythonAsync()
    // (ensureSuspension), JsProxy and the rest on first use (ensureJsClasses), and `import js`
    // is a host module made on first import.
    if (good) setHostModules(state_, kHostModules);
    if (!good) {
        Object* exc = fetchError();
        std::string text = "start-up failed";
        if (exc) formatException(exc, &text);
        xdecref(exc);
        bridge_.call<void>("startupError", text);
        interp_.reset();
        state_ = nullptr;
        return;
    }
    webModule_ = web.release();
}

bool Session::ensureSuspension() {
    if (suspensionReady_) return true;
    if (!runEmbeddedSource(webModule_, "<_krait_web>", kWebPySuspendSource)) return false;
    suspensionReady_ = true;
    return true;
}

bool Session::ensureJsClasses() {
    if (!ensureSuspension()) return false;
    if (driveCode_) return true;
    if (!runEmbeddedSource(webModule_, "<_krait_web>", kWebPyJsSource)) return false;
    Object* d = moduleDict(webModule_);
    Object* proxyClass = dictGetItemStr(d, "JsProxy");
    Object* excClass = dictGetItemStr(d, "JsException");
    Object* drive = dictGetItemStr(d, "_drive");
    if (!proxyClass || !excClass || !drive || !isFunction(drive)) {
        setError(&ExcRuntimeError, "_krait_web: JsProxy, JsException or _drive missing");
        return false;
    }
    // _drive runs `yield from coro`: mark it an iterable coroutine (types.coroutine).
    asCode(asFunction(drive)->code)->flags |= kCoIterableCoroutine;
    Ref<> fname = Ref<>::steal(strFromUtf8("<krait-async>"));
    if (!fname) return false;
    Object* code = compileSource("for _ in _drive(coro, box): pass\n", fname.get(),
                                 CompileMode::Exec, 0);
    if (!code) return false;
    jsProxyClass_ = newRef(proxyClass);
    jsExceptionClass_ = newRef(excClass);
    driveCode_ = code;
    return true;
}

Session::~Session() {
    if (!interp_) return;
    for (Object* o : handles_) xdecref(o);
    handles_.clear();
    interp_->flush();
}

int Session::newHandle(Object* o) {
    if (!freeHandles_.empty()) {
        int h = freeHandles_.back();
        freeHandles_.pop_back();
        handles_[size_t(h)] = o;
        return h;
    }
    handles_.push_back(o);
    return int(handles_.size() - 1);
}

Object* Session::handleObj(int h) {
    if (h < 0 || size_t(h) >= handles_.size() || !handles_[size_t(h)]) {
        setError(&ExcValueError, "invalid or destroyed Python object handle %d", h);
        return nullptr;
    }
    return handles_[size_t(h)];
}

void Session::release(int h) {
    if (h < 0 || size_t(h) >= handles_.size() || !handles_[size_t(h)]) return;
    if (h == mainHandle_) return;
    Object* o = handles_[size_t(h)];
    handles_[size_t(h)] = nullptr;
    freeHandles_.push_back(h);
    decref(o);
}

val Session::fail() {
    Object* exc = fetchError();
    if (!exc) return val::undefined();
    std::string text;
    if (!formatException(exc, &text)) {
        clearError();
        text = "<exception could not be formatted>\n";
    }
    std::string type = "Exception";
    Ref<> name = Ref<>::steal(::krait::getAttr(asObject(exc->type), "__name__"));
    if (name && isStr(name.get())) type = strToStd(name.get());
    else clearError();
    int h = newHandle(exc);   // the exception object stays reachable as error.pyException
    flushStdStreams();
    bridge_.call<void>("setPyError", type, text, h);
    return val::undefined();
}

val Session::bridgeCall(const char* method, val a, val b, val c, val d) {
    return bridge_.call<val>(method, a, b, c, d);
}

Object* Session::raiseJsError() {
    if (!ensureJsClasses()) return nullptr;
    val info = bridge_.call<val>("takeJsError");   // [name, message, errorObjectOrUndefined]
    std::string name = info[0].as<std::string>();
    std::string message = info[1].as<std::string>();
    if (info[3].as<bool>()) {
        // A Python exception travelled through JS unchanged: re-raise it.
        int h = info[4].as<int>();
        Object* exc = handleObj(h);
        if (exc) {
            incref(exc);
            release(h);
            restoreError(exc);
        }
        return nullptr;
    }
    Ref<> errProxy = Ref<>::steal(jsToPy(info[2], false));
    if (!errProxy) return nullptr;
    Ref<> msg = Ref<>::steal(strFromUtf8(name + ": " + message));
    Ref<> nm = Ref<>::steal(strFromUtf8(name));
    if (!msg || !nm) return nullptr;
    Object* argv[3] = {msg.get(), nm.get(), errProxy.get()};
    Ref<> exc = Ref<>::steal(call(jsExceptionClass_, argv, 3));
    if (!exc) return nullptr;
    setErrorObject(exc->type, exc.get());
    return nullptr;
}

Object* Session::newJsProxy(const val& v) {
    if (!ensureJsClasses()) return nullptr;
    int id = bridge_.call<int>("addRef", v);
    Ref<> idObj = Ref<>::steal(intFromInt64(id));
    if (!idObj) return nullptr;
    return callOneArg(jsProxyClass_, idObj.get());
}

bool Session::jsIdOf(Object* o, int* id) {
    if (!jsProxyClass_ || !isInstanceOf(o, reinterpret_cast<Type*>(jsProxyClass_))) return false;
    Object** dp = instanceDictPtr(o);
    if (!dp || !*dp) return false;
    Object* v = dictGetItemStr(*dp, "_js_id");
    int64_t x;
    if (!v || !isInt(v) || !intAsInt64(v, &x)) return false;
    *id = int(x);
    return true;
}

// ---- conversions

val Session::pyToJs(Object* o, bool deep, int depth) {
    if (depth > 200) {
        setError(&ExcRecursionError, "object too deeply nested to convert to JavaScript");
        return val::undefined();
    }
    if (isNone(o)) return val::null();
    if (isBool(o)) return val(o == trueObj());
    if (isInt(o)) {
        int64_t v;
        if (intAsInt64(o, &v) && v <= 9007199254740991LL && v >= -9007199254740991LL) {
            return val(double(v));
        }
        clearError();
        Ref<> s = Ref<>::steal(::krait::repr(o));
        if (!s) return val::undefined();
        return bridge_.call<val>("bigint", strToStd(s.get()));
    }
    if (isFloat(o)) return val(floatValue(o));
    if (isStr(o)) return val(strToStd(o));
    if (isBytes(o) || isByteArray(o)) {
        std::string_view data;
        if (!getBytesView(o, &data)) return val::undefined();
        val view(emscripten::typed_memory_view(data.size(),
                                               reinterpret_cast<const uint8_t*>(data.data())));
        return val::global("Uint8Array").new_(view);
    }
    int id;
    if (jsIdOf(o, &id)) return bridge_.call<val>("ref", id);
    // Exact lists, tuples and dicts are copied; subclasses (OrderedDict, namedtuples...)
    // stay proxies unless a deep conversion asks for them.
    bool seq = deep ? (isList(o) || isTuple(o)) : (isListExact(o) || isTupleExact(o));
    if (seq) {
        val arr = val::array();
        Ref<> seq = Ref<>::borrow(o);
        ssize n = isList(o) ? listSize(o) : tupleSize(o);
        for (ssize i = 0; i < n; ++i) {
            if (isList(o) && i >= listSize(o)) break;
            Object* item = isList(o) ? listItem(o, i) : tupleItem(o, i);
            Ref<> keep = Ref<>::borrow(item);
            val v = pyToJs(item, deep, depth + 1);
            if (errOccurred()) return val::undefined();
            arr.call<void>("push", v);
        }
        return arr;
    }
    if (deep ? isDict(o) : isDictExact(o)) {
        val map = val::global("Map").new_();
        Ref<> items = Ref<>::steal(dictItems(o));
        if (!items) return val::undefined();
        for (ssize i = 0; i < listSize(items.get()); ++i) {
            Object* kv = listItem(items.get(), i);
            val k = pyToJs(tupleItem(kv, 0), deep, depth + 1);
            if (errOccurred()) return val::undefined();
            val v = pyToJs(tupleItem(kv, 1), deep, depth + 1);
            if (errOccurred()) return val::undefined();
            map.call<void>("set", k, v);
        }
        return map;
    }
    if (deep && isAnySet(o)) {
        val set = val::global("Set").new_();
        Ref<> it = Ref<>::steal(::krait::getIter(o));
        if (!it) return val::undefined();
        while (Object* item = ::krait::iterNext(it.get())) {
            Ref<> keep = Ref<>::steal(item);
            val v = pyToJs(item, deep, depth + 1);
            if (errOccurred()) return val::undefined();
            set.call<void>("add", v);
        }
        if (errOccurred()) return val::undefined();
        return set;
    }
    int h = newHandle(newRef(o));
    return bridge_.call<val>("makePyProxy", h);
}

Object* Session::jsToPy(const val& v, bool deep, int depth) {
    if (depth > 200) {
        return setError(&ExcRecursionError, "object too deeply nested to convert to Python");
    }
    int kind = bridge_.call<int>("kind", v);
    switch (kind) {
    case kJsUndefined:
    case kJsNull: return newNone();
    case kJsBool: return newBool(v.as<bool>());
    case kJsNumber: {
        double d = v.as<double>();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) <= 9007199254740991.0) {
            return intFromInt64(int64_t(d));
        }
        return floatFromDouble(d);
    }
    case kJsBigInt: {
        std::string s = bridge_.call<std::string>("bigToString", v);
        return intFromString(s, 10);
    }
    case kJsString: return strFromUtf8(v.as<std::string>());
    case kJsBytes: {
        val u8 = bridge_.call<val>("asBytes", v);
        size_t n = u8["length"].as<size_t>();
        Object* b = bytesNew(ssize(n));
        if (!b) return nullptr;
        val dst(emscripten::typed_memory_view(n, reinterpret_cast<uint8_t*>(
                                                      const_cast<char*>(bytesData(b)))));
        dst.call<void>("set", u8);
        return b;
    }
    case kJsArray: {
        size_t n = v["length"].as<size_t>();
        Ref<> list = Ref<>::steal(listNew(0));
        if (!list) return nullptr;
        for (size_t i = 0; i < n; ++i) {
            Ref<> item = Ref<>::steal(jsToPy(v[i], deep, depth + 1));
            if (!item || listAppend(list.get(), item.get()) < 0) return nullptr;
        }
        return list.release();
    }
    case kJsMap:
    case kJsPlainObject: {
        if (kind == kJsPlainObject && !deep) return newJsProxy(v);
        val entries = bridge_.call<val>("entries", v);
        size_t n = entries["length"].as<size_t>();
        Ref<> d = Ref<>::steal(dictNew());
        if (!d) return nullptr;
        for (size_t i = 0; i < n; ++i) {
            val kv = entries[i];
            Ref<> k = Ref<>::steal(jsToPy(kv[0], deep, depth + 1));
            if (!k) return nullptr;
            Ref<> x = Ref<>::steal(jsToPy(kv[1], deep, depth + 1));
            if (!x || dictSetItem(d.get(), k.get(), x.get()) < 0) return nullptr;
        }
        return d.release();
    }
    case kJsSet: {
        if (!deep) return newJsProxy(v);
        val items = val::global("Array").call<val>("from", v);
        Ref<> list = Ref<>::steal(jsToPy(items, deep, depth + 1));
        if (!list) return nullptr;
        Object* a = list.get();
        return call(asObject(&SetType), &a, 1);
    }
    case kJsPyProxy: {
        int h = bridge_.call<int>("pyHandle", v);
        Object* o = handleObj(h);
        return o ? newRef(o) : nullptr;
    }
    case kJsDestroyedPyProxy:
        return setError(&ExcValueError,
                        "a destroyed PyProxy was passed to Python (the object was released)");
    default: return newJsProxy(v);
    }
}

// ---- compiling: the statements, then the last expression (its value is the result)

bool Session::compileSplit(const std::string& code, const std::string& filename, int flags,
                           Ref<>* execCode, Ref<>* evalCode) {
    Ref<> fname = Ref<>::steal(strFromUtf8(filename));
    if (!fname) return false;
    SyntaxErrorInfo err;
    auto tree = parse(code, filename, ParseMode::File, err);
    if (!tree || tree->root->kind != ast::ModKind::Module) {
        // compileSource raises the proper SyntaxError.
        *execCode = Ref<>::steal(compileSource(code, fname.get(), CompileMode::Exec, flags));
        return bool(*execCode);
    }
    auto* mod = static_cast<ast::Module*>(tree->root);
    ast::Expression last;
    if (!mod->body.empty() && mod->body.back()->kind == ast::StmtKind::Expr) {
        last.body = static_cast<ast::ExprStmt*>(mod->body.back())->value;
        mod->body.pop_back();
    }
    *execCode = Ref<>::steal(compileAst(mod, code, fname.get(), CompileMode::Exec, flags));
    if (!*execCode) return false;
    if (last.body) {
        *evalCode = Ref<>::steal(compileAst(&last, code, fname.get(), CompileMode::Eval, flags));
        if (!*evalCode) return false;
    }
    return true;
}

val Session::runPython(std::string code, std::string filename, int globalsHandle) {
    if (asyncActive_) {
        setError(&ExcRuntimeError,
                 "runPython() called while runPythonAsync() is running (await it first)");
        return fail();
    }
    Object* globals = handleObj(globalsHandle < 0 ? mainHandle_ : globalsHandle);
    if (!globals) return fail();
    if (!isDict(globals)) {
        setError(&ExcTypeError, "globals must be a dict");
        return fail();
    }
    if (!dictGetItemStr(globals, "__builtins__") &&
        dictSetItemStr(globals, "__builtins__", state_->builtinsModule) < 0) {
        return fail();
    }
    Ref<> keep = Ref<>::borrow(globals);
    Ref<> execCode, evalCode;
    if (!compileSplit(code, filename, 0, &execCode, &evalCode)) return fail();
    Ref<> r = Ref<>::steal(::krait::evalCode(execCode.get(), globals, globals));
    if (!r) return fail();
    flushStdStreams();
    if (!evalCode) return val::undefined();   // no final expression: like a JS statement
    r = Ref<>::steal(::krait::evalCode(evalCode.get(), globals, globals));
    flushStdStreams();
    if (!r) return fail();
    val result = pyToJs(r.get(), false);
    if (errOccurred()) return fail();
    return result;
}

// ---- runPythonAsync: resumable phases (statements, then the last expression)

int Session::startAsync(std::string code, std::string filename, int globalsHandle,
                        double sliceMs, double timeLimitMs, double tickLimit) {
    if (asyncActive_) {
        setError(&ExcRuntimeError, "another runPythonAsync() is still running in this interpreter");
        fail();
        return kRunError;
    }
    Object* globals = handleObj(globalsHandle < 0 ? mainHandle_ : globalsHandle);
    if (!globals) {
        fail();
        return kRunError;
    }
    if (!dictGetItemStr(globals, "__builtins__") &&
        dictSetItemStr(globals, "__builtins__", state_->builtinsModule) < 0) {
        fail();
        return kRunError;
    }
    Ref<> execCode, evalCode;
    if (!ensureSuspension() ||
        !compileSplit(code, filename, kPyCfAllowTopLevelAwait, &execCode, &evalCode)) {
        fail();
        return kRunError;
    }
    asyncActive_ = true;
    asyncHasValue_ = bool(evalCode);
    asyncGlobals_ = newRef(globals);
    pendingEval_ = evalCode.release();
    double now = emscripten_get_now();
    sliceDeadline_ = now + sliceMs;
    runDeadline_ = timeLimitMs > 0 ? now + timeLimitMs : 0;
    tickLimit_ = tickLimit;
    ticksUsed_ = 0;
    return startPhase(execCode.get());
}

// Starts one phase: a plain code object runs resumably; a top-level-await code object makes a
// coroutine, which the _drive generator runs inline (so it can pause too).
int Session::startPhase(Object* code) {
    bool paused = false;
    Object* r = nullptr;
    if (asCode(code)->flags & kCoCoroutine) {
        if (!ensureJsClasses()) return finishAsync(kRunError);
        Ref<> coro = Ref<>::steal(evalCode(code, asyncGlobals_, asyncGlobals_));
        if (!coro) return finishAsync(kRunError);
        Ref<> g = Ref<>::steal(dictNew());
        Ref<> box = Ref<>::steal(listNew(0));
        Object* drive = dictGetItemStr(moduleDict(webModule_), "_drive");
        if (!g || !box || !drive || dictSetItemStr(g.get(), "coro", coro.get()) < 0 ||
            dictSetItemStr(g.get(), "box", box.get()) < 0 ||
            dictSetItemStr(g.get(), "_drive", drive) < 0 ||
            dictSetItemStr(g.get(), "__builtins__", state_->builtinsModule) < 0) {
            return finishAsync(kRunError);
        }
        xdecref(driveBox_);
        driveBox_ = box.release();
        r = evalCodeResumable(driveCode_, g.get(), g.get(), &paused);
    } else {
        xdecref(driveBox_);
        driveBox_ = nullptr;
        r = evalCodeResumable(code, asyncGlobals_, asyncGlobals_, &paused);
    }
    return runAsyncStep(r, paused);
}

int Session::runAsyncStep(Object* r, bool paused) {
    if (paused) {
        flushStdStreams();
        return kRunPaused;
    }
    if (!r) return finishAsync(kRunError);
    if (driveBox_) {
        decref(r);
        r = listSize(driveBox_) > 0 ? newRef(listItem(driveBox_, 0)) : newNone();
    }
    if (pendingEval_) {
        decref(r);
        Ref<> code = Ref<>::steal(pendingEval_);
        pendingEval_ = nullptr;
        return startPhase(code.get());
    }
    xdecref(asyncResult_);
    asyncResult_ = r;
    return finishAsync(kRunDone);
}

int Session::resume(double sliceMs) {
    if (!asyncActive_) {
        setError(&ExcRuntimeError, "no paused run to resume");
        fail();
        return kRunError;
    }
    sliceDeadline_ = emscripten_get_now() + sliceMs;
    bool paused = false;
    Object* r = evalResume(&paused);
    return runAsyncStep(r, paused);
}

int Session::finishAsync(int status) {
    asyncActive_ = false;
    Ref<> g = Ref<>::steal(asyncGlobals_);
    asyncGlobals_ = nullptr;
    xdecref(pendingEval_);
    pendingEval_ = nullptr;
    xdecref(driveBox_);
    driveBox_ = nullptr;
    if (state_->pendingInterrupt == kInterruptPause) state_->pendingInterrupt = 0;
    waitKind_ = kWaitNone;
    flushStdStreams();
    if (status == kRunError) fail();
    return status;
}

val Session::takeResult() {
    Ref<> r = Ref<>::steal(asyncResult_);
    asyncResult_ = nullptr;
    if (!r || !asyncHasValue_) return val::undefined();
    val v = pyToJs(r.get(), false);
    if (errOccurred()) return fail();
    return v;
}

void Session::cancelAsync() {
    // Abandons a paused run (the loader gave up on it): unwind it with KeyboardInterrupt.
    if (!asyncActive_) return;
    state_->pendingInterrupt = kInterruptKeyboard;
    waitInterrupted_ = true;
    delivered_ = false;
    int guard = 0;
    while (asyncActive_ && guard++ < 1000) {
        int st = resume(1e9);
        if (st != kRunPaused) break;
        state_->pendingInterrupt = kInterruptKeyboard;
        waitInterrupted_ = true;
    }
    bridge_.call<val>("takePyError");
}

// ---- suspension

Object* Session::request(int kind, Object* arg) {
    if (!asyncActive_) return newBool(false);
    waitKind_ = kind;
    waitArg_ = pyToJs(arg, false);
    if (errOccurred()) return nullptr;
    delivered_ = false;
    waitInterrupted_ = false;
    xdecref(deliveredValue_);
    deliveredValue_ = nullptr;
    xdecref(deliveredError_);
    deliveredError_ = nullptr;
    state_->pendingInterrupt = kInterruptPause;
    return newBool(true);
}

// After the pause point: (True, value) when the host delivered, (False, None) when the pause
// could not happen here (a native frame sits between the run and this call).
Object* Session::take() {
    int kind = waitKind_;
    waitKind_ = kWaitNone;
    waitArg_ = val::undefined();
    if (waitInterrupted_) {
        waitInterrupted_ = false;
        if (state_->pendingInterrupt == kInterruptKeyboard) state_->pendingInterrupt = 0;
        return setErrorObject(&ExcKeyboardInterrupt, nullptr);
    }
    if (!delivered_) {
        if (state_->pendingInterrupt == kInterruptPause) state_->pendingInterrupt = 0;
        (void)kind;
        Ref<> none = Ref<>::steal(newNone());
        return tuplePack({falseObj(), none.get()});
    }
    delivered_ = false;
    if (deliveredError_) {
        Object* e = deliveredError_;
        deliveredError_ = nullptr;
        restoreError(e);
        return nullptr;
    }
    Ref<> v = Ref<>::steal(deliveredValue_ ? deliveredValue_ : newNone());
    deliveredValue_ = nullptr;
    return tuplePack({trueObj(), v.get()});
}

void Session::deliver(val v) {
    Object* o = jsToPy(v, false);
    if (!o) {
        deliveredError_ = fetchError();
    } else {
        deliveredValue_ = o;
    }
    delivered_ = true;
}

void Session::deliverError(val err) {
    bridge_.call<void>("setJsError", err);
    raiseJsError();
    deliveredError_ = fetchError();
    delivered_ = true;
}

void Session::deliverInterrupt() {
    waitInterrupted_ = true;
    delivered_ = false;
}

// ---- PyProxy operations

val Session::getAttr(int h, std::string name) {
    Object* o = handleObj(h);
    if (!o) return fail();
    Ref<> r = Ref<>::steal(::krait::getAttr(o, name.c_str()));
    if (!r) return fail();
    val v = pyToJs(r.get(), false);
    if (errOccurred()) return fail();
    return v;
}

val Session::hasAttr(int h, std::string name) {
    Object* o = handleObj(h);
    if (!o) return fail();
    Ref<> n = Ref<>::steal(strFromUtf8(name));
    if (!n) return fail();
    int r = ::krait::hasAttr(o, n.get());
    if (r < 0) return fail();
    return val(r == 1);
}

bool Session::setAttr(int h, std::string name, val value) {
    Object* o = handleObj(h);
    if (!o) return fail(), false;
    Ref<> v = Ref<>::steal(jsToPy(value, false));
    if (!v || ::krait::setAttr(o, name.c_str(), v.get()) < 0) return fail(), false;
    return true;
}

bool Session::delAttr(int h, std::string name) {
    Object* o = handleObj(h);
    if (!o) return fail(), false;
    if (::krait::setAttr(o, name.c_str(), nullptr) < 0) return fail(), false;
    return true;
}

val Session::callHandle(int h, val args, val kwargs) {
    Object* o = handleObj(h);
    if (!o) return fail();
    Ref<> keep = Ref<>::borrow(o);
    size_t n = args["length"].as<size_t>();
    std::vector<Ref<>> owned;
    std::vector<Object*> argv;
    for (size_t i = 0; i < n; ++i) {
        owned.push_back(Ref<>::steal(jsToPy(args[i], false)));
        if (!owned.back()) return fail();
        argv.push_back(owned.back().get());
    }
    Ref<> kwnames;
    if (!kwargs.isUndefined() && !kwargs.isNull()) {
        val keys = val::global("Object").call<val>("keys", kwargs);
        size_t k = keys["length"].as<size_t>();
        if (k) {
            kwnames = Ref<>::steal(tupleNew(ssize(k)));
            if (!kwnames) return fail();
            for (size_t i = 0; i < k; ++i) {
                std::string key = keys[i].as<std::string>();
                Object* ks = strFromUtf8(key);
                if (!ks) return fail();
                tupleSetItemSteal(kwnames.get(), ssize(i), ks);
                owned.push_back(Ref<>::steal(jsToPy(kwargs[key], false)));
                if (!owned.back()) return fail();
                argv.push_back(owned.back().get());
            }
        }
    }
    Ref<> r = Ref<>::steal(call(o, argv.data(), n, kwnames.get()));
    flushStdStreams();
    if (!r) return fail();
    val v = pyToJs(r.get(), false);
    if (errOccurred()) return fail();
    return v;
}

val Session::getItem(int h, val key) {
    Object* o = handleObj(h);
    if (!o) return fail();
    Ref<> k = Ref<>::steal(jsToPy(key, false));
    if (!k) return fail();
    Ref<> r = Ref<>::steal(::krait::getItem(o, k.get()));
    if (!r) return fail();
    val v = pyToJs(r.get(), false);
    if (errOccurred()) return fail();
    return v;
}

bool Session::setItem(int h, val key, val value) {
    Object* o = handleObj(h);
    if (!o) return fail(), false;
    Ref<> k = Ref<>::steal(jsToPy(key, false));
    if (!k) return fail(), false;
    Ref<> v = Ref<>::steal(jsToPy(value, false));
    if (!v || ::krait::setItem(o, k.get(), v.get()) < 0) return fail(), false;
    return true;
}

bool Session::delItem(int h, val key) {
    Object* o = handleObj(h);
    if (!o) return fail(), false;
    Ref<> k = Ref<>::steal(jsToPy(key, false));
    if (!k || ::krait::delItem(o, k.get()) < 0) return fail(), false;
    return true;
}

val Session::contains(int h, val key) {
    Object* o = handleObj(h);
    if (!o) return fail();
    Ref<> k = Ref<>::steal(jsToPy(key, false));
    if (!k) return fail();
    int r = ::krait::contains(o, k.get());
    if (r < 0) return fail();
    return val(r == 1);
}

val Session::length(int h) {
    Object* o = handleObj(h);
    if (!o) return fail();
    ssize n = ::krait::length(o);
    if (n < 0) return fail();
    return val(double(n));
}

val Session::repr(int h) {
    Object* o = handleObj(h);
    if (!o) return fail();
    Ref<> r = Ref<>::steal(::krait::repr(o));
    if (!r) return fail();
    return val(strToStd(r.get()));
}

val Session::strOf(int h) {
    Object* o = handleObj(h);
    if (!o) return fail();
    Ref<> r = Ref<>::steal(::krait::str(o));
    if (!r) return fail();
    return val(strToStd(r.get()));
}

std::string Session::typeName(int h) {
    Object* o = handleObj(h);
    if (!o) {
        clearError();
        return "";
    }
    Ref<> n = Ref<>::steal(::krait::getAttr(asObject(o->type), "__name__"));
    if (!n || !isStr(n.get())) {
        clearError();
        return ::krait::typeName(o->type);
    }
    return strToStd(n.get());
}

bool Session::isCallable(int h) {
    Object* o = handleObj(h);
    if (!o) {
        clearError();
        return false;
    }
    return ::krait::isCallable(o);
}

val Session::isCoroutine(int h) {
    Object* o = handleObj(h);
    if (!o) return fail();
    Ref<> name = Ref<>::steal(strFromUtf8("__await__"));
    if (!name) return fail();
    Ref<> aw = Ref<>::steal(lookupAttr(o, name.get()));
    if (errOccurred()) return fail();
    return val(bool(aw));
}

int Session::getIter(int h) {
    Object* o = handleObj(h);
    if (!o) return fail(), -1;
    Object* it = ::krait::getIter(o);
    if (!it) return fail(), -1;
    return newHandle(it);
}

val Session::iterNext(int h) {
    Object* it = handleObj(h);
    if (!it) return fail();
    Object* r = ::krait::iterNext(it);
    if (!r) {
        if (errOccurred()) return fail();
        return doneSentinel_;
    }
    Ref<> keep = Ref<>::steal(r);
    val v = pyToJs(r, false);
    if (errOccurred()) return fail();
    return v;
}

val Session::toJsDeep(int h) {
    Object* o = handleObj(h);
    if (!o) return fail();
    val v = pyToJs(o, true);
    if (errOccurred()) return fail();
    return v;
}

val Session::dir(int h) {
    Object* o = handleObj(h);
    if (!o) return fail();
    Ref<> b = Ref<>::steal(dictGetItemStr(state_->builtins, "dir")
                               ? newRef(dictGetItemStr(state_->builtins, "dir"))
                               : nullptr);
    if (!b) return fail();
    Ref<> r = Ref<>::steal(callOneArg(b.get(), o));
    if (!r) return fail();
    val v = pyToJs(r.get(), false);
    if (errOccurred()) return fail();
    return v;
}

int Session::toPyHandle(val v, bool deep) {
    Object* o = jsToPy(v, deep);
    if (!o) return fail(), -1;
    return newHandle(o);
}

val Session::pyimport(std::string name) {
    Ref<> n = Ref<>::steal(strFromUtf8(name));
    if (!n) return fail();
    Ref<> importlib = Ref<>::borrow(dictGetItemStr(state_->builtins, "__import__"));
    if (!importlib) {
        setError(&ExcImportError, "__import__ not found");
        return fail();
    }
    Ref<> top = Ref<>::steal(callOneArg(importlib.get(), n.get()));
    if (!top) return fail();
    Object* mod = dictGetItem(state_->modules, n.get());
    if (!mod) {
        if (!errOccurred()) setError(&ExcImportError, "No module named '%s'", name.c_str());
        return fail();
    }
    val v = pyToJs(mod, false);
    if (errOccurred()) return fail();
    return v;
}

bool Session::registerJsModule(std::string name, val obj) {
    Ref<> p = Ref<>::steal(jsToPy(obj, false));
    if (!p || dictSetItemStr(state_->modules, name.c_str(), p.get()) < 0) return fail(), false;
    return true;
}

bool Session::unregisterJsModule(std::string name) {
    if (dictGetItemStr(state_->modules, name.c_str()) &&
        dictDelItemStr(state_->modules, name.c_str()) < 0) {
        return fail(), false;
    }
    return true;
}

namespace {

// The Python half of _krait_web: JsProxy, JsException, the suspension helpers and the
// suspending replacements for input() and time.sleep().
const char kWebPyJsSource[] = R"PY(

class JsException(Exception):
    """A JavaScript exception seen from Python (.name: the JS error name; .js_error: the
    JS value that was thrown)."""
    def __init__(self, message, name='Error', js_error=None):
        Exception.__init__(self, message)
        self.name = name
        self.js_error = js_error

class JsProxy:
    """A JavaScript value seen from Python."""
    def __init__(self, ref):
        object.__setattr__(self, '_js_id', ref)
    def __del__(self):
        try:
            _release(self._js_id)
        except Exception:
            pass
    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return _get(self._js_id, name)
    def __setattr__(self, name, value):
        _set(self._js_id, name, value)
    def __delattr__(self, name):
        _del(self._js_id, name)
    def __call__(self, *args, **kwargs):
        return _call(self._js_id, None, args, kwargs, False)
    def new(self, *args, **kwargs):
        return _call(self._js_id, None, args, kwargs, True)
    def __repr__(self):
        return _repr(self._js_id)
    def __str__(self):
        return _repr(self._js_id)
    @property
    def typeof(self):
        return _typeof(self._js_id)
    def __iter__(self):
        it = _iter(self._js_id)
        while True:
            try:
                yield _next(it._js_id)
            except StopIteration:
                return
    def __len__(self):
        return _len(self._js_id)
    def __bool__(self):
        return _truthy(self._js_id)
    def __getitem__(self, key):
        return _getitem(self._js_id, key)
    def __setitem__(self, key, value):
        _setitem(self._js_id, key, value)
    def __eq__(self, other):
        if isinstance(other, JsProxy):
            return _equals(self._js_id, other._js_id)
        return NotImplemented
    def __hash__(self):
        return object.__hash__(self)
    def __dir__(self):
        return list(_dir(self._js_id))
    def __await__(self):
        return _await_gen(self)
    def to_py(self):
        """Deep conversion: Arrays to lists, Maps and plain Objects to dicts, Sets to sets."""
        return _to_py(self._js_id)

def _drive(coro, box):
    # Runs a coroutine inline (flagged as an iterable coroutine by the loader). Bare yields
    # (asyncio.sleep(0)) just continue.
    box.append((yield from coro))

def _awaitable_js(proxy):
    done, value = _wait(3, proxy)
    if not done:
        raise RuntimeError("cannot wait for a JavaScript promise here: not inside "
                           "runPythonAsync(), or called from a native callback")
    return value

def _await_gen(proxy):
    return _awaitable_js(proxy)
    yield
)PY";

// The suspending input() and time.sleep(), installed at start-up.
const char kWebPySuspendSource[] = R"PY(
import sys as _sys

def _pause_point():
    pass

def _wait(kind, arg):
    if not _request(kind, arg):
        return (False, None)
    _pause_point()        # the run pauses at this call's first instruction
    return _take()

import builtins as _builtins
_orig_input = _builtins.input

def input(prompt=''):
    if _can_suspend():
        if prompt != '':
            _sys.stdout.write(str(prompt))
        _sys.stdout.flush()
        done, line = _wait(1, None)
        if done:
            if line is None:
                raise EOFError('EOF when reading a line')
            line = str(line)
            return line[:-1] if line.endswith('\n') else line
        return _orig_input()     # the prompt is already written
    return _orig_input(prompt)

_builtins.input = input

import time as _time
_orig_sleep = _time.sleep

def sleep(secs):
    if not isinstance(secs, (int, float)):
        return _orig_sleep(secs)
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    if _can_suspend():
        done, _ = _wait(2, float(secs))
        if done:
            return None
    return _orig_sleep(secs)

_time.sleep = sleep
)PY";

}  // namespace

EMSCRIPTEN_BINDINGS(krait_web) {
    emscripten::class_<Session>("Session")
        .constructor<val, val>()
        .function("ok", &Session::ok)
        .function("runPython", &Session::runPython)
        .function("startAsync", &Session::startAsync)
        .function("resume", &Session::resume)
        .function("takeResult", &Session::takeResult)
        .function("cancelAsync", &Session::cancelAsync)
        .function("interrupt", &Session::interrupt)
        .function("setPollInterrupts", &Session::setPollInterrupts)
        .function("flush", &Session::flush)
        .function("waitKind", &Session::waitKind)
        .function("waitArg", &Session::waitArg)
        .function("deliver", &Session::deliver)
        .function("deliverError", &Session::deliverError)
        .function("deliverInterrupt", &Session::deliverInterrupt)
        .function("globalsHandle", &Session::globalsHandle)
        .function("getAttr", &Session::getAttr)
        .function("setAttr", &Session::setAttr)
        .function("delAttr", &Session::delAttr)
        .function("hasAttr", &Session::hasAttr)
        .function("call", &Session::callHandle)
        .function("getItem", &Session::getItem)
        .function("setItem", &Session::setItem)
        .function("delItem", &Session::delItem)
        .function("contains", &Session::contains)
        .function("length", &Session::length)
        .function("repr", &Session::repr)
        .function("str", &Session::strOf)
        .function("typeName", &Session::typeName)
        .function("isCallable", &Session::isCallable)
        .function("isAwaitable", &Session::isCoroutine)
        .function("getIter", &Session::getIter)
        .function("iterNext", &Session::iterNext)
        .function("toJs", &Session::toJsDeep)
        .function("dir", &Session::dir)
        .function("toPyHandle", &Session::toPyHandle)
        .function("release", &Session::release)
        .function("handleCount", &Session::handleCount)
        .function("pyimport", &Session::pyimport)
        .function("registerJsModule", &Session::registerJsModule)
        .function("unregisterJsModule", &Session::unregisterJsModule);
}

}  // namespace krait::web
