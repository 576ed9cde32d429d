graph = {}
edges = [("a", "b"), ("a", "c"), ("b", "c"), ("c", "a"), ("d", "a")]
for src, dst in edges:
    graph.setdefault(src, []).append(dst)
print(graph)
indeg = {}
for _, dst in edges:
    indeg[dst] = indeg.get(dst, 0) + 1
print(sorted(indeg.items()))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], set()).add(word)
print({k: sorted(v) for k, v in sorted(groups.items())})
cache = {}
def lookup(k):
    if (v := cache.get(k)) is None:
        v = cache[k] = k * 2
        print("miss", k)
    return v
print(lookup(2), lookup(2), lookup(3))
print({}.get("x", {}).get("y", "nested default"))
