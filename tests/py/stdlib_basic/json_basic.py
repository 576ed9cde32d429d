import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"x": None, "y": True, "z": 1.5}, "uni": "é😀"}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.loads(s) == data, json.loads('[1, 2.5, "x", null, true, false, {"k": []}]'))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("1e3"), json.loads("-0"), json.loads(" 42 "))
for bad in ["{", "[1,]", "{'a': 1}", "NaN1", ""]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos)
print(json.dumps(float("inf")), json.dumps([1, (2, 3)]), json.dumps({1: "int key"}), json.dumps("tab\t\"q\""))
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps(10 ** 20), json.dumps(0.1))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[]", object_hook=None))
