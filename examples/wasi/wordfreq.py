"""Word frequencies of a text file, written to a report file: a WASI example.

Reads the file named by the first argument and writes the most common words to the file
named by the second, both in directories the WASI host has preopened; prints a summary and
exits with status 1 if the input has no words. See run.sh for the commands.
"""
import sys


def main(argv):
    if len(argv) != 3:
        print(f"usage: {argv[0]} INPUT REPORT", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        words = [w.strip(".,;:!?\"'()").lower() for w in f.read().split()]
    words = [w for w in words if w]
    if not words:
        print("no words", file=sys.stderr)
        return 1
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    with open(argv[2], "w", encoding="utf-8") as f:
        for word, n in top:
            f.write(f"{n:4d} {word}\n")
    print(f"{len(words)} words, {len(counts)} distinct; top {len(top)} written to {argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
