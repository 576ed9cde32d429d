lst = [3, 1, 4, 1, 5, 9, 2, 6]
lst.append(5)
lst.extend([3, 5])
lst.insert(0, 0)
lst.insert(-1, 8)
lst.insert(100, 7)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(5), lst.index(5, 5), lst.count(5), lst.count(42))
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
lst.reverse()
print(lst)
c = lst.copy()
c.clear()
print(c, len(lst))
for fn, args in [(lst.remove, (42,)), (lst.index, (42,)), ([].pop, ()), (lst.pop, (100,))]:
    try:
        fn(*args)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: (-len(w), w))
print(words)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
