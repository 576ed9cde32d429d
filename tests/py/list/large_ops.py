n = 100000
l = list(range(n))
print(len(l), sum(l), l[-1], l[n // 2])
l.reverse()
print(l[:3], l[-3:])
l.sort()
print(l[:3] == [0, 1, 2])
del l[::2]
print(len(l), l[:3])
l2 = [x % 1000 for x in range(50000)]
l2.sort()
print(l2[:3], l2[-3:], l2.count(999))
s = sorted(range(20000), key=lambda x: (x % 7, -x))
print(s[:5], s[-5:])
l3 = []
for i in range(10000):
    l3.insert(0, i) if i < 100 else l3.append(i)
print(l3[:3], l3[97:103], len(l3))
while len(l3) > 5:
    l3.pop()
print(l3)
