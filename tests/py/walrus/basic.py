if (n := len("hello")) > 3:
    print("long", n)
data = [1, 5, 9, 2]
while (item := data.pop()) != 5:
    print("popped", item)
print(data)
print([y for x in range(6) if (y := x * x) % 2])
print((a := 5), a)
def f():
    if (m := 10) > 5:
        return m * 2
print(f())
vals = iter([3, 4, 0, 7])
total = 0
while (v := next(vals)):
    total += v
print(total)
print([last := i for i in range(3)], last)
def g():
    [k := j for j in range(4)]
    return k
print(g())
print((x := 1) + (x := x + 1) + x)
stats = {"count": 0}
print(any((found := w).startswith("b") for w in ["apple", "banana", "cherry"]), found)
