total = 1 + \
    2 + \
    3
print(total)
values = [
    1,
    2,
    3,  # trailing comma
]
print(values)
call = max(
    4,
    9,
    2,
)
print(call)
s = ("implicit "
     "concatenation "
     'of strings')
print(s)
if (1 and
        2):
    print("multi-line condition")
d = {
    "a": 1,
    "b": 2
}
print(d)
x = 1; y = 2; z = x + y
print(z)
def f(a,
      b=2,
      *,
      c=3):
    return a + b + c
print(f(1,
        c=10))
