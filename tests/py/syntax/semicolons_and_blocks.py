for i in range(3): print(i, end=" "); print("|", end=" ")
print()
while False: pass
class K: x = 1; y = 2
print(K.x + K.y)
def g(): return "g"
print(g())
if True:
    if False:
        print("no")
    else:
        if 1:
            print("deep")
try: 1/0
except ZeroDivisionError: print("caught")
with open(__file__) as fh: first = fh.readline()
print(first.startswith("for"))
