// The table of native modules, expanded from native_modules.def.
#include <cstring>

#include "modules/modules.h"

namespace krait {

namespace {
const NativeModuleDef kNativeModules[] = {
#define KRAIT_NATIVE_MODULE(name, fn) {name, fn},
#include "modules/native_modules.def"
#undef KRAIT_NATIVE_MODULE
};
}  // namespace

const NativeModuleDef* findNativeModule(std::string_view name) {
    for (const NativeModuleDef& def : kNativeModules) {
        if (name == def.name) return &def;
    }
    return nullptr;
}

std::vector<const char*> nativeModuleNames() {
    std::vector<const char*> out;
    for (const NativeModuleDef& def : kNativeModules) out.push_back(def.name);
    return out;
}

}  // namespace krait

#include "platform/mutex.h"
#include <unordered_map>

namespace krait {

namespace {
// Per-interpreter start-up configuration, keyed by interpreter (runtime-level state).
struct ConfigTable {
    platform::Mutex lock;
    std::unordered_map<const InterpState*, const SysConfig*> map;
};
ConfigTable& configTable() {
    static ConfigTable* t = new ConfigTable();
    return *t;
}
}  // namespace

void setSysConfig(InterpState* interp, const SysConfig* config) {
    platform::LockGuard g(configTable().lock);
    configTable().map[interp] = config;
}

const SysConfig* sysConfig(InterpState* interp) {
    platform::LockGuard g(configTable().lock);
    auto it = configTable().map.find(interp);
    return it == configTable().map.end() ? nullptr : it->second;
}

}  // namespace krait
