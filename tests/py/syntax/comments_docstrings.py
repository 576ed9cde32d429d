"""Module docstring here."""
# comment
def f():
    """Function doc."""
    return 1  # trailing comment
class C:
    '''Class doc.'''
    def m(self):
        "method doc"
print(__doc__)
print(f.__doc__, C.__doc__, C.m.__doc__)
def nodoc():
    x = 1
    "not a docstring"
    return x
print(nodoc.__doc__)
def multi():
    """Line one.

    Line three.
    """
print(repr(multi.__doc__))
print(f.__name__, C.__qualname__, C.m.__qualname__)
