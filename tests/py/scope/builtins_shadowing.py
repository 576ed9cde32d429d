print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
import builtins
print(builtins.len is len, builtins.max([3, 1]))
def uses_local_print():
    print = lambda *a: builtins.print("custom:", *a)
    print("hi")
uses_local_print()
list = "not a list"
print(list, builtins.list("ab"))
del list
print(list("cd"))
try:
    undefined_name_xyz
except NameError as e:
    print(e)
def local_names():
    a = 1
    b = 2
    return sorted(locals())
print(local_names())
