def search(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
search([1, 2, 3], 2); search([1, 2, 3], 5); search([], 1)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        continue
    print("n", n)
else:
    print("while done", n)
count = 0
while True:
    count += 1
    if count >= 3:
        break
print("count", count)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        if i == 2:
            continue
        print("pair", i, j)
    else:
        print("inner else", i)
i = 0
while i < 3:
    try:
        i += 1
        if i == 2:
            continue
    finally:
        print("finally", i)
for x in []:
    print("never")
else:
    print("empty for else")
r = [x for x in range(10) if x % 3 == 0 if x > 0]
print(r)
it = iter(range(5))
for v in it:
    if v == 1:
        next(it)
    print("v", v)
