t = tuple(range(10))
print(t[2:7], t[::-2], t[-4:], t[:0], type(t[1:]).__name__)
s = "abcdefghij"
print(s[1:-1], s[::3], s[-3::-3], s[5:0:-1], s[:-100])
b = b"abcdefghij"
print(b[2:4], b[::-1], b[-2:])
print("hello"[::-1] == "olleh", [1, 2, 3][::-1], list("abc")[-1:], (1, 2)[5:])
u = "héllo wörld"
print(u[1:4], u[::-1], u[-5:])
big = list(range(100))
print(big[10:90:20], big[-10::3], len(big[::7]))
