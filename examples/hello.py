# A first Krait program.
def greet(name):
    return f"Hello, {name}!"


squares = [n * n for n in range(10)]
print(greet("Krait"))
print("squares:", squares)
print("2**100 =", 2 ** 100)
