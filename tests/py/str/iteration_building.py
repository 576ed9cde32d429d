parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for ch in "abcdef":
    s = ch + s
print(s)
print("-".join(map(str, range(10))))
print(",".join([]), ",".join(["only"]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
it = iter("xyz")
print(next(it), next(it), next(it), next(it, "done"))
print([c for c in "hello" if c not in "aeiou"])
print("".join(sorted(set("mississippi"))))
print("abc".__len__(), "abc".__getitem__(1), "abc".__contains__("bc"))
counts = {}
for c in "mississippi":
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
print(str.__add__("a", "b"), str.__mul__("ab", 2), "a".__rmul__(3))
