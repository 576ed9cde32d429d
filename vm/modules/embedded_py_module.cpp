// Support for native modules defined by embedded Python source (embedded_py_module.h).
#include "modules/embedded_py_module.h"

#include <string>

#include "compiler/compiler.h"
#include "core/errors.h"
#include "interp/eval.h"
#include "objects/dict.h"
#include "objects/module.h"
#include "objects/str.h"

namespace krait {

bool runEmbeddedSource(Object* module, const char* filename, const char* source) {
    Ref<> fname = Ref<>::steal(strFromUtf8(filename));
    if (!fname) return false;
    Ref<> code = Ref<>::steal(compileSource(source, fname.get(), CompileMode::Exec, 0));
    if (!code) return false;
    Object* globals = moduleDict(module);
    Ref<> r = Ref<>::steal(evalCode(code.get(), globals, globals));
    return static_cast<bool>(r);
}

Object* moduleFromEmbeddedSource(const char* name, const char* source) {
    Ref<> m = Ref<>::steal(moduleNew(name));
    if (!m) return nullptr;
    std::string filename = std::string("<krait ") + name + ">";
    if (!runEmbeddedSource(m.get(), filename.c_str(), source)) return nullptr;
    return m.release();
}

}  // namespace krait
