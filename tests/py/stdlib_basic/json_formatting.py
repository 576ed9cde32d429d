import json
data = [{"id": i, "name": f"item{i}", "tags": ["t"] * (i % 3), "price": round(i * 1.1, 2)} for i in range(4)]
print(json.dumps(data))
print(json.dumps(data[1], indent=4, sort_keys=True))
print(json.dumps({"a": [1, {"b": None}]}, indent="\t"))
print(json.dumps("é\u2028\x00\U0001F600"), json.dumps("é", ensure_ascii=False))
print(json.dumps([float("nan"), float("-inf")]), json.loads("[NaN, -Infinity]"))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.loads('{"nested": {"deep": [1, [2, [3]]]}}')["nested"]["deep"][1][1][0])
print(repr(json.loads('"\\n\\t\\"\\\\\\/"')), json.dumps(True), json.dumps(None), json.loads("null"))
