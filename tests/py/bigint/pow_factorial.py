def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(fact(500))))
print(sum(int(c) for c in str(2 ** 1000)))
print(pow(2, 1000, 10 ** 9 + 7), pow(3, 10 ** 18, 998244353), pow(12345, -1, 10 ** 9 + 7))
print(pow(-7, 3), pow(7, 77) % 1000)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 63 - 1)
print((2 ** 127 - 1) % (2 ** 61 - 1))
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300])
print(fib[300] // fib[299], fib[300] % fib[150])
