import sys
data = sys.stdin.read()
print(repr(data))
try:
    line = input()
except EOFError as e:
    print("EOFError:", e)
