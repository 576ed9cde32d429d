data = {"users": [{"name": "ann", "tags": ["a", "b"], "meta": {"age": 30}}, {"name": "bob", "tags": [], "meta": {"age": 25, "x": None}}], "count": 2}
print(data["users"][0]["meta"]["age"], [u["name"] for u in data["users"] if u["tags"]], sum(u["meta"]["age"] for u in data["users"]), sorted(data), data["users"][1]["meta"].get("x", "missing"), data.get("nope", {}).get("deeper"))
import copy
deep = copy.deepcopy(data); deep["users"][0]["tags"].append("c")
shallow = copy.copy(data); shallow["count"] = 99
print(data["users"][0]["tags"], deep["users"][0]["tags"], data["count"], shallow["users"] is data["users"])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
bad = [[0] * 3] * 3
bad[1][1] = 5
print(grid, bad)
tree = {"v": 1, "children": [{"v": 2, "children": []}, {"v": 3, "children": [{"v": 4, "children": []}]}]}
def total(t): return t["v"] + sum(total(c) for c in t["children"])
def depth(t): return 1 + max((depth(c) for c in t["children"]), default=0)
print(total(tree), depth(tree))
pairs = sorted(((k, v) for k, v in {"b": [2, 1], "a": [3]}.items()), key=lambda kv: len(kv[1]))
print(pairs, dict(pairs), list(zip(*pairs)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)], [x for row in matrix for x in row], sum(matrix, []))
s = {(1, 2): {"a"}, (3, 4): {"b", "c"}}
print(sorted((k, sorted(v)) for k, v in s.items()), {k: len(v) for k, v in s.items()}, frozenset(s) == {(1, 2), (3, 4)})
r = [1, [2, [3, [4]]]]
r[1][1][1].append(r)
print(r)
