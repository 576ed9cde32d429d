# json.dumps options: indent, separators, sort_keys, ensure_ascii, skipkeys, default, allow_nan.
import json

data = {"b": [1, 2.5, None, True, False], "a": {"nested": "x", "list": []}, "c": "é\u2603\U0001f600",
        "d": {}, "e": [[], {}], 3: "int key", 1.5: "float key", None: "none key", True: "bool key"}

print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps({"z": 1, "a": 2, "m": [3, {"y": 1, "b": 2}]}, sort_keys=True))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3, []]], {}], indent=3))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=1, separators=(";", " = ")))
print(json.dumps([1, 2], indent=None, separators=(" , ", " : ")))
print(json.dumps("\"quoted\" \\ / \b\f\n\r\t \x00 \x1f \x7f"))
print(json.dumps("\ud800 lone surrogate"))
print(json.dumps("\ud800", ensure_ascii=False) == '"\ud800"')
print(json.dumps(12345678901234567890123456789))
print(json.dumps(-0.0), json.dumps(1e300), json.dumps(1.0), json.dumps(0.1), json.dumps(1e-7))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps([float("inf")], allow_nan=False, indent=1)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(object, indent=2)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.dumps(b"x", default=lambda o: o.decode()))
print(json.dumps((1, 2, (3,))))

# circular references
lst = []
lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps([1, 2], check_circular=False))

# subclasses of builtins
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
class MyStr(str):
    pass
class MyDict(dict):
    pass
class MyList(list):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyDict(a=1), MyList([1])]))
print(json.dumps({MyInt(1): 1, MyFloat(0.5): 2}))
print(json.dumps(True), json.dumps(None), json.dumps(False), json.dumps({False: 1}))

# JSONEncoder subclass
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)
print(json.dumps({"a": {3, 2}, "b": frozenset([1])}, cls=SetEncoder, sort_keys=True))
try:
    SetEncoder().encode(1j)
except TypeError as e:
    print("TypeError:", e)
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.encode({"b": 1, "a": [1, 2]}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print(repr(json.dumps("")), repr(json.dumps([])), repr(json.dumps({}, indent=4)))

try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)

import io
buf = io.StringIO()
json.dump({"k": [1, 2, 3]}, buf, indent=1)
print(buf.getvalue())
