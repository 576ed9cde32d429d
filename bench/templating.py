# String templating: a tiny template engine ({{ var }}, {% for %}, filters) written in Python,
# plus %-formatting, str.format, f-strings, join and replace.
import sys


class Template:
    def __init__(self, source):
        self.nodes = self.parse(source)

    def parse(self, source):
        nodes = []
        stack = [nodes]
        pos = 0
        while pos < len(source):
            start = source.find("{", pos)
            if start < 0 or start + 1 >= len(source):
                stack[-1].append(("text", source[pos:]))
                break
            if start > pos:
                stack[-1].append(("text", source[pos:start]))
            kind = source[start + 1]
            if kind == "{":
                end = source.index("}}", start)
                expr = source[start + 2:end].strip()
                name, *filters = [p.strip() for p in expr.split("|")]
                stack[-1].append(("var", name, filters))
                pos = end + 2
            elif kind == "%":
                end = source.index("%}", start)
                words = source[start + 2:end].split()
                if words[0] == "for":
                    body = []
                    stack[-1].append(("for", words[1], words[3], body))
                    stack.append(body)
                elif words[0] == "endfor":
                    stack.pop()
                pos = end + 2
            else:
                stack[-1].append(("text", "{"))
                pos = start + 1
        return nodes

    def render(self, context):
        out = []
        self.render_nodes(self.nodes, context, out)
        return "".join(out)

    def render_nodes(self, nodes, context, out):
        for node in nodes:
            kind = node[0]
            if kind == "text":
                out.append(node[1])
            elif kind == "var":
                value = self.lookup(context, node[1])
                for f in node[2]:
                    value = FILTERS[f](value)
                out.append(str(value))
            else:
                _, var, seq, body = node
                for item in self.lookup(context, seq):
                    inner = dict(context)
                    inner[var] = item
                    self.render_nodes(body, inner, out)

    @staticmethod
    def lookup(context, dotted):
        value = context
        for part in dotted.split("."):
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        return value


FILTERS = {
    "upper": str.upper,
    "title": str.title,
    "len": len,
    "money": lambda v: "%.2f" % v,
    "escape": lambda s: str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
}

PAGE = """<html><head><title>{{ title | escape }}</title></head><body>
<h1>{{ title | upper }}</h1>
<ul>{% for item in items %}
  <li class="{{ item.kind }}">{{ item.name | title }}: {{ item.price | money }} x {{ item.qty }}</li>{% endfor %}
</ul>
<p>{{ user.name }} has {{ items | len }} items</p></body></html>"""


def report(rows):
    lines = []
    for i, (name, price, qty) in enumerate(rows):
        lines.append("%-12s %8.2f %4d" % (name, price, qty))
        lines.append("{:>3}: {:<10} {:06.1f}".format(i, name[:10], price * qty))
        lines.append(f"{name!r:>14} {qty:#x} {price:e}")
    return "\n".join(lines)


def main(reps):
    tpl = Template(PAGE)
    items = [{"name": "widget number %d" % i, "price": 1.25 * i, "qty": i % 7,
              "kind": "odd" if i % 2 else "even"} for i in range(40)]
    rows = [(it["name"], it["price"], it["qty"]) for it in items]
    checksum = 0
    page = ""
    for r in range(reps):
        for j in range(60):
            page = tpl.render({"title": "Shop <%d> & more" % j, "items": items,
                               "user": {"name": "user%d" % r}})
            checksum += len(page)
        text = report(rows)
        checksum += len(text) + text.count("0")
    print(checksum, page[-60:].replace("\n", " "))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
