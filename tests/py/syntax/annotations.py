x: int = 5
y: "forward"
z: list[int] = []
print(x, z, __annotations__)
def f(a: int, b: str = "s", *args: float, c: bool = True, **kw: dict) -> None:
    pass
print(f.__annotations__)
class C:
    field: int
    other: str = "default"
    def m(self) -> "C":
        return self
print(C.__annotations__, C.other, hasattr(C, "field"), C.m.__annotations__)
def local():
    q: int = 3
    r: str
    return q, "r" in locals()
print(local())
try:
    y
except NameError as e:
    print("NameError:", e)
lst = [0]
lst[0]: int = 9
print(lst)
