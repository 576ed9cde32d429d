# A JSON-like serializer and recursive-descent parser written in Python: dict/list walks,
# isinstance dispatch, string escaping, float repr and char-by-char scanning.
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def dump_str(s):
    if any(c in ESCAPES for c in s):
        return '"' + "".join(ESCAPES.get(c, c) for c in s) + '"'
    return '"' + s + '"'


def dumps(obj, out):
    if obj is None:
        out.append("null")
    elif obj is True:
        out.append("true")
    elif obj is False:
        out.append("false")
    elif isinstance(obj, str):
        out.append(dump_str(obj))
    elif isinstance(obj, (int, float)):
        out.append(repr(obj))
    elif isinstance(obj, dict):
        out.append("{")
        first = True
        for k, v in obj.items():
            if not first:
                out.append(", ")
            first = False
            out.append(dump_str(k))
            out.append(": ")
            dumps(v, out)
        out.append("}")
    else:
        out.append("[")
        for i, v in enumerate(obj):
            if i:
                out.append(", ")
            dumps(v, out)
        out.append("]")


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        text, pos = self.text, self.pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
        self.pos = pos

    def value(self):
        self.skip()
        c = self.text[self.pos]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip()
            key = self.string()
            self.skip()
            self.pos += 1   # ':'
            result[key] = self.value()
            self.skip()
            c = self.text[self.pos]
            self.pos += 1
            if c == "}":
                return result

    def arr(self):
        self.pos += 1
        result = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            c = self.text[self.pos]
            self.pos += 1
            if c == "]":
                return result

    def string(self):
        text = self.text
        pos = self.pos + 1
        chunks = []
        while True:
            c = text[pos]
            if c == '"':
                break
            if c == "\\":
                nxt = text[pos + 1]
                chunks.append({"n": "\n", "t": "\t", "r": "\r"}.get(nxt, nxt))
                pos += 2
            else:
                chunks.append(c)
                pos += 1
        self.pos = pos + 1
        return "".join(chunks)

    def number(self):
        start = self.pos
        text = self.text
        while self.pos < len(text) and text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        s = text[start:self.pos]
        return float(s) if ("." in s or "e" in s or "E" in s) else int(s)


def make_doc(n):
    return {
        "id": n,
        "name": "record \"%d\"\twith tab" % n,
        "tags": ["t%d" % (n % 5), "x", "line\nbreak"],
        "score": n * 0.37 + 1e-3,
        "big": 10 ** 12 + n,
        "flags": [True, False, None],
        "children": [{"k": i, "v": [i * 1.5, -i, "s%d" % i]} for i in range(6)],
    }


def main(reps):
    docs = [make_doc(i) for i in range(120)]
    checksum = 0
    text = ""
    for _ in range(reps):
        out = []
        dumps(docs, out)
        text = "".join(out)
        back = Parser(text).value()
        checksum += len(text) + len(back) + back[-1]["big"] % 1000
        assert back == docs
    print(checksum, text[:70])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
