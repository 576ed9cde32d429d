def gen_squares(n):
    return [x * x for x in range(n)]
print([gen_squares(i) for i in range(4)])
print({i: [c for c in "ab" * i] for i in range(3)})
print(sum([[1, 2], [3]], []), [y for x in [[1, 2], [3]] for y in x])
def outer():
    factor = 3
    return [[factor * i * j for j in range(3)] for i in range(3)]
print(outer())
print([lambda_result for lambda_result in map(lambda v: v + 1, range(3))])
print([(i, [j for j in range(i) if j % 2]) for i in range(5)])
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), [list(t) for t in zip(*[[1, 2], [3, 4]])])
