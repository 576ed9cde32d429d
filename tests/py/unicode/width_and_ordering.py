names = ["Zoë", "zoe", "Émile", "emile", "Åsa", "asa", "Ωmega", "omega", "日本", "中国", "😀smile"]
print(sorted(names))
print(sorted(names, key=str.casefold))
print(sorted(names, key=len), [len(n) for n in names])
print([n.encode("utf-8")[:4] for n in names[:4]])
print(max(names), min(names), "Zoë" < "zoe", "Émile" > "emile")
table = {n[0]: ord(n[0]) for n in names}
print(sorted(table.items(), key=lambda kv: kv[1]))
print("".join(sorted("δγβα")), "".join(sorted("zyx日本")))
