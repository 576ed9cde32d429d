data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5], y)
while (item := data.pop()) != 3:
    print("popped", item)
print(data, item)
def f():
    total = 0
    vals = [(total := total + v) for v in range(5)]
    return vals, total
print(f())
print((z := 10) + z, z)
import re
m = None
for s in ["abc", "a1b2", "xyz"]:
    if (m := re.search(r"\d", s)):
        print("digit in", s, m.group())
print(m)
funcs = [lambda: (w := 5) for _ in range(1)]
print(funcs[0]())
try:
    exec("(a.b := 1)")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("def g():\n    [i := 0 for i in range(3)]")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(any((hit := x) > 6 for x in [1, 7, 9]), hit)
