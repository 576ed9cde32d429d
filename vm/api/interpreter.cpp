// Start-up and the run entry points of the embedding API.
#include "api/interpreter.h"

#include <cstdio>
#include <cstring>
#include <string>

#include "compiler/compiler.h"
#include "core/abstract.h"
#include "core/errors.h"
#include "core/gil.h"
#include "core/runtime.h"
#include "core/types.h"
#include "interp/eval.h"
#include "interp/code_cache.h"
#include "interp/import.h"
#include "interp/specialize.h"
#include "modules/builtins_file.h"
#include "modules/modules.h"
#include "modules/signal_module.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "parser/tokenizer.h"
#include "platform/platform.h"

namespace krait {

InterpState* createInterpreter();
ThreadState* createThreadState(InterpState* interp);

namespace {

// Every static type, bases first.
bool readyBuiltinTypes() {
    static Type* const kTypes[] = {
#define KRAIT_BUILTIN_TYPE(name) &name,
#include "core/builtin_types.def"
#undef KRAIT_BUILTIN_TYPE
#define KRAIT_EXCEPTION(name, base, layout) &Exc##name,
#include "core/exceptions.def"
#undef KRAIT_EXCEPTION
    };
    for (Type* t : kTypes) {
        if (!typeReady(t)) {
            std::fprintf(stderr, "krait: failed to initialise type %s\n", t->name);
            return false;
        }
    }
    return true;
}

void reportStartupError(const char* what) {
    std::fprintf(stderr, "krait: start-up failed: %s\n", what);
    if (errOccurred()) {
        Object* exc = fetchError();
        Object* r = repr(exc);
        if (r) {
            std::fprintf(stderr, "  %s\n", strUtf8(r));
            decref(r);
        } else {
            clearError();
        }
        decref(exc);
    }
}

// Source is incomplete (the REPL should read more lines) when compiling fails only because
// input ended early.
bool isIncompleteInput(Object* exc) {
    if (!isInstanceOf(exc, &ExcSyntaxError)) return false;
    Object* m = getAttr(exc, "msg");
    if (!m) {
        clearError();
        return false;
    }
    bool incomplete = false;
    if (isStr(m)) {
        std::string_view s = strView(m);
        incomplete = s.find("unexpected EOF") != std::string_view::npos ||
                     s.find("was never closed") != std::string_view::npos ||
                     s.find("expected an indented block") != std::string_view::npos ||
                     s.find("unterminated triple-quoted") != std::string_view::npos ||
                     s.find("incomplete input") != std::string_view::npos;
    }
    decref(m);
    return incomplete;
}

// CPython's wait_for_thread_shutdown(): if threading was imported, threading._shutdown()
// joins the non-daemon threads.
void waitForThreadShutdown() {
    InterpState* interp = currentInterp();
    if (!interp->modules) return;
    Object* threading = dictGetItemStr(interp->modules, "threading");
    if (!threading || !isModule(threading)) {
        if (errOccurred()) clearError();
        return;
    }
    Ref<> r = Ref<>::steal(callMethod(threading, "_shutdown", nullptr, 0));
    if (!r) writeUnraisable(threading);
}

}  // namespace

const char* versionString() { return "3.11.2 (krait 0.1.0)"; }

std::unique_ptr<Interpreter> Interpreter::create(const InterpreterOptions& options) {
    std::unique_ptr<Interpreter> self(new Interpreter());
    // The hash secret first: nothing may be hashed before it is set (type dicts, interning).
    {
        const char* seed = options.ignoreEnvironment ? nullptr : platform::getEnv("PYTHONHASHSEED");
        std::string error;
        if (!configureHashRandomization(seed, options.forceHashRandomization, &error)) {
            std::fprintf(stderr, "Fatal Python error: config_init_hash_seed: %s\n"
                                 "Python runtime state: preinitialized\n\n", error.c_str());
            return nullptr;
        }
    }
    if (!readyBuiltinTypes()) return nullptr;
    self->interp_ = createInterpreter();
    self->thread_ = createThreadState(self->interp_);
    setCurrentThread(self->thread_);

    auto* config = new SysConfig();
    config->argv = options.argv;
    if (config->argv.empty()) config->argv.push_back("");
    config->path.push_back(options.scriptDir);
    for (const std::string& p : options.extraPath) config->path.push_back(p);
    std::string stdlib = options.stdlibDir;
    if (stdlib.empty()) {
        const char* env = platform::getEnv("KRAITLIB");
        stdlib = env && *env ? env : KRAIT_STDLIB_DIR;
    }
    if (options.reportMissingStdlib && !platform::isDirectory(stdlib)) {
        std::fprintf(stderr,
                     "krait: warning: the standard library directory '%s' does not exist; set "
                     "KRAITLIB or -X stdlib=DIR to CPython 3.11's Lib\n",
                     stdlib.c_str());
    }
    config->path.push_back(stdlib);
    config->executable = options.executable;
    config->xoptions = options.xoptions;
    config->warnOptions = options.warnOptions;
    config->interactive = options.interactive;
    config->unbufferedOutput = options.unbuffered;
    config->ignoreEnvironment = options.ignoreEnvironment;
    setCodeCacheOptions(self->interp_, options.codeCache, options.dontWriteBytecode);
    self->config_ = config;
    setSysConfig(self->interp_, config);
    {
        std::vector<const char*> xo;
        for (const std::string& x : options.xoptions) xo.push_back(x.c_str());
        specializeConfigure(self->interp_, xo.data(), xo.size());
    }

    InterpState* interp = self->interp_;
    interp->modules = dictNew();
    if (!interp->modules) {
        reportStartupError("sys.modules");
        return nullptr;
    }
    Object* builtins = createBuiltinsModule(interp);
    if (!builtins) {
        reportStartupError("builtins");
        return nullptr;
    }
    interp->builtinsModule = builtins;
    interp->builtins = moduleDict(builtins);
    if (dictSetItemStr(interp->modules, "builtins", builtins) < 0) return nullptr;
    Object* sys = createSysModule(interp);
    if (!sys) {
        reportStartupError("sys");
        return nullptr;
    }
    interp->sysModule = sys;
    interp->sysDict = moduleDict(sys);
    if (dictSetItemStr(interp->modules, "sys", sys) < 0) return nullptr;
    initSignals(interp);
    if (!options.warnOptions.empty()) {
        // As CPython: with warning options, the warnings module is imported at start-up so
        // its filters apply from the first line (compile-time warnings included).
        Object* warnings = importModule("warnings");
        if (warnings) decref(warnings);
        else clearError();
    }
    return self;
}

Interpreter::~Interpreter() {
    flush();
    delete static_cast<SysConfig*>(config_);
}

void Interpreter::flush() {
    flushOpenFiles();
    flushStdStreams();
}

void Interpreter::finalize() {
    if (finalized_) return;
    finalized_ = true;
    flush();
    waitForThreadShutdown();
    gilBeginFinalize(thread_);   // daemon threads never run again
    finalizeModules();   // atexit callbacks, then module namespaces (see interp/import.h)
    if (errOccurred()) clearError();
    finalizeSignals(interp_);
    flush();
    specializeFinalize(interp_);   // -X stats report
}

void Interpreter::interrupt() { interp_->pendingInterrupt = 1; }

// Prints the pending exception (or takes the SystemExit status) and returns the exit status.
int Interpreter::finishWithException() {
    Object* exc = fetchError();
    if (!exc) return 1;
    int status = 1;
    if (!systemExitStatus(exc, &status)) {
        // CPython flushes stdout before printing the traceback (matters when both streams
        // go to one file).
        flushStdStreams();
        if (isInstanceOf(exc, &ExcKeyboardInterrupt)) exitedByInterrupt_ = true;
        printException(exc);
        status = 1;
    }
    decref(exc);
    flushStdStreams();
    return status;
}

int Interpreter::runSource(const std::string& source, const std::string& filename) {
    Ref<> main = Ref<>::steal(moduleNew("__main__"));
    if (!main) return finishWithException();
    Object* globals = moduleDict(main.get());
    if (dictSetItemStr(globals, "__builtins__", interp_->builtinsModule) < 0)
        return finishWithException();
    if (filename != "<string>" && filename != "<stdin>") {
        Ref<> file = Ref<>::steal(strFromUtf8(filename));
        if (!file || dictSetItemStr(globals, "__file__", file.get()) < 0)
            return finishWithException();
    }
    if (dictSetItemStr(interp_->modules, "__main__", main.get()) < 0) return finishWithException();
    Ref<> fname = Ref<>::steal(strFromUtf8(filename));
    if (!fname) return finishWithException();
    Ref<> code = Ref<>::steal(compileSource(source, fname.get(), CompileMode::Exec, 0));
    if (!code) return finishWithException();
    Ref<> result = Ref<>::steal(evalCode(code.get(), globals, globals));
    if (!result) return finishWithException();
    flushStdStreams();
    return 0;
}

int Interpreter::runFile(const std::string& path) {
    std::string source;
    int err = 0;
    if (!platform::readFile(path, source, &err)) {
        std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n",
                     config_ ? static_cast<SysConfig*>(config_)->executable.c_str() : "krait",
                     platform::absolutePath(path).c_str(), err, std::strerror(err));
        return 2;
    }
    // Like CPython, the main script's __file__ and traceback entries use its absolute path.
    std::string absPath = platform::absolutePath(path);
    int badLine = 0;
    unsigned char badByte = 0;
    if (!parser::fileSourceIsUtf8(source, &badLine, &badByte)) {
        // CPython's file tokenizer refuses such a script before anything runs.
        char code[8];
        std::snprintf(code, sizeof code, "%02x", static_cast<unsigned>(badByte));
        setError(&ExcSyntaxError,
                 "Non-UTF-8 code starting with '\\x%s' in file %s on line %d, but no encoding "
                 "declared; see https://peps.python.org/pep-0263/ for details",
                 code, absPath.c_str(), badLine);
        return finishWithException();
    }
    return runSource(source, absPath);
}

