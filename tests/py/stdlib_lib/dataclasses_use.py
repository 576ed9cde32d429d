# dataclasses: fields, defaults and factories, ordering, frozen, __post_init__, InitVar,
# asdict/astuple/replace, slots, kw_only, inheritance and repr/eq.
import dataclasses
from dataclasses import dataclass, field, InitVar
from typing import List


@dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list, compare=False)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "b"


@dataclass
class WithPost:
    base: int
    scale: InitVar[int] = 2
    total: int = field(init=False)

    def __post_init__(self, scale):
        self.total = self.base * scale


@dataclass(slots=True, kw_only=True)
class Slotted:
    p: int
    q: int = 5


@dataclass
class Child(Point):
    z: int = 9


p = Point(1, 2, ["t"])
print(p, p == Point(1, 2), p < Point(1, 3), sorted([Point(3), Point(1, 5), Point(1, 2)]))
print(dataclasses.asdict(p), dataclasses.astuple(p), dataclasses.replace(p, y=7))
print([f.name for f in dataclasses.fields(Child)], Child(1, 2, [], 3))
fz = Frozen(1)
print(fz, hash(fz) == hash(Frozen(1)))
try:
    fz.a = 2
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
print(WithPost(3), WithPost(3, 10).total)
s = Slotted(p=1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    Slotted(1)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(1))
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="x"))])
print(Dyn(1), Dyn.__doc__)
