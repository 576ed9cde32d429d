# Dict lookups with str keys equal to but not identical with the stored key (words split
# from text, joined strings), of every width, next to str subclasses whose __eq__ runs.
text = "alpha beta gamma alpha délta δέλτα 𝔘nicode beta alpha " * 3
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
key = "".join(["al", "pha"])
alpha = "alpha"
print(key in counts, counts[key], key is not alpha)
print(counts.get("".join(["δέ", "λτα"])), counts.get("𝔘" + "nicode"), counts.get("delta"))
del counts["beta"]
print("".join(["be", "ta"]) in counts, len(counts))
counts["".join(["be", "ta"])] = 7
print(counts["beta"], list(counts)[-1])

calls = []


class S(str):
    def __eq__(self, other):
        calls.append(("eq", str(self), str(other)))
        return str.__eq__(self, other)

    def __hash__(self):
        return str.__hash__(self)


d = {S("alpha"): 1, "beta": 2}
print(d["".join(["al", "pha"])], d.get("".join(["be", "ta"])), calls)
calls.clear()
e = {"alpha": 1}
print(e[S("alpha")], calls)
print({"a" * 40: 1}.get("a" * 40), {"\x00x": 1}.get("\x00" + "x"), {"": 3}.get("".join([])))
