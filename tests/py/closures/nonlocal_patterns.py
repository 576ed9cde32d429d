def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient funds")
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = make_account(100)
print(dep(50), wd(30), get())
try:
    wd(1000)
except ValueError as e:
    print("ValueError:", e)
def outer():
    x = 0
    def a():
        nonlocal x
        x += 1
        def b():
            nonlocal x
            x += 10
            return x
        return b()
    return a(), a(), x
print(outer())
def gen_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        yield n
    return inc
ic = gen_counter()
print(next(ic()), next(ic()), next(ic()))
try:
    exec("def f():\n    nonlocal q\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
