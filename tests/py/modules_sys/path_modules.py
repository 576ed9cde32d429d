import sys
print(isinstance(sys.path[0], str), all(isinstance(p, str) for p in sys.path))
print(sys.path[0].replace("\\", "/").rsplit("/", 1)[-1])
print(sorted(m for m in ["sys", "builtins", "__main__"] if m in sys.modules))
print(type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(sys.modules["builtins"].len is len)
import math
print("math" in sys.modules, sys.modules["math"] is math)
print(hasattr(sys, "meta_path"), hasattr(sys, "path_hooks"), isinstance(sys.meta_path, list))
print(sys.executable != "" and isinstance(sys.executable, str))
print(isinstance(sys.prefix, str), sys.dont_write_bytecode in (True, False))
