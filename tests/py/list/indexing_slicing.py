lst = list(range(10))
print(lst[2], lst[-1], lst[2:5], lst[:3], lst[7:], lst[::3], lst[::-1], lst[8:2:-2], lst[-3:])
print(lst[100:], lst[-100:2], lst[5:1])
lst[2:5] = ["a", "b"]
print(lst)
lst[:0] = [-1]
print(lst)
lst[len(lst):] = [99]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del lst[::3]
print(lst)
del lst[1:3]
print(lst)
try:
    lst[50]
except IndexError as e:
    print("IndexError:", e)
try:
    lst[50] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    lst["a"]
except TypeError as e:
    print("TypeError:", e)
m = [1, 2, 3]
m[1:2] = m
print(m)
print(m[True], m[-True])
