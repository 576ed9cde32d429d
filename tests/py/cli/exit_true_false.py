import sys
print("exit(True) means status 1")
sys.exit(True)
