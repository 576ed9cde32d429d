a = "hello"
b = a
a += " world"
print(a, b)
try:
    del b[0]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(type("") is str, isinstance("x", str), str.__name__)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey")
print(m, m.shout(), type(m).__name__, type(m + "x").__name__, isinstance(m, str), m == "hey")
print(repr(m), len(m), m[1], type(m[1]).__name__, type(str(m)).__name__)
print(hash(m) == hash("hey"), {"hey": 1}[m])
