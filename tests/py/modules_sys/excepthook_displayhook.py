import sys
print(callable(sys.excepthook), callable(sys.displayhook), sys.excepthook is sys.__excepthook__)
def hook(t, v, tb):
    print("custom excepthook:", t.__name__, v, file=sys.stderr)
    print("custom excepthook ran (stdout)")
sys.excepthook = hook
print("raising")
raise LookupError("handled by hook")
