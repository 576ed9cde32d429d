from itertools import groupby, islice, count, chain, starmap, product
records = [("fruit", "apple"), ("fruit", "pear"), ("veg", "kale"), ("fruit", "fig"), ("veg", "leek"), ("veg", "pea")]
for key, grp in groupby(records, key=lambda r: r[0]):
    print(key, [name for _, name in grp])
for key, grp in groupby(sorted(records), key=lambda r: r[0]):
    print(key, [name for _, name in grp])
print([(k, len(list(g))) for k, g in groupby("aaabccdddd")])
print(list(islice(count(), 3, 10, 3)), list(islice("abcdef", None, None, 2)), list(islice(count(1), 0)))
print(list(chain.from_iterable(product("ab", repeat=2))), list(starmap(lambda a, b: a * b, product([1, 2], [3, 4]))))
