# Sequence/mapping patterns use the first class along the MRO that is a sequence or a mapping
# (CPython's inherit_patma_flags), including classes registered through collections.abc.
import collections
import collections.abc


def seq_then_map(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
    return None


def map_then_seq(x):
    match x:
        case {}:
            return "map"
        case [*_]:
            return "seq"
    return None


class C:
    pass


classes = {
    "M1": (collections.UserDict, collections.abc.Sequence),
    "M2": (C, collections.UserDict, collections.abc.Sequence),
    "M3": (collections.UserDict, C, list),
    "M4": (dict, collections.abc.Sequence, C),
    "S1": (collections.UserList, collections.abc.Mapping),
    "S2": (C, collections.UserList, collections.abc.Mapping),
    "S3": (list, C, collections.abc.Mapping),
    "S4": (collections.UserList, dict, C),
    "N1": (C,),
    "N2": (C, collections.abc.Set),
}
for name, bases in classes.items():
    cls = type(name, bases, {})
    obj = cls()
    print(name, seq_then_map(obj), map_then_seq(obj))


class Later(C):
    pass


collections.abc.Sequence.register(Later)
print("registered", seq_then_map(Later()))
