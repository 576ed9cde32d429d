import sys, importlib.abc, importlib.util, importlib.machinery
class StringLoader(importlib.abc.Loader):
    def __init__(self, source): self.source = source
    def create_module(self, spec): return None
    def exec_module(self, module):
        exec(self.source, module.__dict__)
class Finder(importlib.abc.MetaPathFinder):
    modules = {"virtual_mod": "X = 'virtual'\ndef hello(): return 'hello from ' + __name__", "virtual_pkg": "P = 1"}
    def find_spec(self, name, path=None, target=None):
        if name in self.modules:
            return importlib.util.spec_from_loader(name, StringLoader(self.modules[name]), is_package=name.endswith("pkg"))
        return None
sys.meta_path.insert(0, Finder())
import virtual_mod
print(virtual_mod.X, virtual_mod.hello(), virtual_mod.__spec__.name, type(virtual_mod.__loader__).__name__)
import virtual_pkg
print(virtual_pkg.P, virtual_pkg.__path__ if hasattr(virtual_pkg, "__path__") else "no path")
print(importlib.util.find_spec("virtual_mod").name, importlib.util.find_spec("nonexistent_xyz"), importlib.util.find_spec("math") is not None)
spec = importlib.util.spec_from_loader("made", StringLoader("Y = 2"))
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
print(m.Y, m.__name__, "made" in sys.modules)
sys.meta_path.pop(0)
import helpers_mod.plain
print(helpers_mod.plain.a)
