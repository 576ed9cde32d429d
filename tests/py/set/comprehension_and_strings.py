text = "the quick brown fox jumps over the lazy dog"
letters = {c for c in text if c.isalpha()}
print(len(letters), sorted(letters) == sorted("abcdefghijklmnopqrstuvwxyz"))
words = set(text.split())
print(sorted(words), len(words))
vowels = set("aeiou")
print(sorted(letters - vowels)[:5], sorted(letters & vowels))
print(sorted({w[0] for w in words}), sorted({len(w) for w in words}))
print(sorted(set("hello") ^ set("world")), sorted(set("hello") | set("world")))
print("".join(sorted(set("mississippi"))), sorted(frozenset("abc") | {"d"}))
