# str.join over lists, tuples (and their subclasses) and iterators with mixed kinds, str
# subclasses, separators of every kind; ASCII fast paths of title/capitalize/swapcase.


class S(str):
    pass


class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter(["<", *super().__iter__(), ">"])


class T(tuple):
    def __iter__(self):
        print("T.__iter__")
        return super().__iter__()


def show(x):
    print(type(x).__name__, repr(x), len(x), x.isascii())


wide = "\u20ac"
astral = "\U0001F600"
latin = "\xe9"
for sep in ["", ",", ", ", latin, wide, astral, S("-")]:
    for items in [[], ["a"], ["a", "b"], ["", ""], ["x", latin], ["x", wide, "y"],
                  [astral, "a", latin], ["abc", "", "def"], [S("sub")], [S("p"), "q"]]:
        show(sep.join(items))
        show(sep.join(tuple(items)))
        show(sep.join(iter(items)))
        show(sep.join(L(items)))
        show(sep.join(T(items)))
        show(sep.join(x for x in items))

one = "solo"
print(",".join([one]) is one, ",".join((one,)) is one)
print(type(",".join([S("s")])).__name__)
print(repr("".join([])), repr("".join(())), repr("x".join({})))
print(", ".join({"k1": 1, "k2": 2}))
print("".join(["a" * 1000, wide * 3, "b"])[995:1010])
for bad in [["a", 1], ("a", "b", None), [b"x"], iter(["a", 2.5])]:
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in [5, None]:
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError", e)


def gen_error():
    yield "a"
    raise ValueError("in generator")


try:
    "".join(gen_error())
except ValueError as e:
    print("ValueError", e)

words = ["", "hello world", "HELLO wORLD", "they're bill's friends", "a1b2c3 d4E5",
         "123abc", "  lead space", "x", "X", "ABC-def_gHI.jkl", "mIxEd\tTaBs\nnl",
         "\x00\x7f~!", S("sub Class"), "caf\xe9 au lait", "\u01c4a title", "\u03a3\u03a3 final"]
for w in words:
    for fn in (str.title, str.capitalize, str.swapcase, str.lower, str.upper):
        r = fn(w)
        print(fn.__name__, type(r).__name__, repr(r), r.isascii())
print("".title() == "", "".swapcase() is "".capitalize())
