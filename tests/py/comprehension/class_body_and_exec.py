class A:
    n = 3
    sq = [i * i for i in range(n)]
    try:
        bad = [n * i for i in range(2)]
    except NameError as e:
        err = str(e)
print(A.sq, A.err)
ns = {"k": 2}
exec("res = [k * i for i in range(3)]", ns)
print(ns["res"])
print(eval("[x + k for x in range(3)]", {"k": 10}))
def f():
    k = 5
    return eval("[x * k for x in range(2)]")
try:
    print(f())
except NameError as e:
    print("NameError:", e)
