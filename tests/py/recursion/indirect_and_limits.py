import sys
sys.setrecursionlimit(3000)
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(2000), odd(2001))
class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
head = None
for _ in range(2500):
    head = Node(head)
print(head.length())
def depth_of_nesting(x):
    return 1 + max(map(depth_of_nesting, x), default=0) if isinstance(x, list) else 0
nest = []
for _ in range(500):
    nest = [nest]
print(depth_of_nesting(nest))
try:
    even(10 ** 6)
except RecursionError:
    print("RecursionError for very deep mutual recursion")
