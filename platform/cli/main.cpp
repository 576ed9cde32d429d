// The `krait` command: the same options as `python3` for what Krait supports.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "api/interpreter.h"
#include "platform/platform.h"

namespace {

const char kUsage[] =
    "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options and arguments:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "-X opt : set implementation-specific option\n"
    "-B     : don't write compiled modules to the code cache\n"
    "-E -s -S -I -O -q : accepted and ignored\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "\n"
    "Environment variables:\n"
    "KRAITLIB : the CPython 3.11 Lib directory to use as the standard library (also\n"
    "   -X stdlib=DIR)\n"
    "PYTHONPATH : ':'-separated list of directories prefixed to the module search path\n"
    "PYTHONDONTWRITEBYTECODE : if this is set, the code cache is not written (as -B)\n"
    "PYTHONPYCACHEPREFIX : root directory of the code cache (default: $XDG_CACHE_HOME/krait\n"
    "   or ~/.cache/krait)\n";

int usageError(const char* fmt, const char* arg) {
    std::fprintf(stderr, fmt, arg);
    std::fprintf(stderr, "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                         "Try `krait -h' for more information.\n");
    return 2;
}

// Appends the non-empty sep-separated items of environment variable `name` (if set) to out.
void appendEnvList(const char* name, char sep, std::vector<std::string>& out) {
    const char* value = krait::platform::getEnv(name);
    if (!value) return;
    std::string s = value;
    size_t start = 0;
    while (start <= s.size()) {
        size_t end = s.find(sep, start);
        if (end == std::string::npos) end = s.size();
        if (end > start) out.push_back(s.substr(start, end - start));
        start = end + 1;
    }
}

std::string dirName(const std::string& path) {
    size_t slash = path.rfind('/');
    if (slash == std::string::npos) return krait::platform::currentDirectory();
    if (slash == 0) return "/";
    return krait::platform::absolutePath(path.substr(0, slash));
}

}  // namespace

// The process exit: CPython ends by SIGINT after an uncaught KeyboardInterrupt.
int finish(krait::Interpreter& interp, int status) {
    interp.finalize();
    if (interp.exitedByInterrupt()) krait::platform::exitBySigint();
    return status;
}

int main(int argc, char** argv) {
    krait::platform::startProcess();
    krait::InterpreterOptions opts;
    opts.executable = argc > 0 ? argv[0] : "krait";
    opts.codeCache = true;
    opts.reportMissingStdlib = true;
    std::string command, module, script;
    std::vector<std::string> cmdWarnOptions;
    bool haveCommand = false, haveModule = false, inspect = false;
    int i = 1;
    for (; i < argc; i++) {
        const char* a = argv[i];
        if (a[0] != '-' || std::strcmp(a, "-") == 0) break;
        if (std::strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0 || std::strcmp(a, "-?") == 0) {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (std::strcmp(a, "--version") == 0) {
            std::printf("Python %s\n", "3.11.2");
            return 0;
        }
        // Clustered single-letter options, e.g. -uc CODE.
        bool stop = false;
        for (const char* p = a + 1; *p && !stop; p++) {
            switch (*p) {
            case 'c':
            case 'm':
            case 'W':
            case 'X': {
                const char* value = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : nullptr);
                char opt[2] = {*p, 0};
                if (!value) return usageError("Argument expected for the -%s option\n", opt);
                if (*p == 'c') {
                    command = value;
                    haveCommand = true;
                } else if (*p == 'm') {
                    module = value;
                    haveModule = true;
                } else if (*p == 'W') {
                    cmdWarnOptions.push_back(value);
                } else {
                    opts.xoptions.push_back(value);
                    // -X stdlib=DIR: CPython 3.11's Lib directory (as KRAITLIB; this wins).
                    if (std::strncmp(value, "stdlib=", 7) == 0) opts.stdlibDir = value + 7;
                }
                stop = true;
                break;
            }
            case 'V': std::printf("Python %s\n", "3.11.2"); return 0;
            case 'u': opts.unbuffered = true; break;
            case 'i': inspect = true; break;
            case 'E': case 'I': opts.ignoreEnvironment = true; break;
            case 'R': opts.forceHashRandomization = true; break;
            case 'B': opts.dontWriteBytecode = true; break;
            case 's': case 'S': case 'O': case 'q': case 'b': case 'd': case 'v':
                break;
            default: {
                char opt[2] = {*p, 0};
                return usageError("Unknown option: -%s\n", opt);
            }
            }
        }
        if (haveCommand || haveModule) {
            i++;
            break;
        }
    }
    // sys.warnoptions: PYTHONWARNINGS (comma-separated), then -W; PYTHONPATH (':'-separated).
    if (!opts.ignoreEnvironment) {
        appendEnvList("PYTHONWARNINGS", ',', opts.warnOptions);
        appendEnvList("PYTHONPATH", ':', opts.extraPath);
    }
    opts.warnOptions.insert(opts.warnOptions.end(), cmdWarnOptions.begin(), cmdWarnOptions.end());
    int status = 0;
    if (haveCommand) {
        opts.argv.push_back("-c");
        for (int k = i; k < argc; k++) opts.argv.push_back(argv[k]);
        opts.scriptDir = "";
        auto interp = krait::Interpreter::create(opts);
        if (!interp) return 1;
        status = interp->runString(command, "<string>");
        if (inspect) status = interp->runRepl();
        return finish(*interp, status);
    } else if (haveModule) {
        opts.argv.push_back(krait::platform::currentDirectory() + "/" + module);
        for (int k = i; k < argc; k++) opts.argv.push_back(argv[k]);
        opts.scriptDir = krait::platform::currentDirectory();
        auto interp = krait::Interpreter::create(opts);
        if (!interp) return 1;
        status = interp->runModule(module);
        return finish(*interp, status);
    } else if (i < argc && std::strcmp(argv[i], "-") != 0) {
        script = argv[i];
        for (int k = i; k < argc; k++) opts.argv.push_back(argv[k]);
        opts.scriptDir = dirName(script);
        auto interp = krait::Interpreter::create(opts);
        if (!interp) return 1;
        status = interp->runFile(script);
        if (inspect) status = interp->runRepl();
        return finish(*interp, status);
    } else {
        opts.argv.push_back(i < argc ? "-" : "");
        for (int k = i + 1; k < argc; k++) opts.argv.push_back(argv[k]);
        bool tty = krait::platform::isInteractive(0);
        opts.interactive = tty || inspect;
        auto interp = krait::Interpreter::create(opts);
        if (!interp) return 1;
        status = (tty || inspect) ? interp->runRepl() : interp->runStdin();
        return finish(*interp, status);
    }
}
