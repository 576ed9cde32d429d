def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"

for n in (-5, 0, 3, 10, 100):
    print(n, classify(n))

x = 5
if x: print("truthy one-liner")
if not []: print("empty list is falsy")
print("yes" if x > 3 else "no", "yes" if x > 30 else "no")
# nested conditional expressions
for v in range(-2, 3):
    print(v, "neg" if v < 0 else "zero" if v == 0 else "pos")
# chained comparisons
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1.0 == True, 3 > 2 >= 2 > 1)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(0) < f(5), calls)
