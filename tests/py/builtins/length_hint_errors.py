# Length hints used for preallocation (list(), list.extend): TypeErrors from __len__ or
# __length_hint__ mean "no hint", other errors propagate, bad hints raise; operator.length_hint
# of a deque iterator after the deque changed is 0.
import collections
import operator


class BadLen:
    def __iter__(self):
        return iter(range(10))

    def __len__(self):
        raise RuntimeError("hello")


class BadHint:
    def __iter__(self):
        return iter(range(3))

    def __length_hint__(self):
        raise RuntimeError("hint")


class TypeErrHint:
    def __iter__(self):
        return iter(range(3))

    def __length_hint__(self):
        raise TypeError("ignored")


class NegHint:
    def __iter__(self):
        return iter(range(3))

    def __length_hint__(self):
        return -1


class StrHint:
    def __iter__(self):
        return iter(range(3))

    def __length_hint__(self):
        return "3"


class NIHint:
    def __iter__(self):
        return iter(range(3))

    def __length_hint__(self):
        return NotImplemented


for cls in (BadLen, BadHint, TypeErrHint, NegHint, StrHint, NIHint):
    for f in (list, lambda x: [].extend(x), operator.length_hint):
        try:
            print(cls.__name__, f(cls()))
        except (RuntimeError, ValueError, TypeError) as e:
            print(cls.__name__, type(e).__name__, e)
d = collections.deque(range(5))
it = iter(d)
next(it)
print(operator.length_hint(it))
d.append(9)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
print(operator.length_hint(it), operator.length_hint(reversed(d)))
