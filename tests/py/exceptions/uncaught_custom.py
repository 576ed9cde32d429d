class MyError(Exception):
    pass
def deep(n):
    if n == 0:
        raise MyError("custom failure at depth 0")
    deep(n - 1)
print("about to fail")
deep(3)
