import sys
class Bad:
    def __del__(self):
        raise ValueError("error in __del__")
b = Bad()
del b
print("continued after __del__ error")
class Chain:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt
    def __del__(self):
        print("del", self.name)
c = Chain("head", Chain("mid", Chain("tail")))
del c
print("chain gone")
class InDel:
    def __del__(self):
        print("in __del__, exc_info:", sys.exc_info()[0])
try:
    x = InDel()
    raise KeyError
except KeyError:
    del x
print("done")
