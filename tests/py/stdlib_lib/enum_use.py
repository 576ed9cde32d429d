# enum: Enum/IntEnum/Flag/IntFlag/StrEnum, auto, aliases, iteration, lookup, unique, members.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()


class Num(enum.IntEnum):
    ONE = 1
    TWO = 2


class Mode(enum.StrEnum):
    FAST = enum.auto()
    SLOW = "slow!"


print(list(Color), Color(1), Color["GREEN"], Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value)
print(repr(Color.BLUE), str(Color.BLUE), Color.__members__.keys(), len(Color))
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, bool(Perm(0)), Perm(7))
print(Num.TWO + 1, Num(1) == 1, sorted([Num.TWO, Num.ONE]), f"{Num.ONE}", Num.ONE.bit_length())
print(Mode.FAST, Mode.SLOW.upper(), Mode("fast") is Mode.FAST, [m.value for m in Mode])
try:
    Color(9)
except ValueError as e:
    print(e)
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
Animal = enum.Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, isinstance(Animal.CAT, Animal))


class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / self.radius ** 2, 3)


print(Planet.EARTH.gravity, Planet.EARTH.value)
print({Color.RED: "r"}[Color.CRIMSON], Color.RED == 1, Num.ONE == 1)
