import sys
print("exit 256 wraps")
sys.exit(258)
