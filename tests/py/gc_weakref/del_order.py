class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a")
print("created a")
a = None
print("after rebinding a")
def scope():
    x = D("local")
    print("leaving scope")
scope()
print("after scope")
lst = [D("l1"), D("l2"), D("l3")]
del lst
print("after del list")
d = {"k": D("dictval")}
d["k"] = 1
print("after dict overwrite")
t = D("temp")
t2 = t
del t
print("one ref remains")
del t2
print("gone")
def ret():
    return D("returned")
ret()
print("after discarding return value")
x = D("reassigned-old")
x = D("reassigned-new")
print("end of module")
