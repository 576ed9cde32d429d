# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
print(list[int], dict[str, int], tuple[int, ...], tuple[()], set[list[int]], frozenset[float])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a == list[int], a != list[str], hash(a) == hash(list[int]))
print(a([1, 2]), a(), type(a).__name__, a.append is list.append, a.__name__)
class C(list[int]): pass
print(C.__mro__, C([3]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
class K:
    pass
print(list[K], dict[int, list[K]])
def f(x: list[int]) -> dict[str, int]: pass
print(f.__annotations__)
print(enumerate[int])
