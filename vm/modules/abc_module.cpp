// The _abc module: the ABCMeta machinery of abc.py (registration, instance and subclass
// checks with positive/negative caches), written as embedded Python.
#include "modules/embedded_py_module.h"
#include "modules/modules.h"

namespace krait {

namespace {

const char kAbcSource[] = R"PY(
from _weakrefset import WeakSet as _WeakSet

_abc_invalidation_counter = 0

class _abc_data:
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_cache_version')
    def __init__(self):
        self.registry = _WeakSet()
        self.cache = _WeakSet()
        self.negative_cache = _WeakSet()
        self.negative_cache_version = _abc_invalidation_counter

def get_cache_token():
    return _abc_invalidation_counter

def _get_impl(cls):
    try:
        impl = cls.__dict__['_abc_impl']
    except KeyError:
        raise TypeError("_abc_impl is set to a wrong type") from None
    if type(impl) is not _abc_data:
        raise TypeError("_abc_impl is set to a wrong type")
    return impl

def _abc_init(cls):
    abstracts = set()
    ns = cls.__dict__
    for name, value in ns.items():
        try:
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
        except AttributeError:
            pass
    for base in cls.__bases__:
        try:
            names = base.__abstractmethods__
        except AttributeError:
            continue
        for name in names:
            try:
                value = getattr(cls, name)
            except AttributeError:
                value = None
            try:
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(name)
            except AttributeError:
                pass
    cls.__abstractmethods__ = frozenset(abstracts)
    type.__setattr__(cls, '_abc_impl', _abc_data())

def _abc_register(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(subclass, cls):
        return subclass
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    _get_impl(cls).registry.add(subclass)
    global _abc_invalidation_counter
    _abc_invalidation_counter += 1
    return subclass

def _abc_instancecheck(cls, instance):
    impl = _get_impl(cls)
    subclass = instance.__class__
    if subclass in impl.cache:
        return True
    subtype = type(instance)
    if subtype is subclass:
        if (impl.negative_cache_version == _abc_invalidation_counter and
                subclass in impl.negative_cache):
            return False
        return cls.__subclasscheck__(subclass)
    return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

def _abc_subclasscheck(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError('issubclass() arg 1 must be a class')
    impl = _get_impl(cls)
    if subclass in impl.cache:
        return True
    if impl.negative_cache_version < _abc_invalidation_counter:
        impl.negative_cache = _WeakSet()
        impl.negative_cache_version = _abc_invalidation_counter
    elif subclass in impl.negative_cache:
        return False
    ok = cls.__subclasshook__(subclass)
    if ok is not NotImplemented:
        if not isinstance(ok, bool):
            raise AssertionError("__subclasshook__ must return either False, True, "
                                 "or NotImplemented")
        if ok:
            impl.cache.add(subclass)
        else:
            impl.negative_cache.add(subclass)
        return ok
    if cls in getattr(subclass, '__mro__', ()):
        impl.cache.add(subclass)
        return True
    for rcls in impl.registry:
        if issubclass(subclass, rcls):
            impl.cache.add(subclass)
            return True
    for scls in cls.__subclasses__():
        if issubclass(subclass, scls):
            impl.cache.add(subclass)
            return True
    impl.negative_cache.add(subclass)
    return False

def _get_dump(cls):
    impl = _get_impl(cls)
    return (set(impl.registry), set(impl.cache), set(impl.negative_cache),
            impl.negative_cache_version)

def _reset_registry(cls):
    _get_impl(cls).registry.clear()

def _reset_caches(cls):
    impl = _get_impl(cls)
    impl.cache.clear()
    impl.negative_cache.clear()
)PY";

}  // namespace

Object* createAbcModule(InterpState*) {
    return moduleFromEmbeddedSource("_abc", kAbcSource);
}

}  // namespace krait
