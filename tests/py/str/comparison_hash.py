words = ["banana", "Apple", "cherry", "apple", "", "a", "Banana", "äpple", "zebra", "Zebra", "10", "9"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(max(words), min(words))
print("abc" == "abc", "a" * 1000 == "a" * 1000)
d = {}
for w in words:
    d[w] = len(w)
print(sorted(d.items()))
print(hash("") == 0, hash("abc") == hash("ab" + "c"))
print("\u00e9" == "e\u0301", len("e\u0301"), "é" < "f", "\U0001F600" > "\uffff")
