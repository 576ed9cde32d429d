class A:
    pass
class B:
    def __bool__(self):
        return False
class C:
    def __len__(self):
        return 0
class D:
    def __len__(self):
        return 3
class E:
    def __bool__(self):
        print("E.__bool__ called")
        return True
    def __len__(self):
        return 0
for obj in (A(), B(), C(), D(), E()):
    print(type(obj).__name__, bool(obj), "yes" if obj else "no", not obj)
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
x = B()
print((x or "fallback") == "fallback", (x and "never") is x, [] or {} or "last")
while C():
    break
else:
    print("while on falsy object")
print(any([B(), C()]), all([A(), D()]))
