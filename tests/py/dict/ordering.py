d = {}
for k in ["delta", "alpha", "charlie", "bravo"]:
    d[k] = len(k)
print(list(d))
del d["alpha"]
d["alpha"] = 0
print(list(d))
d["delta"] = 99
print(list(d.items()))
d2 = dict(d)
print(d2 == d, list(d2))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big.values()))
for i in range(5):
    big[i] = -i
print(list(big)[-5:])
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({3: 0, 1: 0, 2: 0}))
