NONE, FLT = None, 1.5
cases = [
    lambda: [][0], lambda: ()[5], lambda: {}["k"], lambda: "abc".foo, lambda: None.x, lambda: int("x"),
    lambda: 1 + None, lambda: NONE(), lambda: len(5), lambda: [].pop(), lambda: {}.popitem(),
    lambda: iter(5), lambda: next(iter([])), lambda: "a" * "b", lambda: -"a", lambda: ~1.5,
    lambda: [1, 2].index(3), lambda: "abc".index("z"), lambda: chr(-1), lambda: ord("ab"),
    lambda: 1 / 0, lambda: 1 % 0, lambda: divmod(1.0, 0), lambda: 2 ** -1 % 0,
    lambda: object().__setattr__("x", 1), lambda: setattr(1, "x", 2), lambda: hash([]),
    lambda: undefined_thing, lambda: int.bit_length(), lambda: [1][FLT], lambda: {[]: 1},
    lambda: sorted([1, "a"]), lambda: (1, 2) + [3], lambda: "%d" % "x", lambda: tuple(5),
    lambda: dict(5), lambda: set([[]]), lambda: frozenset(1), lambda: range(1, 2, 3, 4), lambda: float("x"),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
