s = "Hello, World"
print(len(s), s[0], s[-1], s[4:9], s[:5], s[7:], s[::2], s[::-1], s[-5:-1])
print(s + "!", s * 2, 3 * "ab", "" * 10)
print("World" in s, "world" in s, "" in s, "lo, W" in s, "x" not in s)
print(s == "Hello, World", s < "Hello", "a" < "b" < "ba", "Z" < "a", "abc" < "abd")
print(s[100:], s[-100:3], s[5:2], s[::-3])
try:
    s[100]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError:", e)
print(list("abc"), tuple("xy"), sorted("banana"), set("aab") == {"a", "b"})
for i, ch in enumerate("hey"):
    print(i, ch, ord(ch))
print(str(123), str(1.5), str(None), str([1, "a"]), str(b"x"), str(), repr(""))
print(min("hello"), max("hello"), "".join(reversed("abc")))
print("a" "b" == "ab")