int Interpreter::runString(const std::string& source, const std::string& filename) {
    return runSource(source, filename);
}

int Interpreter::runStdin() {
    std::string source, line;
    while (platform::readLine(line)) source += line;
    return runSource(source, "<stdin>");
}

// `krait -m NAME`, as CPython's runpy._run_module_as_main: the parent packages of NAME are
// imported first (their __init__ runs), NAME is looked up with the native finder (a package
// runs its __main__ submodule), and its source runs in a fresh __main__ module whose
// __package__, __spec__, __file__ and sys.argv[0] describe the module found. Errors are
// reported as CPython's "-m" messages on stderr with status 1.
int Interpreter::runModule(const std::string& moduleName) {
    const SysConfig* config = static_cast<SysConfig*>(config_);
    auto fail = [&](const std::string& msg) {
        flushStdStreams();
        std::fprintf(stderr, "%s: %s\n", config->executable.c_str(), msg.c_str());
        return 1;
    };
    // "Error while finding module specification for 'a.b' (ModuleNotFoundError: ...)".
    auto failFinding = [&](const std::string& name) {
        Object* exc = fetchError();
        std::string what = exc ? std::string(exc->type->name) : "ImportError";
        size_t dot = what.rfind('.');
        if (dot != std::string::npos) what = what.substr(dot + 1);
        Ref<> text = Ref<>::steal(exc ? str(exc) : nullptr);
        if (!text) clearError();
        std::string msg = "Error while finding module specification for '" + name + "' (" + what +
                          ": " + (text ? strToStd(text.get()) : std::string()) + ")";
        if (exc) decref(exc);
        return fail(msg);
    };
    Ref<> finder = Ref<>::steal(nativeFinderNew());
    if (!finder) return finishWithException();
    std::string name = moduleName;
    std::string parent;
    Ref<> spec;
    for (;;) {
        size_t dot = name.rfind('.');
        parent = dot == std::string::npos ? std::string() : name.substr(0, dot);
        Ref<> searchPath = Ref<>::borrow(none());
        if (!parent.empty()) {
            Ref<> pkg = Ref<>::steal(importModule(parent.c_str()));
            if (!pkg) return failFinding(name);
            searchPath.reset(lookupAttr(pkg.get(), KRAIT_STR(__path__)));
            if (!searchPath) {
                if (errOccurred()) return failFinding(name);
                setError(&ExcModuleNotFoundError,
                         "__path__ attribute not found on '%s' while trying to find '%s'",
                         parent.c_str(), name.c_str());
                return failFinding(name);
            }
        }
        Ref<> nameObj = Ref<>::steal(strFromUtf8(name));
        if (!nameObj) return finishWithException();
        Object* args[2] = {nameObj.get(), searchPath.get()};
        spec.reset(callMethod(finder.get(), "find_spec", args, 2));
        if (!spec) return failFinding(name);
        if (isNone(spec.get())) {
            if (name.size() >= 9 && name.compare(name.size() - 9, 9, ".__main__") == 0) {
                std::string pkgName = name.substr(0, name.size() - 9);
                return fail("No module named " + name + "; '" + pkgName +
                            "' is a package and cannot be directly executed");
            }
            return fail("No module named " + name);
        }
        Ref<> locs = Ref<>::steal(getAttr(spec.get(), "submodule_search_locations"));
        if (!locs) return failFinding(name);
        if (isNone(locs.get())) break;
        if (name == "__main__" ||
            (name.size() >= 9 && name.compare(name.size() - 9, 9, ".__main__") == 0)) {
            return fail("Cannot use package as __main__ module");
        }
        name += ".__main__";
    }
    Ref<> origin = Ref<>::steal(getAttr(spec.get(), "origin"));
    if (!origin) return finishWithException();
    if (!isStr(origin.get()) || strEqualsAscii(origin.get(), "built-in"))
        return fail("No code object available for " + name);
    std::string file = strToStd(origin.get());
    std::string source;
    int err = 0;
    if (!platform::readFile(file, source, &err)) return fail("No code object available for " + name);

    Ref<> main = Ref<>::steal(moduleNew("__main__"));
    if (!main) return finishWithException();
    Object* globals = moduleDict(main.get());
    Ref<> pkgObj = Ref<>::steal(strFromUtf8(parent));
    Ref<> loader = Ref<>::steal(getAttr(spec.get(), "loader"));
    if (!pkgObj || !loader || dictSetItemStr(globals, "__builtins__", interp_->builtinsModule) < 0 ||
        dictSetItemStr(globals, "__file__", origin.get()) < 0 ||
        dictSetItemStr(globals, "__cached__", none()) < 0 ||
        dictSetItemStr(globals, "__package__", pkgObj.get()) < 0 ||
        dictSetItemStr(globals, "__loader__", loader.get()) < 0 ||
        dictSetItemStr(globals, "__spec__", spec.get()) < 0 ||
        dictSetItemStr(interp_->modules, "__main__", main.get()) < 0) {
        return finishWithException();
    }
    // sys.argv[0] is the file that runs.
    Object* argv = dictGetItemStr(interp_->sysDict, "argv");
    if (argv && isList(argv) && listSize(argv) > 0) {
        Object* old = listItem(argv, 0);
        listSetItemSteal(argv, 0, newRef(origin.get()));
        decref(old);
    }
    Ref<> code = Ref<>::steal(compileSource(source, origin.get(), CompileMode::Exec, 0));
    if (!code) return finishWithException();
    Ref<> result = Ref<>::steal(evalCode(code.get(), globals, globals));
    if (!result) return finishWithException();
    flushStdStreams();
    return 0;
}

