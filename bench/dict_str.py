# Dict- and string-heavy work: word counting, templating and a JSON-like serializer.
import sys

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron "
         "pi rho sigma tau upsilon phi chi psi omega").split()


def make_text(n):
    out = []
    for i in range(n):
        out.append(WORDS[(i * 7 + i // 3) % len(WORDS)])
        if i % 11 == 0:
            out.append(WORDS[i % 5].upper())
    return " ".join(out)


def word_counts(text):
    counts = {}
    for w in text.lower().split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def render(template, values):
    parts = []
    for line in template.splitlines():
        for key, value in values.items():
            line = line.replace("{" + key + "}", str(value))
        parts.append(line.strip())
    return "\n".join(parts)


def serialize(obj):
    if isinstance(obj, dict):
        return "{" + ", ".join('"%s": %s' % (k, serialize(v)) for k, v in sorted(obj.items())) + "}"
    if isinstance(obj, (list, tuple)):
        return "[" + ", ".join(serialize(x) for x in obj) + "]"
    if isinstance(obj, str):
        return '"' + obj.replace('"', '\\"') + '"'
    return str(obj)


def main(n):
    text = make_text(20000)
    template = "  Dear {name},\n  you have {count} new {thing}s.\n  Total: {total}\n" * 20
    result = None
    for i in range(n):
        counts = word_counts(text)
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
        page = render(template, {"name": "user%d" % i, "count": i, "thing": "message",
                                 "total": sum(counts.values())})
        doc = {"top": top, "size": len(page), "words": len(counts),
               "nested": [{"i": j, "s": str(j) * 3} for j in range(50)]}
        result = serialize(doc)
    print(len(result), result[:60])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
