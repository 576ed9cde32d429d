x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xF; print(x)
x |= 0x30; print(x)
x ^= 0xFF; print(x)

lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = "ab"
s *= 3
print(s)
d = {"k": [1]}
d["k"] += [2]
print(d)
class C:
    def __init__(self):
        self.v = 1
c = C()
c.v += 41
print(c.v)
m = [[0] * 2 for _ in range(2)]
m[1][0] += 7
print(m)
