# Docstrings and __text_signature__ of slot wrappers (wrapper_descriptor and method-wrapper).
import inspect
for f in (list.__len__, int.__add__, int.__radd__, object.__repr__, iter([]).__next__,
          str.__getitem__, dict.__setitem__, object.__setattr__, type.__call__, int.__pow__,
          int.__bool__, int.__lt__, set.__iand__, list.__contains__, object.__init__,
          property.__get__, property.__set__, property.__delete__, int.__neg__, int.__index__,
          list.__delitem__, object.__hash__, object.__getattribute__, object.__delattr__):
    print(f.__name__, repr(f.__doc__), f.__text_signature__)
for f in (list.__len__, int.__add__, int.__pow__, object.__setattr__, property.__get__):
    print(f.__name__, inspect.signature(f))
print(inspect.signature([].__len__), inspect.signature((1).__add__))
