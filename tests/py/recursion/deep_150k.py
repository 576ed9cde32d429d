# timeout: 60
import sys
sys.setrecursionlimit(200000)
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(150000))
def sum_list(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)
print(sum_list(list(range(100000))))
def mutual_a(n):
    return 0 if n == 0 else mutual_b(n - 1) + 1
def mutual_b(n):
    return 0 if n == 0 else mutual_a(n - 1) + 1
print(mutual_a(120000))
