# Keyword arguments to builtin container subclasses: refused as by the base (list/set check
# in __init__ unless the subclass has its own __new__; tuple/frozenset/map/filter/reversed in
# __new__ unless it has its own __init__), accepted where the subclass defines the method.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, list(r) if not isinstance(r, (set, frozenset)) else sorted(r))
    except TypeError as e:
        print(label, "TypeError", e)


class L(list): pass
class S(set): pass
class T(tuple): pass
class F(frozenset): pass


class LNew(list):
    def __new__(cls, seq, extra=None):
        self = super().__new__(cls, seq)
        self.extra = extra
        return self

    def __init__(self, seq, extra=None):
        super().__init__(seq)


class SNew(set):
    def __new__(cls, seq, extra=None):
        return super().__new__(cls, seq)

    def __init__(self, seq, extra=None):
        super().__init__(seq)


class TInit(tuple):
    def __init__(self, seq, extra=None):
        self.extra = extra


class FInit(frozenset):
    def __init__(self, seq, extra=None):
        self.extra = extra


class M(map):
    def __init__(self, *a, tag=None):
        self.tag = tag


class Fi(filter):
    def __init__(self, *a, tag=None):
        self.tag = tag


class R(reversed):
    def __init__(self, *a, tag=None):
        self.tag = tag


attempt("list kw", lambda: list(sequence=()))
attempt("L kw", lambda: L(sequence=()))
attempt("LNew", lambda: LNew([1, 2], extra=3))
attempt("set kw", lambda: set(iterable=()))
attempt("S kw", lambda: S(iterable=()))
attempt("SNew", lambda: SNew([1, 2], extra=3))
attempt("tuple kw", lambda: tuple(iterable=()))
attempt("T kw", lambda: T(iterable=()))
attempt("TInit", lambda: TInit([1, 2], extra=3))
attempt("frozenset kw", lambda: frozenset(iterable=()))
attempt("F kw", lambda: F(iterable=()))
attempt("FInit", lambda: FInit([1, 2], extra=3))
attempt("map kw", lambda: map(str, [1], tag=1))
attempt("M", lambda: M(str, [1, 2], tag=1))
attempt("filter kw", lambda: filter(None, [1], tag=1))
attempt("Fi", lambda: Fi(None, [0, 1, 2], tag=1))
attempt("reversed kw", lambda: reversed([1], tag=1))
attempt("R", lambda: R([1, 2, 3], tag=1))
print(TInit([1], extra=5).extra, LNew([1], extra=7).extra)
