def show(l): print(l, len(l))
l = list(range(10))
l[2:5] = []; show(l)
l[2:2] = [0, 0, 0]; show(l)
l[:] = l[::-1]; show(l)
l[::2] = [None] * 5; show(l)
l[len(l):] = "ab"; show(l)
l[-2:] = (9,); show(l)
l[1:-1] = range(3); show(l)
l[5:1] = ["x"]; show(l)
l[-100:1] = ["start"]; show(l)
del l[1:3]; show(l)
del l[::-2]; show(l)
del l[:]; show(l)
for idx, val in [(slice(0, 5, 2), [1]), (slice(None, None, -1), [1, 2]), (slice(0, 1), 5)]:
    m = [1, 2, 3, 4]
    try:
        m[idx] = val
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = [1, 2, 3]
m[1:2] = m; show(m)
n = [1, 2, 3, 4, 5]
n[1::2] = n[::2][:2]; show(n)
big = list(range(20))
big[3:17:4] = "wxyz"; show(big)
del big[::5]; show(big)
big[::-3] = [0] * len(big[::-3]); show(big)
