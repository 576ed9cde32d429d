// Small modules importlib needs at import time: _imp (the builtin-module hooks of
// importlib._bootstrap) and _io (the native io layer under its C-module name). Written as
// embedded Python. (marshal is C++: vm/modules/marshal_module.cpp; _warnings is
// vm/modules/warnings_module.cpp.)
#include "modules/embedded_py_module.h"
#include "modules/modules.h"

namespace krait {

namespace {

const char kImpSource[] = R"PY(
import sys as _sys

check_hash_based_pycs = 'never'

def lock_held():
    return False

def acquire_lock():
    pass

def release_lock():
    pass

def is_builtin(name, /):
    return 1 if name in _sys.builtin_module_names else 0

def is_frozen(name, /):
    return False

def is_frozen_package(name, /):
    return False

def find_frozen(name, /, *, withdata=False):
    return None

def get_frozen_object(name, data=None, /):
    raise ImportError("No such frozen object named %r" % (name,), name=name)

def init_frozen(name, /):
    return None

def create_builtin(spec, /):
    name = spec.name
    if name in _sys.modules:
        return _sys.modules[name]
    if name not in _sys.builtin_module_names:
        raise ImportError("no built-in module named " + name, name=name)
    saved = _sys.modules.pop(name, None)
    mod = __import__(name)
    return mod

def exec_builtin(mod, /):
    return 0

def exec_dynamic(mod, /):
    return 0

def create_dynamic(spec, file=None, /):
    raise ImportError("dynamic modules are not supported", name=spec.name)

def extension_suffixes():
    return []

def _fix_co_filename(code, path, /):
    pass

def source_hash(key, source):
    raise NotImplementedError("source_hash is not supported")

def _override_frozen_modules_for_tests(override, /):
    pass

def _override_multi_interp_extensions_check(override, /):
    return -1
)PY";

}  // namespace

Object* createImpModule(InterpState*) { return moduleFromEmbeddedSource("_imp", kImpSource); }

}  // namespace krait
