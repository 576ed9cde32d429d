a = list(range(10))
a[2:8:2] = "xyz"
print(a)
a[::-1] = range(10)
print(a)
del a[-2:]
print(a)
a[1:1] = [100, 200]
print(a)
a[:] = []
print(a)
b = list("abcdefg")
del b[::-2]
print(b)
c = [1, 2, 3, 4, 5]
c[-10:2] = ["start"]
print(c)
c[10:20] = ["end"]
print(c)
c[3:1] = ["mid"]
print(c)
try:
    c[::-2] = [1]
except ValueError as e:
    print("ValueError:", e)
ba = bytearray(b"0123456789")
ba[::3] = b"abcd"
del ba[1::4]
print(ba)
