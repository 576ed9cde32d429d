# Word counting: str.split/lower/strip, dict get/setdefault, collections.Counter and
# defaultdict, sorting by count, bigram counting with tuple keys.
import sys
from collections import Counter, defaultdict

BASE = """It was the best of times, it was the worst of times, it was the age of wisdom, it was
the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the
season of Light, it was the season of Darkness, it was the spring of hope, it was the winter of
despair, we had everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way."""
PUNCT = ",.;:!?\"'()"


def make_text(n):
    words = BASE.split()
    out = []
    for i in range(n):
        w = words[(i * 13 + i // 7) % len(words)]
        if i % 17 == 0:
            w = w.upper()
        out.append(w)
        if i % 12 == 11:
            out.append("\n")
    return " ".join(out)


def count_plain(text):
    counts = {}
    for line in text.splitlines():
        for w in line.split():
            w = w.strip(PUNCT).lower()
            if w:
                counts[w] = counts.get(w, 0) + 1
    return counts


def count_default(text):
    counts = defaultdict(int)
    for w in text.split():
        counts[w.strip(PUNCT).lower()] += 1
    return counts


def bigrams(words):
    pairs = {}
    prev = None
    for w in words:
        if prev is not None:
            key = (prev, w)
            pairs.setdefault(key, []).append(len(w))
        prev = w
    return pairs


def main(reps):
    text = make_text(60000)
    checksum = 0
    top = None
    for _ in range(reps):
        a = count_plain(text)
        b = count_default(text)
        c = Counter(w.lower() for w in text.split())
        top = sorted(a.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
        pairs = bigrams(text.lower().split())
        checksum += len(a) + len(b) + sum(c.values()) + len(pairs)
        checksum += sum(len(v) for v in pairs.values())
        checksum += c.most_common(3)[0][1]
    print(checksum, top)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
