print(1 in [1] in [[1]])
print(1 in [1])
a = [1]
print(1 in a in [[1]], 1 in a in [a])
print(2 not in [1] not in [[1]])
print(1 < 2 in [2])
print(1 in [1] == True)
print(x is x is x if (x := 1) else 0)
print([1] in [[1]], 1 in [1] in [[1]] in [[[1]]])
x = 1
print(x in [1] in [[1]])
def f(): return 1 in [1] in [[1]]
print(f())
