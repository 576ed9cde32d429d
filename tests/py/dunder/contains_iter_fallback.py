class OnlyIter:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * 2
class Contains:
    def __contains__(self, x):
        return x == "magic"
    def __iter__(self):
        raise AssertionError("not used")
print(2 in OnlyIter(), 5 in OnlyIter())
print(4 in OnlyGetitem(), 5 in OnlyGetitem(), list(OnlyGetitem()))
print("magic" in Contains(), "other" in Contains(), "magic" not in Contains())
class TruthyContains:
    def __contains__(self, x):
        return [1]
print(1 in TruthyContains(), type(1 in TruthyContains()).__name__)
class NoneIter:
    __iter__ = None
try:
    1 in NoneIter()
except TypeError as e:
    print("TypeError:", e)
try:
    iter(NoneIter())
except TypeError as e:
    print("TypeError:", e)
