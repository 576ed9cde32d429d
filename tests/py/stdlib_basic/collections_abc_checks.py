from collections import abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance(set(), abc.Set), isinstance("", abc.Iterable))
print(isinstance(iter([]), abc.Iterator), isinstance((x for x in ()), abc.Generator), isinstance(len, abc.Callable))
print(issubclass(dict, abc.MutableMapping), issubclass(tuple, abc.MutableSequence), issubclass(frozenset, abc.Hashable))
class MySeq(abc.Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * 2
s = MySeq(4)
print(list(s), s.index(4), s.count(2), 6 in s, list(reversed(s)))
try:
    abc.Sequence()
except TypeError as e:
    print("TypeError:", e)
class Iterable1:
    def __iter__(self):
        return iter([])
print(isinstance(Iterable1(), abc.Iterable), isinstance(Iterable1(), abc.Sized))
