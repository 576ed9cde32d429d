text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(words), len(freq), top)
print(max(words, key=len), min(words, key=len), sorted(set(w[0] for w in words)))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:>2}: {line[:30]:<30}| {len(line):3d} chars, {len(line.split()):2d} words")
print(" ".join(w.capitalize() for w in words[:6]), "".join(c for c in text if c.isupper()), text.count("it"), text.lower().count("it"))
table = str.maketrans("aeiou", "AEIOU")
print(lines[0].translate(table), "-".join(reversed(lines[0].split(", "))))
from collections import Counter
c = Counter(text.lower().replace("\n", " "))
print(c.most_common(3), sorted(c)[:5])
