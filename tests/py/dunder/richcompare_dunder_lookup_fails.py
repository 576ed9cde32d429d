# A comparison dunder whose lookup fails (a property raising AttributeError) counts as
# NotImplemented, as CPython's slot_tp_richcompare; errors raised by the call itself and a
# failing __init__ property still propagate.
def booh(self):
    raise AttributeError("booh")


class E:
    __eq__ = property(booh)
    __lt__ = property(booh)


a, b = E(), E()
print(a == b, a == a, a != b)
try:
    a < b
except TypeError as e:
    print("TypeError", e)


class I:
    __init__ = property(booh)


try:
    I()
except AttributeError as e:
    print("AttributeError", e)


class R:
    def __eq__(self, other):
        raise ValueError("from __eq__")


try:
    R() == R()
except ValueError as e:
    print("ValueError", e)