int Interpreter::runRepl() {
    Ref<> main = Ref<>::steal(moduleNew("__main__"));
    if (!main) return finishWithException();
    Object* globals = moduleDict(main.get());
    if (dictSetItemStr(globals, "__builtins__", interp_->builtinsModule) < 0 ||
        dictSetItemStr(interp_->modules, "__main__", main.get()) < 0) {
        return finishWithException();
    }
    std::string banner = std::string("Python ") + versionString() + " on " +
                         platform::platformName() +
                         "\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n";
    platform::writeAll(2, banner.data(), banner.size());
    Ref<> fname = Ref<>::steal(strFromUtf8("<stdin>"));
    std::string source, line;
    for (;;) {
        flushStdStreams();
        const char* prompt = source.empty() ? ">>> " : "... ";
        platform::writeAll(2, prompt, std::strlen(prompt));
        if (!platform::readLine(line)) {
            platform::writeAll(2, "\n", 1);
            break;
        }
        if (interp_->pendingInterrupt) {
            interp_->pendingInterrupt = 0;
            interp_->signalTripped[2] = 0;   // the SIGINT that cut the line short
            source.clear();
            platform::writeAll(2, "\nKeyboardInterrupt\n", 19);
            continue;
        }
        bool blank = line.find_first_not_of(" \t\r\n") == std::string::npos;
        source += line;
        if (!source.empty() && source.back() != '\n') source.push_back('\n');
        // A compound statement continues until a blank line.
        bool continuing = source != line;
        if (continuing && !blank) continue;
        Ref<> code = Ref<>::steal(compileSource(source, fname.get(), CompileMode::Single, 0));
        if (!code) {
            Object* exc = fetchError();
            if (!blank && isIncompleteInput(exc)) {
                decref(exc);
                continue;
            }
            restoreError(exc);
            source.clear();
            finishWithException();
            continue;
        }
        source.clear();
        Ref<> result = Ref<>::steal(evalCode(code.get(), globals, globals));
        if (!result) {
            Object* exc = fetchError();
            int status = 0;
            if (systemExitStatus(exc, &status)) {
                decref(exc);
                flushStdStreams();
                return status;
            }
            restoreError(exc);
            finishWithException();
        }
    }
    flushStdStreams();
    return 0;
}

}  // namespace krait
