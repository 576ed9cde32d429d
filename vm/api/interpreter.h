// The embedding API: everything the CLI, web/ and js/ see of Krait.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace krait {

struct InterpState;
struct ThreadState;

struct InterpreterOptions {
    std::vector<std::string> argv;        // sys.argv
    std::vector<std::string> extraPath;   // prepended to sys.path after the script directory
    std::string scriptDir;                // sys.path[0] ("" for -c / REPL)
    std::string stdlibDir;                // CPython 3.11 Lib (default: KRAIT_STDLIB_DIR or $KRAITLIB)
    std::string executable;
    std::vector<std::string> xoptions;
    // sys.warnoptions: PYTHONWARNINGS entries, then -W options (the warnings module applies
    // them when imported, which start-up then does).
    std::vector<std::string> warnOptions;
    bool interactive = false;
    // The CLI: say on stderr at start-up when the standard library directory does not exist.
    bool reportMissingStdlib = false;
    bool unbuffered = false;
    bool ignoreEnvironment = false;       // -E / -I: PYTHON* variables (PYTHONHASHSEED) ignored
    bool forceHashRandomization = false;  // -R: a random hash secret even with PYTHONHASHSEED
    bool dontWriteBytecode = false;       // -B: the code cache is read but not written
    // Compiled modules are cached on disk (vm/interp/code_cache.cpp): the CLI turns it on.
    bool codeCache = false;
};

class Interpreter {
public:
    // Creates and starts an interpreter (types ready, builtins, sys). Returns null and prints
    // a message to stderr if start-up fails.
    static std::unique_ptr<Interpreter> create(const InterpreterOptions& options);
    ~Interpreter();

    // Each run* returns the process exit status CPython would give: 0 on success, 1 after an
    // uncaught exception (its traceback printed), the SystemExit code otherwise.
    int runFile(const std::string& path);
    int runString(const std::string& source, const std::string& filename = "<string>");
    int runModule(const std::string& moduleName);
    int runStdin();
    int runRepl();
    // Flush Python-level output buffers.
    void flush();
    // Interpreter shutdown as CPython's: flushes, runs atexit callbacks, then clears module
    // namespaces so module-level objects are finalized (their __del__ methods run).
    void finalize();
    // Ask the running program to raise KeyboardInterrupt at the next bytecode boundary.
    void interrupt();

    InterpState* state() const { return interp_; }
    // True when the program ended with an uncaught KeyboardInterrupt: the CLI then ends the
    // process by SIGINT, as CPython does.
    bool exitedByInterrupt() const { return exitedByInterrupt_; }

private:
    Interpreter() = default;
    int runSource(const std::string& source, const std::string& filename);
    int finishWithException();
    InterpState* interp_ = nullptr;
    ThreadState* thread_ = nullptr;
    void* config_ = nullptr;
    bool exitedByInterrupt_ = false;
    bool finalized_ = false;
};

const char* versionString();   // "3.11.2 (krait 0.1)"-style text for -V and the REPL banner

}  // namespace krait
