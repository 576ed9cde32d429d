class Mapping(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
m = Mapping(a=1, b=2)
match m:
    case {"a": 1, "b": x}:
        print("matched, x =", x)
match {"x": 1}:
    case {"x": 1, **rest}:
        print("rest is", rest, type(rest).__name__)
match {"x": None}:
    case {"x": None}:
        print("None value matched")
match {}:
    case {"missing": _}:
        print("no")
    case {}:
        print("empty mapping matches {}")
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": int(v)}:
        print("class in mapping", v)
class OrderedDict(dict):
    pass
match OrderedDict(k="v"):
    case {"k": "v"}:
        print("OrderedDict matches mapping")
match [("a", 1)]:
    case {"a": 1}:
        print("list is not a mapping")
    case _:
        print("list didn't match mapping")
