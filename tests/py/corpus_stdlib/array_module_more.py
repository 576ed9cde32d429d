import array
for tc in "bBhHiIlLqQfd":
    a = array.array(tc, [1, 2, 3])
    a.append(4); a.extend([5]); a.insert(0, 0); a.reverse()
    print(tc, a.itemsize >= 1, a.tolist(), len(a), a[1], a[-1], a.index(3), a.count(2), sum(a), 3 in a, a[::2].tolist(), a == array.array(tc, a.tolist()), list(reversed(a))[:2])
a = array.array("h", range(-3, 4))
print(a, repr(a), str(a), a.typecode, a.buffer_info()[1], a.tobytes()[:4], bytes(a)[:4], array.array("h", a.tobytes()) == a)
b = array.array("h"); b.frombytes(a.tobytes()); b.fromlist([7, 8]); print(b)
c = a * 2 + array.array("h", [99]); c *= 1; c += array.array("h", [100]); print(len(c), c[-2:], c.pop(), c.pop(0), c.remove(0), c)
c[0] = -100; c[1:3] = array.array("h", [5, 6, 7]); del c[-1]; print(c)
for bad in [lambda: array.array("h", [2**15]), lambda: array.array("B", [-1]), lambda: array.array("i", [1.5]), lambda: array.array("h").pop(), lambda: array.array("h", [1]).index(2), lambda: array.array("x"), lambda: array.array("h") + array.array("i"), lambda: array.array("h", [1])[5], lambda: array.array("h").frombytes(b"\x00")]:
    try:
        bad()
    except (OverflowError, TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
u = array.array("u", "héllo"); print(u, u.tounicode(), u[1], len(u), u.itemsize)
d = array.array("d", [0.1, 2.5]); print(d, d[0] == 0.1, array.array("f", [0.1])[0] == 0.1, sum(d))
m = memoryview(array.array("i", [1, 2, 3]))
print(m.tolist(), m.format, m.itemsize, m.nbytes, m[1:].tolist(), m.cast("B").nbytes)
print(array.typecodes, sorted(set("bBhHiIlLqQfdu") - set(array.typecodes)))
