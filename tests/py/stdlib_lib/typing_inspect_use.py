# typing and inspect in ordinary use: generics, get_type_hints, NamedTuple, TypedDict, Protocol,
# signatures, parameters, getsource-free introspection.
import inspect
import typing
from typing import Dict, Generic, List, NamedTuple, Optional, Protocol, TypedDict, TypeVar, Union

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Pt(NamedTuple):
    x: int
    y: int = 0


class Movie(TypedDict, total=False):
    title: str
    year: int


class Closer(Protocol):
    def close(self) -> None: ...


def f(a: int, b: "str" = "x", *args: float, c: Optional[List[int]] = None, **kw: Dict[str, int]) -> Union[int, str]:
    return a


print(typing.get_type_hints(f))
print(inspect.signature(f), list(inspect.signature(f).parameters))
for name, prm in inspect.signature(f).parameters.items():
    print(name, prm.kind, prm.default is inspect.Parameter.empty, prm.annotation)
print(Box[int], Box(3).get(), typing.get_origin(List[int]), typing.get_args(Dict[str, int]), Optional[int])
print(Pt(1), Pt._fields, Pt._field_defaults, Pt(1, 2)._replace(y=5), Pt._make([3, 4]))
print(Movie(title="x"), Movie.__total__, sorted(Movie.__annotations__))
print(isinstance(Box(1), Box), typing.cast(int, "s"), List[int] == typing.List[int], Union[int, str] == Union[str, int])
print(inspect.isfunction(f), inspect.isclass(Box), inspect.ismethod(Box(1).get), inspect.isgeneratorfunction(f))
print([n for n, _ in inspect.getmembers(Pt) if not n.startswith("_")], inspect.getmro(bool))
bound = inspect.signature(f).bind(1, c=[2])
bound.apply_defaults()
print(bound.arguments)
def g():
    return inspect.currentframe().f_code.co_name, inspect.stack()[0].function
print(g(), inspect.getdoc(Pt) is not None, inspect.cleandoc("  a\n    b"))
