import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(f"cannot encode {type(o).__name__}")
def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d
s = json.dumps({"p": Point(1, 2), "list": [Point(3, 4)]}, default=encode, sort_keys=True)
print(s)
back = json.loads(s, object_hook=decode)
print(type(back["p"]).__name__, back["p"].x, back["list"][0].y)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(json.loads('{"a": 1.5}', parse_float=lambda s: "float:" + s), json.loads("[1]", parse_int=lambda s: int(s) * 10))
print(json.dumps([1, [2, [3]]], indent=1))
