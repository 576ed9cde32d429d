a, b = 1, 2; a, b = b, a; print(a, b)
a, *b = [1, 2, 3]; print(a, b)
*a, b = "xyz"; print(a, b)
a, *b, c = range(5); print(a, b, c)
a, *b, c = [1, 2]; print(a, b, c)
(a, b), c = [1, 2], 3; print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]; print(a, b, c)
for bad in ["a, b = 1", "a, b = [1, 2, 3]", "a, b = [1]", "a, *b, c = [1]", "a, b = None", "(a, b), c = 1, 2"]:
    try:
        exec(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
x = y = [1]; x.append(2); print(y)
d = {}; d["a"] = d["b"] = 5; print(d)
l = [0, 0, 0]; i = 0; i, l[i] = 1, 9; print(i, l)
s = [1, 2, 3]; s[0], s[2] = s[2], s[0]; print(s)
t = 1,; print(t)
for k, v in {"a": 1}.items(): print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]): print(i, a, b)
first, *_ = "hello"; print(first, _)
n = 5; n += 1; n -= 2; n *= 3; n //= 2; n %= 4; n **= 3; n <<= 2; n >>= 1; n |= 1; n &= 7; n ^= 2; print(n)
f = 1.5; f /= 2; f -= 0.25; print(f)
class A: pass
o = A(); o.x = 1; o.x += 5; print(o.x)
li = [1]; li[0] += 10; li += [2]; print(li)
st = "a"; st += "b"; st *= 2; print(st)
print([*range(3), *"ab"], (*[1], 2), {*[1, 2], 3}, {**{"a": 1}, "b": 2})
a = b = c = 0; print(a, b, c)
try:
    [a, b] = {1: 2, 3: 4, 5: 6}
except ValueError as e:
    print(e)
a, b = {1: 2, 3: 4}; print(a, b)
a, b = "ab"; print(a, b)
(a), b = 1, 2; print(a, b)
[] = []; () = ()
print("ok")
