import sys
print(sys.argv, __name__, __file__ if False else "")
