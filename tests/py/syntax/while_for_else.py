i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while else ran")

for i in range(10):
    if i == 3:
        break
else:
    print("not printed")
print("broke at", i)

for i in range(3):
    pass
else:
    print("for else ran", i)

n = 0
while True:
    n += 1
    if n > 100:
        break
print("n", n)

# nested loops with break/continue
out = []
for a in range(4):
    for b in range(4):
        if b > a:
            break
        if (a + b) % 2:
            continue
        out.append((a, b))
print(out)
for ch in "":
    print("never")
else:
    print("empty for else")
