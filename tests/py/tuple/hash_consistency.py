ts = [(), (0,), (1,), (1, 2), (2, 1), ((1,), 2), (1, (2,)), (1.0, 2), (True, 2)]
for t in ts:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, 2)) == hash((True, 2)))
d = {(1, 2): "x"}
print(d[(1.0, 2)], (1, 2) in {(1, 2)}, {(1, [])} if False else "ok")
