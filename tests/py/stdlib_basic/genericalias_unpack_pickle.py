# PEP 646 unpacked aliases: iteration yields *alias once, pickling/copying round-trips,
# async_generator is subscriptable.
import pickle, copy, types
a = tuple[str, *tuple[int, ...]]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    b = pickle.loads(pickle.dumps(a, proto))
    print(proto, b, b == a, b.__args__[1].__unpacked__ if hasattr(b.__args__[1], "__unpacked__") else None)
print(copy.copy(a), copy.deepcopy(a) == a)
it = iter(tuple[int])
print(type(it).__name__, next(it), list(it))
print(pickle.loads(pickle.dumps(iter(list[int]))).__next__())
star = next(iter(dict[str, int]))
print(star, pickle.loads(pickle.dumps(star)), star.__reduce__()[0].__name__)
print(types.AsyncGeneratorType[int, None])
