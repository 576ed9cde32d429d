lst = [4, 2, 8, 6]
print(len(lst), sum(lst), min(lst), max(lst), sorted(lst), list(reversed(lst)))
print(any(x > 7 for x in lst), all(x % 2 == 0 for x in lst), list(enumerate(lst, 1)))
print(list(zip(lst, "abcd")), list(map(lambda x: x // 2, lst)), list(filter(lambda x: x > 4, lst)))
print([1, 2, 3].__len__(), [1, 2].__contains__(2), list.__name__, [].__class__)
print(lst.__getitem__(slice(1, 3)), lst[slice(None, None, -1)])
stack = []
for i in range(3):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], sum(matrix, []))
print(list(map(sum, matrix)), max(matrix, key=sum))
