# Containers: exact CPython 3.11 behaviour (owner: containers engineer).
d = {1: 10, 2: 20, 3: 30}
e = {3: 30, 4: 40, 2: 99}
print(d.items() ^ e.items(), e.items() ^ d.items())
print(d.keys() | e.keys(), {9, 8} | d.keys(), [7, 6] | d.keys() if False else None)
print({10, 2} ^ d.keys(), d.keys() ^ {10, 2}, {5, 1} - d.keys(), d.keys() - [1], d.keys() & [3, 2], [3, 2] & d.keys())
print(d.items() - {(1, 10)}, d.items() | [(9, 90)], d.items() & e.items(), d.keys() & e.keys())
print(d.keys() | [77], [77] | d.keys() if False else 0, (1, 2) | d.keys() if False else 0)
print(len(d.keys() ^ e.keys()), sorted(d.values()))
try:
    d.keys() | 1
except TypeError as ex:
    print(ex)
