// Native (C++) modules: declarations of their creation functions and the lookup table used by
// the import system.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/object.h"
#include "core/runtime.h"

namespace krait {

#define KRAIT_NATIVE_MODULE(name, fn) Object* fn(InterpState* interp);
#include "modules/native_modules.def"
#undef KRAIT_NATIVE_MODULE

struct NativeModuleDef {
    const char* name;
    Object* (*create)(InterpState*);
};
// The table entry for `name`, or null if it is not a native module.
const NativeModuleDef* findNativeModule(std::string_view name);
// Names of all native modules (sys.builtin_module_names).
std::vector<const char*> nativeModuleNames();

// Start-up configuration that the sys module reflects.
struct SysConfig {
    std::vector<std::string> argv;        // sys.argv
    std::vector<std::string> path;        // sys.path (script dir first, then stdlib)
    std::string executable;
    std::vector<std::string> xoptions;    // -X options
    std::vector<std::string> warnOptions; // sys.warnoptions
    bool interactive = false;
    bool unbufferedOutput = false;
    bool ignoreEnvironment = false;       // -E (sys.flags.ignore_environment)
};
// Set by vm/api before createSysModule is called (owned by InterpState's creator).
void setSysConfig(InterpState* interp, const SysConfig* config);
const SysConfig* sysConfig(InterpState* interp);

// Flushes sys.stdout and sys.stderr (at exit and before reading input).
void flushStdStreams();

}  // namespace krait
