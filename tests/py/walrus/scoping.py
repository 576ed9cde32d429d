def f():
    [y := i * 2 for i in range(3)]
    return y
print(f())
class C:
    vals = [1, 2, 3]
print(C.vals)
def g(data):
    if any((hit := x) > 10 for x in data):
        return f"first over 10: {hit}"
    return "none over 10"
print(g([1, 20, 30]), g([1, 2]))
def counter():
    total = 0
    sums = [total := total + v for v in range(5)]
    return sums, total
print(counter())
def nested():
    result = [[(z := a * b) for b in range(3)] for a in range(3)]
    return result, z
print(nested())
x = 10
print([x := x + 1 for _ in range(3)], x)
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("class A:\n    [(q := 1) for _ in range(2)]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
