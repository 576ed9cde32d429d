# textwrap, shlex, pprint, reprlib, keyword, string.Template/Formatter in ordinary use.
import keyword
import pprint
import reprlib
import shlex
import string
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(text, 40, placeholder=" [...]"))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("x\n\ny\n", "+ ")))
print(shlex.split('ls -l "my file.txt" \'it\'"s" a\\ b # c'), shlex.quote("it's here"), shlex.join(["a b", "c"]))
lex = shlex.shlex("a=b, c='d e'", posix=True, punctuation_chars=True)
print(list(lex))
data = {"name": "krait", "versions": list(range(12)), "nested": {"a": [1, {"b": (2, 3)}], "z": None},
        "long": "x" * 70}
pprint.pprint(data, width=60)
print(pprint.pformat(data, depth=1), pprint.isreadable(data), pprint.saferepr([1, [2, [3]]]))
r = reprlib.Repr()
r.maxlist = 3
print(reprlib.repr(list(range(100))), r.repr(list(range(10))), reprlib.repr("a" * 100), reprlib.repr({i: i for i in range(10)}))
print(keyword.iskeyword("lambda"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="Tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers())
print(string.Formatter().format("{0}-{x:>4}", 1, x="y"), string.capwords("hello   world"), string.ascii_letters[:5])
