# Freed slice objects are reused (a one-object cache, as CPython's): a live slice must never be
# handed out again, slices in reference cycles must be collected, and the collector must keep
# working with slices that were freed during a collection.
import gc

keep = []
for i in range(20):
    s = slice(i, i + 3, None if i % 2 else 2)
    keep.append(s)
    tmp = slice(-i, None)           # freed at the next iteration: goes to the cache
    data = list(range(30))
    keep.append(data[i:i + 5])      # a temporary slice built by BUILD_SLICE
print(keep[:6])
print([s.indices(10) for s in keep[::2][:5]])
print(len(set(id(s) for s in keep[::2])) == 20)


class Node:
    pass


def make_cycles(n):
    for i in range(n):
        node = Node()
        lst = [node]
        node.s = slice(lst, i, node)   # a cycle through the slice
        lst.append(node.s)


gc.collect()
gc.disable()
make_cycles(200)
print(gc.collect() >= 600)
gc.enable()
a = list(range(50))
print(a[3:9], a[::7], a[-5:], a[slice(2, 4)])
b = a[:]
b[2:40] = []
print(b)
del a[::3]
print(len(a), a[:5])
s1 = slice(1, 2, 3)
s2 = slice(1, 2, 3)
print(s1 == s2, s1 is s2, hash((1, 2)) == hash((1, 2)))
try:
    hash(s1)
except TypeError as e:
    print("TypeError", e)
